package org.cutri.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Writes the sample plan and minutes into the build folder ({@code <build>/documents/}) so a developer can
 * open them in Word, LibreOffice or a PDF reader and look at the layout.
 */
class DocumentSampleFilesTest {

    @Test
    void samplePlanAndMinutesAreWrittenForLookingAt() throws IOException {
        Path folder = Path.of(System.getProperty("cutri.build.dir", "target")).resolve("documents");
        Files.createDirectories(folder);
        DocumentFiles.save(DocumentSamples.plan(), folder.resolve("sample.docx"));
        DocumentFiles.save(DocumentSamples.plan(), folder.resolve("sample.pdf"));
        DocumentFiles.save(DocumentSamples.minutes(), folder.resolve("minutes.docx"));
        DocumentFiles.save(DocumentSamples.minutes(), folder.resolve("minutes.pdf"));
        assertThat(folder.resolve("sample.docx")).isNotEmptyFile();
        assertThat(folder.resolve("sample.pdf")).isNotEmptyFile();
        assertThat(Files.readString(folder.resolve("sample.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1))
                .startsWith("%PDF-");
    }
}
