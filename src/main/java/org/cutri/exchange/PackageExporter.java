package org.cutri.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.cutri.common.UserException;
import org.cutri.common.task.TaskMonitor;
import org.cutri.common.text.TextIn;
import org.cutri.commune.CommuneProfile;
import org.cutri.commune.CommuneService;
import org.cutri.exchange.PackageData.Attendance;
import org.cutri.exchange.PackageData.PackagedMeeting;
import org.cutri.exchange.PackageData.PackagedOpinion;
import org.cutri.exchange.PackageData.PackagedRound;
import org.cutri.meeting.Meeting;
import org.cutri.meeting.MeetingService;
import org.cutri.office.OfficeKind;
import org.cutri.office.OfficeService;
import org.cutri.office.OfficeSettings;
import org.cutri.opinion.Opinion;
import org.cutri.opinion.OpinionListItem;
import org.cutri.opinion.OpinionService;
import org.cutri.round.ContactRound;
import org.cutri.round.RoundService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the package a commune hands to the province (gói dữ liệu gửi tỉnh): one round's data as JSON,
 * the report files, and a manifest with the SHA-256 of every entry. Speakers' names are left out unless
 * the office chooses to include them.
 */
public class PackageExporter {

    private static final Logger LOG = LoggerFactory.getLogger(PackageExporter.class);

    /** Largest report file taken into a package. */
    static final long MAX_REPORT_BYTES = 50L << 20;

    private final RoundService rounds;
    private final MeetingService meetings;
    private final OpinionService opinions;
    private final org.cutri.grouping.GroupService groups;
    private final CommuneService commune;
    private final OfficeService office;
    private final Clock clock;
    private final String programVersion;
    private final OfficeKeyService keys;
    private final ObjectMapper mapper = PackageFormat.mapper();

    /**
     * @param groups the round's same-issue groups; the accepted ones go into the package (null: none)
     * @param keys this office's key pair, which signs every package
     */
    public PackageExporter(RoundService rounds, MeetingService meetings, OpinionService opinions,
            org.cutri.grouping.GroupService groups, CommuneService commune, OfficeService office, OfficeKeyService keys,
            Clock clock, String programVersion) {
        this.keys = keys;
        this.groups = groups;
        this.rounds = rounds;
        this.meetings = meetings;
        this.opinions = opinions;
        this.commune = commune;
        this.office = office;
        this.clock = clock;
        this.programVersion = programVersion;
    }

    /**
     * Builds the next package of a round. Each call takes the round's next sequence number, so a package
     * made later replaces an earlier one at the province.
     *
     * @param withNames include the names of speakers who agreed to be named
     * @param reportFiles report files (.docx, .xlsx, .pdf…) placed under {@code report/}
     */
    public ExportedPackage export(int roundId, boolean withNames, List<Path> reportFiles) {
        return export(roundId, withNames, reportFiles, TaskMonitor.NONE);
    }

    /**
     * As {@link #export(int, boolean, List)}, stopping (with {@link java.util.concurrent.CancellationException})
     * once the monitor is cancelled: it checks before each meeting's opinions are read and before the sequence
     * number is taken, so a package stopped while it is built takes no number.
     */
    public ExportedPackage export(int roundId, boolean withNames, List<Path> reportFiles, TaskMonitor monitor) {
        OfficeSettings settings = office.get();
        if (settings.officeKind() == OfficeKind.PROVINCE) {
            throw new UserException("exchange.export.provinceOffice");
        }
        CommuneProfile profile = commune.profile().orElseThrow(() -> new UserException("exchange.export.noProfile"));
        if (!OfficeService.validCode(settings.communeCode())) {
            throw new UserException("exchange.export.noCode");
        }
        ContactRound round = rounds.get(roundId);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        List<Meeting> roundMeetings = meetings.list(roundId);
        List<PackagedOpinion> packagedOpinions = opinionsOf(roundId, roundMeetings, withNames, monitor);
        entries.put(PackageFormat.ROUND, json(new PackageData.RoundFile(PackageFormat.FORMAT_VERSION, packagedRound(round))));
        entries.put(PackageFormat.MEETINGS, json(new PackageData.MeetingsFile(PackageFormat.FORMAT_VERSION,
                roundMeetings.stream().map(PackageExporter::packagedMeeting).toList())));
        entries.put(PackageFormat.OPINIONS, json(new PackageData.OpinionsFile(PackageFormat.FORMAT_VERSION,
                packagedOpinions)));
        List<PackageData.PackagedGroup> packagedGroups = groupsOf(roundId);
        entries.put(PackageFormat.GROUPS, json(new PackageData.GroupsFile(PackageFormat.FORMAT_VERSION,
                packagedGroups)));
        addReports(entries, reportFiles);

        List<PackageManifest.Entry> listed = new ArrayList<>();
        entries.forEach((path, bytes) -> listed.add(
                new PackageManifest.Entry(path, bytes.length, PackageFormat.sha256Hex(bytes))));
        monitor.checkCancelled();
        OfficeKey key = keys.key();
        String previous = keys.lastPackageSha256(roundId).orElse(null);
        int sequence = office.nextPackageSequence(roundId);
        PackageManifest unsigned = new PackageManifest(PackageFormat.FORMAT_NAME, PackageFormat.FORMAT_VERSION,
                TextIn.clean(programVersion), Instant.now(clock).truncatedTo(ChronoUnit.SECONDS), sequence, previous, withNames,
                // The manifest's texts as the province will read them (TextIn.clean), so the signature matches.
                new PackageManifest.Commune(settings.communeCode(), TextIn.clean(profile.communeName()),
                        TextIn.clean(settings.provinceName() != null ? settings.provinceName() : profile.provinceName())),
                new PackageManifest.Round(round.id(), TextIn.clean(round.name()), round.kind().name(), round.startDate(),
                        round.endDate(), round.sessionDate()),
                new PackageManifest.Counts(roundMeetings.size(), packagedOpinions.size(), packagedGroups.size()), listed,
                null);
        PackageManifest manifest = PackageSignature.sign(unsigned, key.privateKey(), key.publicKey());
        byte[] manifestBytes = json(manifest);
        byte[] zip = PackageFormat.zip(manifestBytes, entries);
        String zipSha256 = PackageFormat.sha256Hex(zip);
        // The next package of the round names this one by its manifest's hash, which covers every entry's.
        keys.recordPackage(roundId, sequence, PackageFormat.sha256Hex(manifestBytes));
        String fileName = PackageFormat.fileName(settings.communeCode(), round.id(), sequence);
        LOG.info("Built package {} ({} bytes, {} opinions, names {})", fileName, zip.length, packagedOpinions.size(),
                withNames);
        return new ExportedPackage(fileName, zip, zipSha256, manifest);
    }

