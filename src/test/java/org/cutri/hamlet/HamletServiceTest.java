package org.cutri.hamlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.cutri.app.AppContext;
import org.cutri.common.UserException;
import org.cutri.constituency.Constituency;
import org.cutri.council.CouncilLevel;
import org.cutri.council.CouncilTerm;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HamletServiceTest {

    @TempDir
    Path folder;

    private AppContext context;
    private HamletService hamlets;

    @BeforeEach
    void open() {
        context = TestContexts.open(folder);
        hamlets = context.hamlets();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void hamletsAreListedInVietnameseAlphabeticalOrderAndSurviveReopening() {
        hamlets.create(new HamletDraft("Thôn Ư", HamletKind.THON, null, null, null));
        hamlets.create(new HamletDraft("Xóm Đông", HamletKind.XOM, "Lê Văn Tư", null, null));
        hamlets.create(new HamletDraft("Xóm Dừa", HamletKind.XOM, null, null, null));
        hamlets.create(new HamletDraft("Thôn U Minh", HamletKind.THON, null, null, null));
        context.close();

        context = TestContexts.open(folder);
        assertThat(context.hamlets().list()).extracting(Hamlet::name)
                .containsExactly("Thôn U Minh", "Thôn Ư", "Xóm Dừa", "Xóm Đông");
        assertThat(context.hamlets().list()).filteredOn(h -> h.name().equals("Xóm Đông"))
                .extracting(Hamlet::headName).containsExactly("Lê Văn Tư");
    }

    @Test
    void duplicateNameIsRefusedIgnoringCaseSpacesAndUnicodeForm() {
        hamlets.create(new HamletDraft("Xóm Bến", HamletKind.XOM, null, null, null));
        String decomposed = java.text.Normalizer.normalize("xóm  bến", java.text.Normalizer.Form.NFD);

        assertThatThrownBy(() -> hamlets.create(new HamletDraft(decomposed, HamletKind.XOM, null, null, null)))
                .isInstanceOf(UserException.class)
                .extracting(e -> ((UserException) e).key()).isEqualTo("hamlet.name.duplicate");
        assertThat(hamlets.list()).hasSize(1);
    }

    @Test
    void emptyNameIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> hamlets.create(new HamletDraft("   ", HamletKind.THON, null, null, null)))
                .isInstanceOf(UserException.class);
        assertThat(hamlets.list()).isEmpty();
    }

    @Test
    void nameIsStoredInNfcAndTheCommuneConstituencyIsKept() {
        CouncilTerm term = context.councils().ensureTerm(2026, 2031);
        Constituency two = context.constituencies().ensure(term.id(), CouncilLevel.COMMUNE, 2);
        Hamlet created = hamlets.create(new HamletDraft(
                java.text.Normalizer.normalize("Thôn Hợp Nhất", java.text.Normalizer.Form.NFD), null, null, null, two.id()));

        assertThat(created.name()).isEqualTo("Thôn Hợp Nhất");
        assertThat(created.kind()).isEqualTo(HamletKind.THON);
        assertThat(created.constituencyNumber()).isEqualTo(2);

        Hamlet moved = hamlets.update(created.id(), new HamletDraft("Thôn Hợp Nhất", HamletKind.THON, null, null, null));
        assertThat(moved.constituencyNumber()).isNull();
        assertThat(context.constituencies().hamletIds(two.id())).isEmpty();
    }
}
