package org.cutri.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A file saved last week, alone in its folder: the target of a save the test stops with "Dừng". A stopped save
 * must leave it as it was, with no temporary file beside it, and say so.
 */
public final class OldFile {

    private static final byte[] CONTENT = "văn bản lưu tuần trước".getBytes(StandardCharsets.UTF_8);

    private final Path path;

    private OldFile(Path path) {
        this.path = path;
    }

    /** Writes the old file {@code name} in a new folder under {@code parent}. */
    public static OldFile in(Path parent, String name) throws IOException {
        Path folder = Files.createDirectories(parent.resolve("van-ban-" + System.nanoTime()));
        return new OldFile(Files.write(folder.resolve(name), CONTENT));
    }

    public Path path() {
        return path;
    }

    /** What the status says once the save of this file was stopped. */
    public String stoppedStatus() {
        return "Đã dừng lưu " + path.getFileName() + ". Không có tệp nào được ghi; tệp cũ cùng tên (nếu có) vẫn giữ "
                + "nguyên.";
    }

    /** Fails unless the file holds what it held and nothing else is in its folder (no temporary file). */
    public void assertUntouched() throws IOException {
        assertThat(Files.readAllBytes(path)).as("the old file is untouched").isEqualTo(CONTENT);
        try (Stream<Path> files = Files.list(path.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString())).as("no temporary file left")
                    .containsExactly(path.getFileName().toString());
        }
    }

    /** True once a save replaced the old content. */
    public boolean replaced() throws IOException {
        return !java.util.Arrays.equals(Files.readAllBytes(path), CONTENT);
    }
}
