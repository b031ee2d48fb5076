package org.cutri.provinceanswer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cutri.app.AppContext;
import org.cutri.exchange.ExportedPackage;
import org.cutri.exchange.PackageWriter;
import org.cutri.province.Approvals;
import org.cutri.province.CommunePackages;
import org.cutri.province.PackageImportSummary;
import org.cutri.testing.TestContexts;

/**
 * Two communes' real packages (the demo commune as Tân Phúc and as Hòa Lạc, two rounds each, two groups a round) and
 * a province's data that imported them: made once for the test classes of this package (they run in one JVM), and
 * copied for each test, which then has a province of its own.
 */
final class ProvinceAnswerFixture {

    private static final Object LOCK = new Object();
    private static Made made;

    /** Where the fixture lives and what it holds. */
    record Made(Path root, List<Path> files, Path province) {
    }

    private ProvinceAnswerFixture() {
    }

    /** The packages and the imported province, made on first use. */
    static Made get() {
        synchronized (LOCK) {
            if (made == null) {
                made = make();
            }
            return made;
        }
    }

    private static Made make() {
        try {
            Path root = Files.createTempDirectory("cutri-province-answers");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
            Path usb = Files.createDirectories(root.resolve("usb"));
            List<Path> files = new ArrayList<>(CommunePackages.write(root.resolve("tan-phuc"), usb, null, 2).files());
            files.addAll(CommunePackages.write(root.resolve("hoa-lac"), usb, "Hòa Lạc", 2).files());
            Path province = root.resolve("tinh");
            try (AppContext context = TestContexts.open(province)) {
                assertThat(context.packageImporter().importAll(files, Approvals.of(true, false)))
                        .noneMatch(PackageImportSummary::refused);
            }
            return new Made(root, List.copyOf(files), province);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the province's data in {@code folder} (made once per folder). */
    static Path province(Path folder) {
        Path data = folder.resolve("tinh");
        if (!Files.exists(data)) {
            org.cutri.testing.DemoData.copy(get().province(), data);
        }
        return data;
    }

    /** The data folder of a commune that made the packages ("tan-phuc", "hoa-lac"). */
    static Path commune(String code) {
        return get().root().resolve(code);
    }

    /** Tân Phúc's round exported again (a later package of the same round, sequence 2 or more). */
    static Path laterPackage(String code, int roundKey) {
        synchronized (LOCK) {
            Path communeFolder = commune(code);
            try (AppContext commune = TestContexts.openCommune(communeFolder)) {
                ExportedPackage pkg = commune.packageExporter().export(roundKey, false, List.of());
                assertThat(pkg.manifest().sequence()).isGreaterThan(1);
                return commune.packageWriter().writeToFolder(pkg, Files.createDirectories(
                        get().root().resolve("later-" + System.nanoTime())), PackageWriter.Progress.NONE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void delete(Path root) {
        try (var paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A temporary folder left behind is harmless.
        }
    }
}
