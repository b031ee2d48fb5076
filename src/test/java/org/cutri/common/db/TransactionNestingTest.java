package org.cutri.common.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.cutri.app.AppContext;
import org.cutri.hamlet.HamletDraft;
import org.cutri.hamlet.HamletKind;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Multi-row work (the demo, an import) calls several services inside one outer transaction: each
 * service's own transaction joins it, so a failure half-way leaves nothing stored.
 */
class TransactionNestingTest {

    @TempDir
    Path folder;

    @Test
    void aFailureAfterSeveralServiceCallsLeavesNothingStored() {
        try (AppContext context = TestContexts.open(folder)) {
            assertThatThrownBy(() -> context.database().jdbi().useTransaction(handle -> {
                context.councils().ensureTerm(2026, 2031);
                context.hamlets().create(new HamletDraft("Xóm Bến", HamletKind.XOM, null, null, null));
                throw new IllegalStateException("power cut");
            })).hasMessage("power cut");

            assertThat(context.hamlets().list()).isEmpty();
            assertThat(context.councils().terms()).isEmpty();
        }
    }

    @Test
    void committedChangesSurviveAProcessThatReopensTheFile() {
        try (AppContext context = TestContexts.open(folder)) {
            context.hamlets().create(new HamletDraft("Xóm Bến", HamletKind.XOM, null, null, null));
        }
        try (AppContext reopened = TestContexts.open(folder)) {
            assertThat(reopened.hamlets().list()).extracting(h -> h.name()).containsExactly("Xóm Bến");
        }
    }
}
