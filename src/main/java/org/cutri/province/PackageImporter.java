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
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.cutri.exchange.PackageData;
import org.cutri.exchange.PackageReader;
import org.cutri.exchange.ReadPackage;
import org.cutri.common.UserException;
import org.cutri.common.task.ProgressSteps;
import org.cutri.common.task.TaskMonitor;
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
    private final TrustedKeyService trust;
    private final StoredLookup stored;
    private final org.cutri.audit.AuditLog audit;

    public PackageImporter(PackageReader reader, ImportedPackageService packages, OfficeService office,
            TrustedKeyService trust) {
        this(reader, packages, office, trust, org.cutri.audit.AuditLog.NONE);
    }

    /** Records each package stored in the audit trail. */
    public PackageImporter(PackageReader reader, ImportedPackageService packages, OfficeService office,
            TrustedKeyService trust, org.cutri.audit.AuditLog audit) {
        this.reader = reader;
        this.packages = packages;
        this.office = office;
        this.trust = trust;
        this.stored = packages::stored;
        this.audit = audit;
    }

    private PackageImporter(PackageReader reader) {
        this.reader = reader;
        this.packages = null;
        this.office = null;
        this.trust = null;
        this.stored = (communeCode, roundKey) -> Optional.empty();
        this.audit = org.cutri.audit.AuditLog.NONE;
    }

    /** The package stored for a commune and round, if any. */
    private interface StoredLookup {
        Optional<Stored> find(String communeCode, int roundKey);
    }

    /**
     * What importing these files into a data folder that has no database yet would do: nothing is stored there,
     * so every readable package is new. Opens no database and writes no file, so a dry run (or a batch that is
     * refused whole) leaves the folder as it was.
     */
    public static List<PackageImportSummary> dryRunWithoutData(PackageReader reader, List<Path> files,
            Approvals approvals) {
        return new PackageImporter(reader).run(expand(files), false, approvals, TaskMonitor.NONE);
    }

    /** What importing these files would do; nothing is written. */
    public List<PackageImportSummary> dryRun(List<Path> files, Approvals approvals) {
        return dryRun(files, approvals, TaskMonitor.NONE);
    }

    /**
     * What importing these files would do, reporting progress after each file; nothing is written. Stops (with
     * {@link java.util.concurrent.CancellationException}) once the monitor is cancelled.
     */
    public List<PackageImportSummary> dryRun(List<Path> files, Approvals approvals, TaskMonitor monitor) {
        if (!office.canImportPackages()) {
            throw new UserException("office.notProvince");
        }
        return run(expand(files), false, approvals, monitor);
    }

    /**
     * Imports these files (folders stand for the .zip files in them). An unused data folder is set up as a
     * province office first; a commune office's folder is refused. A commune's first package, a gap and a conflict
     * are refused unless the approvals take them (docs/decisions/0035).
     */
    public List<PackageImportSummary> importAll(List<Path> files, Approvals approvals) {
        return importAll(files, approvals, TaskMonitor.NONE);
    }

    /**
     * Imports these files, one transaction per package, reporting progress after each step. Once the monitor is
     * cancelled it stops (with {@link java.util.concurrent.CancellationException}) at its next check, also
     * inside a package's transaction, which is then rolled back: the package being stored leaves nothing and
     * can be imported again; packages stored completely before the stop stay.
     */
    public List<PackageImportSummary> importAll(List<Path> files, Approvals approvals, TaskMonitor monitor) {
        List<Path> expanded = expand(files);
        return run(expanded, true, approvals, monitor);
    }

    private List<PackageImportSummary> run(List<Path> files, boolean write, Approvals approvals, TaskMonitor monitor) {
        PackageImportSummary[] results = new PackageImportSummary[files.size()];
        List<Item> readable = new ArrayList<>();
        ProgressSteps steps = new ProgressSteps(monitor, write ? files.size() * 2 : files.size());
        for (int i = 0; i < files.size(); i++) {
            steps.check();
            Path file = files.get(i);
            try {
                readable.add(new Item(i, reader.read(file)));
            } catch (UserException e) {
                LOG.warn("Package {} refused: {}", file, e.getMessage());
                results[i] = PackageImportSummary.refused(file, e.key(), e.args());
            }
            steps.step();
        }
        if (write && !readable.isEmpty()) {
            steps.check();
            if (!office.canImportPackages()) {
                throw new UserException("office.notProvince");
            }
        }
        readable.sort(Comparator.comparing((Item item) -> item.p().communeCode())
                .thenComparingInt(item -> item.p().roundKey()).thenComparingInt(item -> item.p().sequence()));
        // What the batch has done so far, per commune and round, on top of what is stored; and the keys it trusts.
        Map<String, Optional<Stored>> state = new HashMap<>();
        Map<String, String> keys = new HashMap<>();
        if (write) {
            steps.step(files.size() - readable.size());
        }
        for (Item item : readable) {
            steps.check();
            ReadPackage p = item.p();
            String key = p.communeCode() + "\u0000" + p.roundKey();
            PackageImportSummary summary;
            try {
                boolean firstKey = checkKey(p, keys, approvals);
                Optional<Stored> current = state.computeIfAbsent(key, k -> stored.find(p.communeCode(), p.roundKey()));
                Outcome outcome = ImportedPackageService.decide(current, p.sequence(), p.sha256(), p.manifestSha256(),
                        p.previousSha256(), p.fingerprint(), approvals);
                List<String> dropped = outcome == Outcome.REPLACING ? packages.workDropped(p.communeCode(),
                        p.roundKey(), p.opinions().opinions().stream().map(PackageData.PackagedOpinion::code)
                                .collect(Collectors.toSet())) : List.of();
                if (write && outcome != Outcome.UNCHANGED) {
                    // An unused folder becomes a province office in the same transaction as its first package, and a
                    // commune's key is trusted in the transaction of its first package: a package refused while being
                    // stored leaves the folder as it was.
                    String province = p.manifest().commune().province();
                    // The audit row is written in the package's transaction: a package refused while being stored
                    // (a full disk) leaves no row saying it was taken, and a stored one always has its row.
                    outcome = packages.store(p, (java.util.function.Consumer<Outcome>) decided -> {
                        office.ensureProvince(province);
                        if (firstKey) {
                            trust.trustFirst(p.communeCode(), p.signerKeyBase64());
                        }
                        audit.record(org.cutri.audit.AuditAction.PACKAGE_IMPORT, "package", p.file().getFileName(),
                                "xã " + p.communeCode() + ", đợt " + p.roundKey() + ", gói số " + p.sequence() + ": "
                                        + decided + ", SHA-256 " + p.sha256() + takenDespite(current, p));
                    }, approvals, monitor);
                }
                keys.put(p.communeCode(), p.fingerprint());
                if (outcome != Outcome.UNCHANGED) {
                    state.put(key, Optional.of(new Stored(p.sequence(), p.sha256(), p.manifestSha256(), p.fingerprint())));
                }
                summary = dropped.isEmpty() ? PackageImportSummary.of(p, outcome, null)
                        : PackageImportSummary.of(p, outcome, "exchange.replacing.dropsWork", dropped.size(),
                                String.join(", ", dropped.subList(0, Math.min(10, dropped.size())))
                                        + (dropped.size() > 10 ? ", …" : ""));
                if (write) {
                    LOG.info("Package {}: {} ({} {}, sequence {}, key {})", p.file(), outcome, p.communeCode(),
                            p.roundKey(), p.sequence(), p.fingerprint());
                }
            } catch (ImportQuestion e) {
                summary = PackageImportSummary.asked(p, Outcome.REFUSED, e.question(), e.key(), e.args());
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
                steps.step();
            }
        }
        return java.util.Arrays.stream(results).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * Checks that the package is signed by the key the province trusts for its commune (docs/decisions/0035);
     * returns true when it is the commune's first key, trusted by the user's approval.
     *
     * @param batch the keys this batch has trusted so far (dry run) or taken, by commune code
     * @throws ImportQuestion for a first key not approved ({@code TRUST_KEY}) or another key than the trusted one
     *         ({@code RETRUST_KEY})
     * @throws UserException for a key the province trusts for another commune (a package relabelled with another
     *         commune's code)
     */
    private boolean checkKey(ReadPackage p, Map<String, String> batch, Approvals approvals) {
        String code = p.communeCode();
        String fingerprint = p.fingerprint();
        Optional<String> trusted = Optional.ofNullable(batch.get(code))
                .or(() -> trust == null ? Optional.empty() : trust.current(code).map(TrustedKey::fingerprint));
        if (trusted.isPresent()) {
            if (!trusted.get().equals(fingerprint)) {
                throw new ImportQuestion(PackageImportSummary.Question.RETRUST_KEY, "exchange.refused.otherKey",
                        p.manifest().commune().name(), code, trusted.get(), fingerprint);
            }
            return false;
        }
        List<String> owners = new ArrayList<>();
        batch.forEach((commune, key) -> {
            if (key.equals(fingerprint)) {
                owners.add(commune);
            }
        });
        if (trust != null) {
            trust.byFingerprint(fingerprint).forEach(k -> owners.add(k.communeCode()));
        }
        owners.remove(code);
        if (!owners.isEmpty()) {
            throw new UserException("exchange.refused.keyOfOtherCommune", code, owners.get(0), fingerprint);
        }
        if (!approvals.trusts(code, fingerprint)) {
            throw new ImportQuestion(PackageImportSummary.Question.TRUST_KEY, "exchange.refused.untrusted",
                    p.manifest().commune().name(), code, fingerprint);
        }
        return true;
    }

    /**
     * What the user's approval let through when this package was taken (for its audit row): a gap or a conflict
     * with the package stored before; empty when it was taken on its own.
     */
    private static String takenDespite(Optional<Stored> before, ReadPackage p) {
        try {
            ImportedPackageService.decide(before, p.sequence(), p.sha256(), p.manifestSha256(), p.previousSha256(),
                    p.fingerprint(), Approvals.NONE);
            return "";
        } catch (ImportQuestion e) {
            Object[] args = e.args();
            return switch (e.key()) {
                case "exchange.refused.gap" -> "; nhận dù còn thiếu gói số " + args[2];
                case "exchange.refused.conflict" -> "; nhận dù khác gói số " + args[0] + " đã nhập (xung đột)";
                case "exchange.refused.fork" -> "; nhận dù không nối tiếp gói số " + args[1] + " đã nhập (xung đột)";
                default -> "; nhận theo quyết định của người dùng (" + e.key() + ")";
            };
        } catch (UserException e) {
            return "";
        }
    }

    private record Item(int index, ReadPackage p) {
    }

    /**
     * The files as given, a folder standing for the .zip files directly in it (by name). Whatever is named .zip
     * is listed, so a folder, device or named pipe called {@code x.zip} is reported refused, not silently skipped.
     */
    public static List<Path> expand(List<Path> files) {
        List<Path> result = new ArrayList<>();
        for (Path file : files) {
            if (Files.isDirectory(file)) {
                try (Stream<Path> children = Files.list(file)) {
                    children.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip"))
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
