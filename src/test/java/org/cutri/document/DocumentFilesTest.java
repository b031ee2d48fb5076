package org.cutri.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.cutri.common.UserException;
import org.cutri.common.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving a document as the command line and the preview window do. */
class DocumentFilesTest {

    private static final Messages VI = Messages.load(Messages.VIETNAMESE);

    @TempDir
    Path folder;

    private long filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void extensionChoosesWordOrPdf() throws IOException {
        Path word = folder.resolve("Kế hoạch 01.DOCX");
        Path pdf = folder.resolve("ke-hoach-01.pdf");
        DocumentFiles.save(DocumentSamples.plan(), word);
        DocumentFiles.save(DocumentSamples.plan(), pdf);
        try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(word))) {
            assertThat(docx.getTables().get(0).getText()).contains("Số: 01/KH-MTTQ-BTT");
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
        }
        assertThat(filesIn(folder)).as("only the two documents, no temporary files").isEqualTo(2);
    }

    @Test
    void unknownExtensionIsRefusedWithAVietnameseMessageAndNothingIsWritten() throws IOException {
        Path target = folder.resolve("ke-hoach.txt");
        assertThatThrownBy(() -> DocumentFiles.save(DocumentSamples.plan(), target))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(VI.of(e))
                        .contains("ke-hoach.txt").contains(".docx").contains(".pdf").contains("chỉ lưu được"));
        assertThatThrownBy(() -> DocumentFiles.save(DocumentSamples.plan(), folder.resolve("docx")))
                .isInstanceOf(UserException.class);
        assertThat(filesIn(folder)).isZero();
    }

    @Test
    void savingOverAnExistingFileReplacesItCompletely() throws IOException {
        Path target = folder.resolve("bien-ban.pdf");
        Files.writeString(target, "an older, unrelated file");
        DocumentFiles.save(DocumentSamples.minutes(), target);
        try (PDDocument document = Loader.loadPDF(target.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(filesIn(folder)).isEqualTo(1);
    }

    @Test
    void aFailedSaveLeavesNoTemporaryFileAndExplainsWhatToDo() throws IOException {
        // a folder already holds the chosen name: the finished file cannot be moved into place
        Path blocked = folder.resolve("ke-hoach.docx");
        Files.createDirectory(blocked);
        Files.writeString(blocked.resolve("inside.txt"), "x");
        assertThatThrownBy(() -> DocumentFiles.save(DocumentSamples.plan(), blocked))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(VI.of(e))
                        .contains("ke-hoach.docx").contains("Hãy"));
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("ke-hoach.docx");
        }
    }

    @Test
    void aMissingFolderIsNamedInTheMessage() {
        Path target = folder.resolve("khong-co").resolve("ke-hoach.pdf");
        assertThatThrownBy(() -> DocumentFiles.save(DocumentSamples.plan(), target))
                .isInstanceOfSatisfying(UserException.class,
                        e -> assertThat(VI.of(e)).contains("khong-co").contains("thư mục"));
    }
}
