package org.cutri.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.cutri.common.i18n.Messages;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's opening reads what its first screen shows once ahead of time, and only reads. */
class OpenForWindowTest {

    @TempDir
    Path temp;

    @Test
    void onEmptyDataTheReadsAheadOfTimeStoreNothingSoTheDemoIsStillOffered() {
        Path folder = temp.resolve("data");
        try (AppContext context = CutriApplication.openForWindow(folder, Messages.load(Messages.VIETNAMESE))) {
            assertThat(context.demo().isEmpty()).as("the register is still empty: the demo offer comes").isTrue();
            assertThat(context.office().stored()).as("no office settings were stored by reading them").isEmpty();
            assertThat(context.commune().profile()).isEmpty();
        }
    }

    @Test
    void onTheDemoCommuneTheWindowsContextGivesWhatTheFirstScreenShows() {
        Path folder = temp.resolve("data");
        try (AppContext demo = TestContexts.open(folder)) {
            demo.demo().load(false);
        }
        try (AppContext context = CutriApplication.openForWindow(folder, Messages.load(Messages.VIETNAMESE))) {
            assertThat(context.hamlets().list()).hasSize(12);
            assertThat(context.commune().profile()).hasValueSatisfying(
                    profile -> assertThat(profile.communeName()).contains("Tân Phúc"));
        }
    }
}
