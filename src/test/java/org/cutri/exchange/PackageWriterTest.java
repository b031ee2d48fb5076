package org.cutri.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.cutri.common.UserException;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing to a stick: done only when read back and checked; a full or pulled stick leaves no package behind. */
class PackageWriterTest {

    @TempDir
    static Path communeFolder;
    private static ExportedPackage pkg;

    @TempDir
    Path stick;

    @BeforeAll
    static void export() throws IOException {
        ExchangeFixture commune = new ExchangeFixture(communeFolder);
        try {
            // A report large enough that writing takes several chunks.
            byte[] report = new byte[300_000];
            new java.util.Random(7).nextBytes(report);
            Path file = Files.write(communeFolder.resolve("bao-cao.pdf"), report);
            pkg = commune.context.packageExporter().export(commune.round.id(), false, List.of(file));
        } finally {
            commune.context.close();
        }
    }

    @AfterAll
    static void forget() {
        pkg = null;
    }

    private List<String> filesOnStick() throws IOException {
        try (Stream<Path> files = Files.list(stick)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWrittenPackageIsCompleteUnderItsNameWithProgressToTheEnd() throws IOException {
        List<long[]> progress = new ArrayList<>();
        Path written = new PackageWriter(new PackageReader()).writeToFolder(pkg, stick,
                (done, total) -> progress.add(new long[] {done, total}));

        assertThat(written).isEqualTo(stick.resolve(pkg.fileName()));
        assertThat(Files.readAllBytes(written)).isEqualTo(pkg.bytes());
        assertThat(filesOnStick()).containsExactly(pkg.fileName());
        assertThat(progress.size()).isGreaterThan(3);
        assertThat(progress.get(progress.size() - 1)[0]).isEqualTo(progress.get(progress.size() - 1)[1]);
    }

    @Test
    void aStickWithoutRoomIsRefusedBeforeWritingAnything() throws IOException {
        PackageWriter writer = new PackageWriter(new PackageReader(), folder -> 100_000, PackageWriterTest::realFile);

        assertThatThrownBy(() -> writer.writeToFolder(pkg, stick, PackageWriter.Progress.NONE))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(TestContexts.VI.of(e))
                        .matches("USB đầy: cần \\d{3} KB, còn 97 KB\\. .*"));
        assertThat(filesOnStick()).isEmpty();
    }

    @Test
    void aStickThatFillsUpWhileWritingLeavesNoPartAndKeepsTheOldPackage() throws IOException {
        Path earlier = Files.writeString(stick.resolve(pkg.fileName()), "gói cũ");
        long[] free = {10L << 20};
        PackageWriter writer = new PackageWriter(new PackageReader(), folder -> free[0], file -> {
            PackageWriter.Sink real = realFile(file);
            return new PackageWriter.Sink() {
                long written;

                @Override
                public void write(ByteBuffer bytes) throws IOException {
                    if (written > 100_000) {
                        free[0] = 0;
                        throw new IOException("No space left on device");
                    }
                    written += bytes.remaining();
                    real.write(bytes);
                }

                @Override
                public void force() throws IOException {
                    real.force();
                }

                @Override
                public void close() throws IOException {
                    real.close();
                }
            };
        });

        assertThatThrownBy(() -> writer.writeToFolder(pkg, stick, PackageWriter.Progress.NONE))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(TestContexts.VI.of(e))
                        .startsWith("USB đầy: cần").contains("còn 0 KB."));
        assertThat(filesOnStick()).containsExactly(pkg.fileName());
        assertThat(Files.readString(earlier)).isEqualTo("gói cũ");
    }

    @Test
    void aStickPulledOutWhileWritingIsNamedSo() throws IOException {
        Path usb = Files.createDirectory(stick.resolve("USB"));
        PackageWriter writer = new PackageWriter(new PackageReader(), folder -> 10L << 20, file -> {
            PackageWriter.Sink real = realFile(file);
            return new PackageWriter.Sink() {
                @Override
                public void write(ByteBuffer bytes) throws IOException {
                    real.close();
                    Files.delete(file);
                    Files.delete(usb);
                    throw new IOException("Input/output error");
                }

                @Override
                public void force() {
                }

                @Override
                public void close() throws IOException {
                    real.close();
                }
            };
        });

        assertThatThrownBy(() -> writer.writeToFolder(pkg, usb, PackageWriter.Progress.NONE))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(TestContexts.VI.of(e))
                        .contains("USB đã bị rút ra"));
        assertThat(filesOnStick()).isEmpty();
    }

    @Test
    void aFileThatReadsBackDifferentlyIsDeleted() throws IOException {
        PackageWriter writer = new PackageWriter(new PackageReader(), folder -> 10L << 20, file -> {
            PackageWriter.Sink real = realFile(file);
            return new PackageWriter.Sink() {
                boolean first = true;

                @Override
                public void write(ByteBuffer bytes) throws IOException {
                    if (first && bytes.remaining() > 2000) {
                        // A faulty stick: one byte comes back changed.
                        ByteBuffer copy = ByteBuffer.allocate(bytes.remaining()).put(bytes.duplicate());
                        copy.put(1500, (byte) (copy.get(1500) ^ 0x55));
                        copy.flip();
                        bytes.position(bytes.limit());
                        first = false;
                        real.write(copy);
                        return;
                    }
                    real.write(bytes);
                }

                @Override
                public void force() throws IOException {
                    real.force();
                }

                @Override
                public void close() throws IOException {
                    real.close();
                }
            };
        });

        assertThatThrownBy(() -> writer.writeToFolder(pkg, stick, PackageWriter.Progress.NONE))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(TestContexts.VI.of(e))
                        .contains("Đọc lại gói").contains("thử USB khác"));
        assertThat(filesOnStick()).isEmpty();
    }

    private static PackageWriter.Sink realFile(Path file) throws IOException {
        var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
        return new PackageWriter.Sink() {
            @Override
            public void write(ByteBuffer bytes) throws IOException {
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
            }

            @Override
            public void force() throws IOException {
                channel.force(true);
            }

            @Override
            public void close() throws IOException {
                channel.close();
            }
        };
    }
}
