package org.cutri.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.cutri.app.AppContext;
import org.cutri.common.task.TaskExecutor;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-over screen's model: writing the round's package to a folder, a full stick, stopping. */
class HandOverViewModelTest {

    @TempDir
    Path folder;

    private AppContext context;
    private Path usb;
    private final List<Double> progress = new ArrayList<>();

    @BeforeEach
    void open() throws IOException {
        context = TestContexts.open(folder.resolve("data"));
        context.demo().load(false);
        usb = Files.createDirectories(folder.resolve("usb"));
    }

    @AfterEach
    void close() {
        context.close();
    }

    private HandOverViewModel viewModel(PackageWriter writer) {
        return viewModel(writer, null);
    }

    private HandOverViewModel viewModel(PackageWriter writer, HandOverViewModel.ReportMaker reports) {
        HandOverViewModel vm = new HandOverViewModel(context.rounds(), context.packageExporter(), writer,
                () -> List.of(new UsbTarget(usb, "KINGSTON", 8L << 30)), reports, TestContexts.VI,
                TaskExecutor.sameThread(e -> {
                    throw new AssertionError(e);
                }), Runnable::run);
        vm.progressProperty().addListener((obs, old, now) -> progress.add(now.doubleValue()));
        vm.refresh();
        return vm;
    }

    @Test
    void writesThePackageToTheStickWithProgressAndSaysItWasChecked() {
        HandOverViewModel vm = viewModel(context.packageWriter());
        assertThat(vm.roundChoices()).hasSize(2);
        assertThat(vm.targets()).singleElement().satisfies(t -> assertThat(t.label()).contains("KINGSTON", "MB"));
        assertThat(vm.reportsOffered()).isFalse();
        assertThat(vm.canWriteProperty().get()).isTrue();

        vm.write();

        HandOverViewModel.Result result = vm.resultProperty().get();
        assertThat(result).isNotNull();
        assertThat(result.file()).exists().hasParent(usb);
        assertThat(result.file().getFileName().toString()).matches("cutri-tan-phuc-\\d+-1\\.zip");
        assertThat(progress).isNotEmpty().last().isEqualTo(1.0);
        assertThat(progress.stream().filter(p -> p > 0 && p < 1)).isNotEmpty();
        String text = vm.resultText(result);
        assertThat(text).contains(result.file().getFileName().toString(), "kiểm tra", "rút USB ra an toàn",
                "không ghi tên");
        assertThat(vm.statusTextProperty().get()).contains("Đã ghi và kiểm tra xong");
        assertThat(partFiles()).isEmpty();
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void theReportFilesGoIntoThePackageAndTheirTemporaryCopiesAreRemoved() throws IOException {
        Path made = Files.createDirectories(folder.resolve("cutri-report-test"));
        Path report = Files.writeString(made.resolve("bao-cao-tong-hop.pdf"), "%PDF-1.4 báo cáo");
        HandOverViewModel vm = viewModel(context.packageWriter(), (roundId, monitor) -> List.of(report));
        assertThat(vm.reportsOffered()).isTrue();

        vm.write();

        Path file = vm.resultProperty().get().file();
        assertThat(ExchangeFixture.entries(Files.readAllBytes(file))).containsKey("report/bao-cao-tong-hop.pdf");
        assertThat(report).doesNotExist();
        assertThat(made).doesNotExist();

        vm.withReportsProperty().set(false);
        vm.write();
        assertThat(ExchangeFixture.entries(Files.readAllBytes(vm.resultProperty().get().file())).keySet())
                .noneMatch(name -> name.startsWith("report/"));
    }

    @Test
    void aFullStickIsExplainedAndLeavesNoFile() throws IOException {
        PackageWriter full = new PackageWriter(new PackageReader(), f -> 1_000, file -> {
            throw new AssertionError("nothing may be written to a full stick");
        });
        HandOverViewModel vm = viewModel(full);

        vm.write();

        assertThat(vm.resultProperty().get()).isNull();
        assertThat(vm.errorProperty().get()).isNotNull();
        assertThat(vm.statusTextProperty().get()).contains("USB đầy");
        try (Stream<Path> files = Files.list(usb)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void stoppingWhileWritingRemovesTheHalfWrittenFile() throws IOException {
        HandOverViewModel[] holder = new HandOverViewModel[1];
        PackageWriter slow = new PackageWriter(new PackageReader(), f -> Long.MAX_VALUE, file -> {
            var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.WRITE);
            return new PackageWriter.Sink() {
                @Override
                public void write(ByteBuffer bytes) throws IOException {
                    channel.write(bytes);
                    holder[0].cancel(); // the user presses "Dừng" while the first bytes are written
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
        });
        holder[0] = viewModel(slow);

        holder[0].write();

        assertThat(holder[0].resultProperty().get()).isNull();
        assertThat(holder[0].statusTextProperty().get()).contains("Đã dừng");
        try (Stream<Path> files = Files.list(usb)) {
            assertThat(files).isEmpty();
        }
    }

    private List<Path> partFiles() {
        try (Stream<Path> files = Files.list(usb)) {
            return files.filter(f -> f.toString().endsWith(".part")).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
