package org.cutri.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.cutri.cli.CutriCommand;
import org.cutri.testing.ProgramClassPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small package holding a huge field the format does not have (a truthful manifest, so every size and hash is
 * right) is refused quickly, with memory bounded: the import runs in a separate program with a 256 MB heap, where
 * reading the field whole (as before) died with {@code OutOfMemoryError} and a stack trace.
 */
class PackageMemoryTest {

    private static final long MB = 1L << 20;

    @TempDir
    Path communeFolder;
    @TempDir
    Path files;
    @TempDir
    Path provinceParent;

    /**
     * The package with {@code "padding": [[],[],…]} of about {@code bytes} bytes at the head of
     * {@code data/opinions.json}, written as a stream (never held in memory), the manifest listing it truthfully.
     */
    private static Path padded(byte[] valid, Path file, long bytes) throws IOException {
        Map<String, byte[]> entries = ExchangeFixture.entries(valid);
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode manifest = (ObjectNode) mapper.readTree(entries.get(PackageFormat.MANIFEST));
        ArrayNode listed = manifest.putArray("entries");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                if (entry.getKey().equals(PackageFormat.MANIFEST)) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                Hashing out = new Hashing(zip);
                if (entry.getKey().equals(PackageFormat.OPINIONS)) {
                    out.write("{\"padding\":[".getBytes(StandardCharsets.UTF_8));
                    byte[] chunk = "[],".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
                    for (long written = 0; written < bytes; written += chunk.length) {
                        out.write(chunk);
                    }
                    out.write("[]],".getBytes(StandardCharsets.UTF_8));
                    byte[] rest = entry.getValue();
                    out.write(Arrays.copyOfRange(rest, 1, rest.length));
                } else {
                    out.write(entry.getValue());
                }
                zip.closeEntry();
                listed.addObject().put("path", entry.getKey()).put("size", out.size)
                        .put("sha256", HexFormat.of().formatHex(out.digest.digest()));
            }
            zip.putNextEntry(new ZipEntry(PackageFormat.MANIFEST));
            zip.write(mapper.writeValueAsBytes(manifest));
            zip.closeEntry();
        }
        return file;
    }

    /** Counts and hashes what goes through to the zip entry. */
    private static final class Hashing extends OutputStream {
        private final OutputStream target;
        private final MessageDigest digest = PackageFormat.sha256();
        private long size;

        Hashing(OutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b});
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            target.write(b, off, len);
            digest.update(b, off, len);
            size += len;
        }
    }

    @Test
    void aHugeUnknownFieldIsRefusedQuicklyWithinA256MegabyteHeap() throws Exception {
        byte[] valid = ExchangeFixture.exportedPackage(communeFolder);
        // The reproduction (199 MB of "[],[]…" in a 208 KB file), and a field under the entry limit.
        Path issue = padded(valid, files.resolve("cutri-tan-phuc-1-1.zip"), 199 * MB);
        Path under = padded(valid, files.resolve("cutri-tan-phuc-1-2.zip"), 40 * MB);
        assertThat(Files.size(issue)).isLessThan(MB);
        Path province = provinceParent.resolve("tinh");

        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx256m", "-Dfile.encoding=UTF-8", "-Dcutri.log.dir=" + provinceParent.resolve("logs"),
                "-cp", ProgramClassPath.withoutTests(), "org.cutri.Launcher",
                "--data-dir", province.toString(), "package", "import", issue.toString(), under.toString()));
        Process process = new ProcessBuilder(command).redirectOutput(files.resolve("out.txt").toFile())
                .redirectError(files.resolve("err.txt").toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the import ends").isTrue();

        String out = Files.readString(files.resolve("out.txt"));
        String err = Files.readString(files.resolve("err.txt"));
        assertThat(process.exitValue()).as(out + err).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(err.lines()).containsExactly("2 gói bị từ chối; lý do của từng gói ở các dòng REFUSED phía trên.");
        assertThat(out).contains(issue + "\tREFUSED\tPhần data/opinions.json của gói lớn quá 64 MB, vượt giới hạn của"
                + " định dạng. Không nhập gì từ tệp này.");
        assertThat(out).contains(under + "\tREFUSED\t" + HostilePackageTest.wrong("data/opinions.json, trường"
                + " \"padding\"", "có trường lạ (không thuộc định dạng) lớn quá 64 KB"));
        assertThat(out + err).doesNotContain("OutOfMemoryError").doesNotContain("Exception");
        assertThat(province).doesNotExist();
    }
}
