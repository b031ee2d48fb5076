package org.cutri.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The file a save dialog hands back ends in one of the offered kinds' extensions, whatever the user typed. */
class SaveDialogTest {

    private static final List<SaveDialog.Kind> WORD_OR_PDF = List.of(new SaveDialog.Kind("Tệp Word (*.docx)", "docx"),
            new SaveDialog.Kind("Tệp PDF (*.pdf)", "pdf"));

    @Test
    void aNameWithoutTheExtensionGetsTheChosenKinds() {
        assertThat(SaveDialog.withExtension(Path.of("/tmp/bien-ban"), WORD_OR_PDF, "pdf"))
                .isEqualTo(Path.of("/tmp/bien-ban.pdf"));
        assertThat(SaveDialog.withExtension(Path.of("/tmp/ke-hoach.01"), WORD_OR_PDF, "docx"))
                .isEqualTo(Path.of("/tmp/ke-hoach.01.docx"));
    }

    @Test
    void aNameEndingInAnOfferedExtensionStaysAsTyped() {
        assertThat(SaveDialog.withExtension(Path.of("/tmp/Bien-ban.PDF"), WORD_OR_PDF, "docx"))
                .isEqualTo(Path.of("/tmp/Bien-ban.PDF"));
        assertThat(SaveDialog.withExtension(Path.of("/tmp/bien-ban.docx"), WORD_OR_PDF, "pdf"))
                .isEqualTo(Path.of("/tmp/bien-ban.docx"));
    }
}
