package org.cutri.province;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
     * What importing this package would do given what is stored: {@code NEW}, {@code REPLACING},
     * {@code UNCHANGED}; an older sequence than the stored one is refused.
     *
     * @throws UserException {@code exchange.refused.older} for an older package
     */
    public static Outcome decide(Optional<Stored> stored, int sequence, String sha256) {
        if (stored.isEmpty()) {
            return Outcome.NEW;
        }
        Stored current = stored.get();
        if (current.sha256().equals(sha256) || current.sequence() == sequence) {
            return Outcome.UNCHANGED;
        }
        if (sequence < current.sequence()) {
            throw new UserException("exchange.refused.older", String.valueOf(sequence),
                    String.valueOf(current.sequence()));
        }
        return Outcome.REPLACING;
    }

    /** The sequence and hash of a stored package: what {@link #decide} compares with. */
    public record Stored(int sequence, String sha256) {
        static Stored of(ImportedPackage p) {
            return new Stored(p.sequenceNo(), p.sha256());
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
        return store(p, setUp, TaskMonitor.NONE);
    }

    /**
     * As {@link #store(ReadPackage, Runnable)}, checking the monitor between the kinds of rows and between chunks
     * of opinions: a stop (a {@link java.util.concurrent.CancellationException}) rolls the transaction back, so
     * the stored data stay as they were and the package can be imported again.
     */
    public Outcome store(ReadPackage p, Runnable setUp, TaskMonitor monitor) {
        return jdbi.inTransaction(handle -> {
            ImportedPackageDao dao = handle.attach(ImportedPackageDao.class);
            PackageManifest m = p.manifest();
            Optional<ImportedPackage> current = dao.find(m.commune().code(), m.round().id());
            Outcome outcome = decide(current.map(Stored::of), m.sequence(), p.sha256());
            if (outcome == Outcome.UNCHANGED) {
                return outcome;
            }
            setUp.run();
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
                    LocalDateTime.now(clock), m.programVersion(), m.withNames(), p.manifestJson());
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
        });
    }
}
