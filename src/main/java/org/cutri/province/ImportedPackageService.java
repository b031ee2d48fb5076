package org.cutri.province;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cutri.exchange.ReadPackage;
import org.cutri.exchange.PackageData;
import org.cutri.exchange.PackageManifest;
import org.cutri.common.UserException;
import org.cutri.common.task.TaskMonitor;
import org.cutri.common.text.VietText;
import org.cutri.province.ImportedPackageDao.AttendanceRow;
import org.cutri.province.ImportedPackageDao.MemberRow;
import org.cutri.exchange.PackageData.PackagedGroup;
import org.cutri.exchange.PackageData.PackagedMeeting;
import org.cutri.exchange.PackageData.PackagedOpinion;
import org.cutri.province.PackageImportSummary.Outcome;
import org.jdbi.v3.core.Jdbi;

/** The province's consolidated data: the package in force for each commune and round, and its rows. */
public class ImportedPackageService {

    /** Opinions inserted in one batch; a stop is noticed between two batches. */
    private static final int OPINIONS_PER_BATCH = 500;

    private final Jdbi jdbi;
    private final Clock clock;

    public ImportedPackageService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public Optional<ImportedPackage> find(String communeCode, int roundKey) {
        return jdbi.withExtension(ImportedPackageDao.class, dao -> dao.find(communeCode, roundKey));
    }

    public List<ImportedPackage> list() {
        return jdbi.withExtension(ImportedPackageDao.class, ImportedPackageDao::list);
    }

    public ImportedTotals totals() {
        return jdbi.withExtension(ImportedPackageDao.class, ImportedPackageDao::totals);
    }

    /** The opinions of one commune's round, by meeting and order. */
    public List<ImportedOpinion> opinions(String communeCode, int roundKey) {
        return jdbi.withExtension(ImportedPackageDao.class, dao -> dao.opinions(communeCode, roundKey));
    }

    /**
     * The opinions of the stored package of a commune and round that a later package leaves out although the province
     * grouped or answered them (codes, ascending). Taking the later package keeps that work (it is kept by the
     * commune's codes) but drops the opinions from the province's compilation: the dry run says so.
     */
    public List<String> workDropped(String communeCode, int roundKey, Set<String> laterCodes) {
        return jdbi.withExtension(ImportedPackageDao.class, dao -> dao.workedOn(communeCode, roundKey)).stream()
                .filter(code -> !laterCodes.contains(code)).toList();
    }

    /**
     * What importing this package would do given what is stored for its commune and round (docs/decisions/0035):
     * {@code NEW} for the round's first package; {@code UNCHANGED} for the very same file; {@code REPLACING} for the
     * package that follows on from the stored one (the next sequence number, naming the stored package as its
     * previous one), or for the first one signed by a key trusted since the stored package was imported. Anything
     * else is refused, and what the user may decide is said: an older package (never taken), a gap in the sequence
     * numbers or a conflict with the stored package (taken only when the user accepts that very package).
     *
     * @param signer the fingerprint of the (trusted) key that signed the package
     * @throws UserException {@code exchange.refused.older} for an older package; an {@link ImportQuestion} for a gap
     *         or a conflict
     */
    public static Outcome decide(Optional<Stored> stored, int sequence, String sha256, String manifestSha256,
            String previous, String signer, Approvals approvals) {
        if (stored.isEmpty()) {
            return Outcome.NEW;
        }
        Stored current = stored.get();
        if (current.sha256().equals(sha256) || manifestSha256.equals(current.manifestSha256())) {
            // The same file, or the same content in a zip whose own bytes differ (the manifest lists every entry).
            return Outcome.UNCHANGED;
        }
        if (current.signer() != null && !current.signer().equals(signer)) {
            // The commune's key was re-trusted since: its new key starts the round's numbers again.
            return Outcome.REPLACING;
        }
        String number = String.valueOf(sequence);
        String storedNumber = String.valueOf(current.sequence());
        if (sequence < current.sequence()) {
            throw new UserException("exchange.refused.older", number, storedNumber);
        }
        boolean accepted = approvals.accepted().contains(sha256);
        if (sequence == current.sequence()) {
            if (accepted) {
                return Outcome.REPLACING;
            }
            throw new ImportQuestion(PackageImportSummary.Question.ACCEPT_CONFLICT, "exchange.refused.conflict", number);
        }
        if (sequence - 1 == current.sequence()) {
            if (current.signer() == null || previous != null && previous.equals(current.manifestSha256()) || accepted) {
                return Outcome.REPLACING;
            }
            throw new ImportQuestion(PackageImportSummary.Question.ACCEPT_CONFLICT, "exchange.refused.fork", number,
                    storedNumber);
        }
        if (accepted || approvals.acceptGaps()) {
            return Outcome.REPLACING;
        }
        String missing = sequence - 2 == current.sequence() ? String.valueOf(sequence - 1)
                : (current.sequence() + 1) + "–" + (sequence - 1);
        throw new ImportQuestion(PackageImportSummary.Question.ACCEPT_GAP, "exchange.refused.gap", number, storedNumber,
                missing);
    }

