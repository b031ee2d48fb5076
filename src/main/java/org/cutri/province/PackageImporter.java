package org.cutri.province;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.cutri.exchange.PackageReader;
import org.cutri.exchange.ReadPackage;
import org.cutri.common.UserException;
import org.cutri.province.ImportedPackageService.Stored;
import org.cutri.province.PackageImportSummary.Outcome;
import org.cutri.office.OfficeService;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports the communes' packages at the province office, many at once. A dry run says per package what would
 * happen (new / replacing / unchanged / refused and why) and writes nothing; the import stores each package
 * in its own transaction. Packages of the same commune and round are taken in sequence order, so a batch
 * holding both an earlier and a later package ends with the later one.
 */
public class PackageImporter {

    private static final Logger LOG = LoggerFactory.getLogger(PackageImporter.class);

    private final PackageReader reader;
    private final ImportedPackageService packages;
    private final OfficeService office;

    public PackageImporter(PackageReader reader, ImportedPackageService packages, OfficeService office) {
        this.reader = reader;
        this.packages = packages;
        this.office = office;
    }

    /**
     * Told how far a batch has gone (steps of {@code total}: each file read, then each package stored) and
     * asked whether to stop. A stopped dry run ends in a {@link java.util.concurrent.CancellationException};
     * a stopped import stops between two packages and returns the packages done so far.
     */
    public interface Listener {
        Listener NONE = new Listener() {
            @Override
            public void progress(int done, int total) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };

        void progress(int done, int total);

        boolean cancelled();
    }

    /** What importing these files would do; nothing is written. */
    public List<PackageImportSummary> dryRun(List<Path> files) {
        return dryRun(files, Listener.NONE);
    }

    /** What importing these files would do, telling the listener after each file; nothing is written. */
    public List<PackageImportSummary> dryRun(List<Path> files, Listener listener) {
        if (!office.canImportPackages()) {
            throw new UserException("office.notProvince");
        }
        return run(expand(files), false, listener);
    }

    /**
     * Imports these files (folders stand for the .zip files in them). An unused data folder is set up as a
     * province office first; a commune office's folder is refused.
     */
    public List<PackageImportSummary> importAll(List<Path> files) {
        return importAll(files, Listener.NONE);
    }

    /**
     * Imports these files, one transaction per package, telling the listener after each step; when it asks
     * to stop, stops between two packages and returns only the packages dealt with.
     */
    public List<PackageImportSummary> importAll(List<Path> files, Listener listener) {
        List<Path> expanded = expand(files);
        return run(expanded, true, listener);
    }

    private List<PackageImportSummary> run(List<Path> files, boolean write, Listener listener) {
        PackageImportSummary[] results = new PackageImportSummary[files.size()];
        List<Item> readable = new ArrayList<>();
        int total = write ? files.size() * 2 : files.size();
        int done = 0;
        for (int i = 0; i < files.size(); i++) {
            if (listener.cancelled()) {
                if (write) {
                    return List.of();
                }
                throw new java.util.concurrent.CancellationException("Dry run stopped by the user");
            }
            Path file = files.get(i);
            try {
                readable.add(new Item(i, reader.read(file)));
            } catch (UserException e) {
                LOG.warn("Package {} refused: {}", file, e.getMessage());
                results[i] = PackageImportSummary.refused(file, e.key(), e.args());
            }
            listener.progress(++done, total);
        }
        if (write && !readable.isEmpty()) {
            office.ensureProvince(readable.get(0).p().manifest().commune().province());
        }
        readable.sort(Comparator.comparing((Item item) -> item.p().communeCode())
                .thenComparingInt(item -> item.p().roundKey()).thenComparingInt(item -> item.p().sequence()));
        // What the batch has done so far, per commune and round, on top of what is stored.
        Map<String, Optional<Stored>> state = new HashMap<>();
        done = files.size() * 2 - readable.size();
        for (Item item : readable) {
            if (write && listener.cancelled()) {
                LOG.info("Import stopped by the user after {} of {} packages", done - files.size(), files.size());
                break;
            }
            ReadPackage p = item.p();
            String key = p.communeCode() + "\u0000" + p.roundKey();
            Optional<Stored> current = state.computeIfAbsent(key, k -> packages.stored(p.communeCode(), p.roundKey()));
            PackageImportSummary summary;
            try {
                Outcome outcome = ImportedPackageService.decide(current, p.sequence(), p.sha256());
                if (write && outcome != Outcome.UNCHANGED) {
                    outcome = packages.store(p);
                }
                if (outcome != Outcome.UNCHANGED) {
                    state.put(key, Optional.of(new Stored(p.sequence(), p.sha256())));
                }
                summary = PackageImportSummary.of(p, outcome, null);
                if (write) {
                    LOG.info("Package {}: {} ({} {}, sequence {})", p.file(), outcome, p.communeCode(), p.roundKey(),
                            p.sequence());
                }
            } catch (UserException e) {
                summary = PackageImportSummary.of(p, Outcome.REFUSED, e.key(), e.args());
            } catch (JdbiException e) {
                LOG.error("Package {} could not be stored", p.file(), e);
                // A full disk is said as such (common.diskFull), not as a package that cannot be stored.
                UserException user = UserException.find(e);
                summary = user != null ? PackageImportSummary.of(p, Outcome.REFUSED, user.key(), user.args())
                        : PackageImportSummary.of(p, Outcome.REFUSED, "exchange.refused.storeFailed");
            }
            results[item.index()] = summary;
            if (write) {
                listener.progress(++done, total);
            }
        }
        return java.util.Arrays.stream(results).filter(java.util.Objects::nonNull).toList();
    }

    private record Item(int index, ReadPackage p) {
    }

    /** The files as given, a folder standing for the .zip files directly in it (by name). */
    public static List<Path> expand(List<Path> files) {
        List<Path> result = new ArrayList<>();
        for (Path file : files) {
            if (Files.isDirectory(file)) {
                try (Stream<Path> children = Files.list(file)) {
                    children.filter(f -> Files.isRegularFile(f)
                                    && f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip"))
                            .sorted().forEach(result::add);
                } catch (IOException e) {
                    throw new UserException(e, "exchange.import.folderUnreadable", file);
                }
            } else {
                result.add(file);
            }
        }
        return result;
    }
}