    /** The fingerprint of this office's key, which signs its packages (made now if the office has none yet). */
    public String officeFingerprint() {
        return keys.fingerprint();
    }

    private List<PackagedOpinion> opinionsOf(int roundId, List<Meeting> roundMeetings, boolean withNames,
            TaskMonitor monitor) {
        Map<Integer, OpinionListItem> items = opinions.listItems(roundId).stream()
                .collect(Collectors.toMap(OpinionListItem::id, Function.identity()));
        List<PackagedOpinion> result = new ArrayList<>();
        for (Meeting meeting : roundMeetings) {
            monitor.checkCancelled();
            for (Opinion o : opinions.listByMeeting(meeting.id())) {
                OpinionListItem item = items.get(o.id());
                result.add(new PackagedOpinion(o.code(), o.meetingId(), o.seq(),
                        item == null ? null : item.hamletName(), o.content(), o.kind().name(),
                        item == null ? null : item.fieldName(), o.authority() == null ? null : o.authority().name(),
                        o.authorityBody(), withNames && o.speakerConsent() ? o.speakerName() : null, o.votesFor(),
                        o.votersPresent(), o.approved(), o.answeredAtMeeting(), o.answeredBy(), o.answerText(),
                        o.status().name()));
            }
        }
        return result;
    }

    private static PackagedRound packagedRound(ContactRound r) {
        return new PackagedRound(r.id(), r.name(), r.kind().name(), r.deploymentDate(), r.startDate(), r.endDate(),
                r.handinDeadline(), r.compilationDate(), r.sessionDate(), r.planYear(), r.planNumber());
    }

    private static PackagedMeeting packagedMeeting(Meeting m) {
        var row = m.row();
        return new PackagedMeeting(m.id(), row.meetingDate(), row.startTime(), row.endTime(), row.venue(),
                row.form().name(), row.status().name(), m.hamlets().stream().map(Meeting.HamletRef::name).toList(),
                row.chairName(), row.secretaryName(), row.votersInvited(), row.votersPresent(),
                m.deputies().stream().map(d -> new Attendance(d.fullName(), d.level().name(), d.present())).toList());
    }

    private static void addReports(Map<String, byte[]> entries, List<Path> reportFiles) {
        Set<String> names = new HashSet<>();
        for (Path file : reportFiles) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString();
            if (!PackageFormat.validReportName(name)) {
                throw new UserException("exchange.export.reportName", name);
            }
            if (!names.add(name)) {
                throw new UserException("exchange.export.reportTwice", name);
            }
            try {
                if (Files.size(file) > MAX_REPORT_BYTES) {
                    throw new UserException("exchange.export.reportTooLarge", name, MAX_REPORT_BYTES >> 20);
                }
                entries.put(PackageFormat.REPORT_FOLDER + name, Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UserException(e, "exchange.export.reportUnreadable", file);
            }
        }
    }

    private byte[] json(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Package data could not be written as JSON", e);
        }
    }

    /** The round's accepted same-issue groups, by their opinions' codes. */
    private List<PackageData.PackagedGroup> groupsOf(int roundId) {
        if (groups == null) {
            return List.of();
        }
        return groups.list(roundId).stream()
                .filter(e -> e.group().status() == org.cutri.grouping.GroupStatus.ACCEPTED && !e.members().isEmpty())
                .map(e -> new PackageData.PackagedGroup(e.group().id(), e.group().wording(),
                        e.members().stream().map(org.cutri.grouping.GroupMember::code).toList()))
                .toList();
    }
}