    /**
     * The sequence and hash of a stored package and the fingerprint of its signer: what {@link #decide} compares
     * with.
     */
    public record Stored(int sequence, String sha256, String manifestSha256, String signer) {
        static Stored of(ImportedPackage p) {
            return new Stored(p.sequenceNo(), p.sha256(), p.manifestSha256(), p.signerFingerprint());
        }
    }

    public Optional<Stored> stored(String communeCode, int roundKey) {
        return find(communeCode, roundKey).map(Stored::of);
    }

    /**
     * Stores a package in one transaction: a replaced package's rows are deleted and the new ones inserted,
     * so an error leaves the earlier package as it was. The decision is made again inside the transaction.
     * {@code setUp} runs first in the same transaction (the office's setup as a province), so it is undone with
     * the package if storing fails.
     */
    public Outcome store(ReadPackage p, Runnable setUp) {
        return store(p, setUp, Approvals.NONE, TaskMonitor.NONE);
    }

    /**
     * As {@link #store(ReadPackage, Runnable)}, with the user's decisions about gaps and conflicts, checking the
     * monitor between the kinds of rows and between chunks of opinions: a stop (a
     * {@link java.util.concurrent.CancellationException}) rolls the transaction back, so the stored data stay as
     * they were and the package can be imported again.
     */
    public Outcome store(ReadPackage p, Runnable setUp, Approvals approvals, TaskMonitor monitor) {
        return store(p, outcome -> setUp.run(), approvals, monitor);
    }

    /**
     * As {@link #store(ReadPackage, Runnable, Approvals, TaskMonitor)}; {@code setUp} is told the outcome decided in
     * the transaction, so what it writes (the audit row saying how the package was taken) is stored with the package
     * or not at all.
     */
    public Outcome store(ReadPackage p, java.util.function.Consumer<Outcome> setUp, Approvals approvals,
            TaskMonitor monitor) {
        // Two staff taking in the same package at once (decision 0048): the second transaction finds the first's
        // package row taken, is rolled back, and on its next try finds the package stored, unchanged.
        return org.cutri.common.db.SqlStates.retryingRaces(() -> jdbi.inTransaction(handle -> {
            ImportedPackageDao dao = handle.attach(ImportedPackageDao.class);
            PackageManifest m = p.manifest();
            Optional<ImportedPackage> current = dao.find(m.commune().code(), m.round().id());
            Outcome outcome = decide(current.map(Stored::of), m.sequence(), p.sha256(), p.manifestSha256(),
                    p.previousSha256(), p.fingerprint(), approvals);
            if (outcome == Outcome.UNCHANGED) {
                return outcome;
            }
            setUp.accept(outcome);
            current.ifPresent(old -> dao.deletePackage(old.id()));
            String code = m.commune().code();
            String name = VietText.clean(m.commune().name());
            String province = VietText.cleanOrNull(m.commune().province());
            if (dao.updateCommune(code, name, province) == 0) {
                dao.insertCommune(code, name, province);
            }
            int roundKey = m.round().id();
            String fileName = p.file().getFileName() == null ? "" : p.file().getFileName().toString();
            int id = dao.insertPackage(code, roundKey, m.sequence(), p.sha256(),
                    fileName.length() > 300 ? fileName.substring(0, 300) : fileName, m.createdAt(),
                    LocalDateTime.now(clock), m.programVersion(), m.withNames(), p.manifestJson(), p.fingerprint(),
                    p.previousSha256(), p.manifestSha256());
            dao.insertRound(id, code, p.round().round());

            List<PackagedMeeting> meetings = p.meetings().meetings();
            List<String> hamletNames = new ArrayList<>();
            List<Integer> assigned = new ArrayList<>();
            List<Integer> present = new ArrayList<>();
            List<AttendanceRow> attendance = new ArrayList<>();
            for (PackagedMeeting meeting : meetings) {
                hamletNames.add(String.join(", ", meeting.hamlets()));
                assigned.add(meeting.deputies().size());
                present.add((int) meeting.deputies().stream().filter(PackageData.Attendance::present).count());
                meeting.deputies().forEach(d -> attendance.add(
                        new AttendanceRow(meeting.id(), VietText.clean(d.name()), d.level(), d.present())));
            }
            monitor.checkCancelled();
            if (!meetings.isEmpty()) {
                dao.insertMeetings(id, code, roundKey, meetings, hamletNames, assigned, present);
            }
            if (!attendance.isEmpty()) {
                dao.insertAttendance(id, attendance);
            }
            List<PackagedOpinion> opinions = p.opinions().opinions();
            for (int from = 0; from < opinions.size(); from += OPINIONS_PER_BATCH) {
                monitor.checkCancelled();
                List<PackagedOpinion> chunk = opinions.subList(from, Math.min(opinions.size(), from + OPINIONS_PER_BATCH));
                dao.insertOpinions(id, code, roundKey, chunk, chunk.stream().map(o -> VietText.fold(o.content())).toList());
            }
            monitor.checkCancelled();
            List<PackagedGroup> groups = p.groups().groups();
            if (!groups.isEmpty()) {
                dao.insertGroups(id, code, roundKey, groups);
                List<MemberRow> members = new ArrayList<>();
                groups.forEach(g -> g.opinionCodes().forEach(c -> members.add(new MemberRow(g.id(), c))));
                if (!members.isEmpty()) {
                    dao.insertMembers(id, members);
                }
            }
            return outcome;
        }));
    }
}
