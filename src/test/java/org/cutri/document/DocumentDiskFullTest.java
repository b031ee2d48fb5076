package org.cutri.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.cutri.common.UserException;
import org.cutri.testing.FillingStream;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Word or PDF file written on a disk that fills up: "the disk is full", the old file kept, no leftover. */
class DocumentDiskFullTest {

    @TempDir
    Path folder;

    @Test
    void aDiskThatFillsWhileWritingIsSaidToBeFullAndTheOldFileStays() throws IOException {
        for (String name : new String[] {"ke-hoach.docx", "ke-hoach.pdf"}) {
            Path target = Files.writeString(folder.resolve(name), "bản cũ");

            assertThatThrownBy(() -> DocumentFiles.save(DocumentSamples.plan(), target,
                    file -> FillingStream.open(file, 2000)))
                    .isInstanceOfSatisfying(UserException.class, e -> {
                        assertThat(e.key()).isEqualTo("document.save.diskFull");
                        assertThat(TestContexts.VI.of(e)).startsWith("Không lưu được \"" + name + "\": ổ đĩa chứa thư mục "
                                + folder + " đã đầy.");
                    });
            assertThat(Files.readString(target)).isEqualTo("bản cũ");
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("ke-hoach.docx", "ke-hoach.pdf");
        }
    }
}
