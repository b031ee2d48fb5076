package org.cutri.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.cutri.common.UserException;
import org.cutri.council.CouncilLevel;
import org.cutri.exchange.PackageData.Attendance;
import org.cutri.exchange.PackageData.PackagedGroup;
import org.cutri.exchange.PackageData.PackagedMeeting;
import org.cutri.exchange.PackageData.PackagedOpinion;
import org.cutri.exchange.PackageData.PackagedRound;
import org.cutri.meeting.MeetingForm;
import org.cutri.meeting.MeetingStatus;
import org.cutri.office.OfficeService;
import org.cutri.opinion.Authority;
import org.cutri.opinion.OpinionKind;
import org.cutri.opinion.OpinionStatus;
import org.cutri.round.RoundKind;

/**
 * The rules a package's data must keep to fit the province's tables and make sense (docs/package-format.md):
 * present fields, lengths, fixed lists, dates within {@link PackageFormat#FIRST_YEAR}–{@link PackageFormat#LAST_YEAR},
 * counts that are not negative, ids and codes that are unique and point at something in the package. Each
 * broken rule is refused naming the entry, the element and the field.
 */
final class PackageChecks {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    /** A count of voters or votes. */
    private static final int MAX_COUNT = 1_000_000;
    /** The years as shown in messages (a number would be shown "1.945"). */
    private static final String FIRST = String.valueOf(PackageFormat.FIRST_YEAR);
    private static final String LAST = String.valueOf(PackageFormat.LAST_YEAR);

    private PackageChecks() {
    }

    /** A place in an entry: the entry's path and the steps to a field (names and list positions from 0). */
    record Spot(String entry, List<Object> path) {

        static Spot of(String entry, Object... steps) {
            return new Spot(entry, List.of(steps));
        }

        Spot at(Object step) {
            List<Object> longer = new ArrayList<>(path);
            longer.add(step);
            return new Spot(entry, List.copyOf(longer));
        }

        UserException refusal(String problem, Object... args) {
            return PackageRefusal.of(entry, path, PackageRefusal.problem(problem, args));
        }

        void require(boolean condition, String problem, Object... args) {
            if (!condition) {
                throw refusal(problem, args);
            }
        }

        /** The field is present (not null). */
        void present(String field, Object value) {
            at(field).require(value != null, "missing");
        }

        /** A text of at most {@code max} characters, required (not blank) or not. */
        void text(String field, String value, boolean required, int max) {
            at(field).text(value, required, max);
        }

        /** This place holds a text of at most {@code max} characters. */
        void text(String value, boolean required, int max) {
            if (required) {
                require(value != null, "missing");
                require(!value.isBlank(), "blank");
            }
            require(value == null || value.length() <= max, "tooLong", max, value == null ? 0 : value.length());
        }

        /** A date within the years of the format. */
        void date(String field, LocalDate value, boolean required) {
            Spot spot = at(field);
            spot.require(!required || value != null, "missing");
            spot.require(PackageFormat.plausible(value), "dateRange", String.valueOf(value), FIRST, LAST);
        }

        /** The name of a constant of a fixed list. */
        void oneOf(String field, String value, Class<? extends Enum<?>> type, boolean required) {
            Spot spot = at(field);
            spot.require(!required || value != null, "missing");
            if (value != null) {
                List<String> names = new ArrayList<>();
                for (Enum<?> constant : type.getEnumConstants()) {
                    names.add(constant.name());
                }
                spot.require(names.contains(value), "oneOf", value, String.join(", ", names));
            }
        }

        /** A count from 0 to {@code max}; null allowed. */
        void count(String field, Integer value, int max) {
            at(field).require(value == null || value >= 0 && value <= max, "range", String.valueOf(value), 0, max);
        }
    }

    /** {@code manifest.json}, after its format and version were found right. */
    static void manifest(PackageManifest m) {
        Spot top = Spot.of(PackageFormat.MANIFEST);
        top.present("commune", m.commune());
        top.present("round", m.round());
        top.present("counts", m.counts());
        top.present("entries", m.entries());
        top.present("created_at", m.createdAt());
        top.text("program_version", m.programVersion(), true, 40);
        Instant created = m.createdAt();
        top.at("created_at").require(PackageFormat.plausibleYear(created.atZone(ZoneOffset.UTC).getYear()), "dateRange",
                created.toString(), FIRST, LAST);
        top.at("sequence").require(m.sequence() >= 1, "range", String.valueOf(m.sequence()), 1, Integer.MAX_VALUE);
        top.at("previous_sha256").require(m.previousSha256() == null || SHA256.matcher(m.previousSha256()).matches(),
                "sha256");
        Spot signature = top.at("signature");
        signature.text("algorithm", m.signature().algorithm(), true, 20);
        signature.text("public_key", m.signature().publicKey(), true, 200);
        signature.text("value", m.signature().value(), true, 200);

        Spot commune = top.at("commune");
        commune.present("code", m.commune().code());
        commune.at("code").require(OfficeService.validCode(m.commune().code()), "communeCode", m.commune().code());
        commune.text("name", m.commune().name(), true, 200);
        commune.text("province", m.commune().province(), false, 200);

        Spot round = top.at("round");
        round.text("name", m.round().name(), true, 300);
        round.oneOf("kind", m.round().kind(), RoundKind.class, false);
        round.date("start_date", m.round().startDate(), false);
        round.date("end_date", m.round().endDate(), false);
        round.date("session_date", m.round().sessionDate(), false);

        Spot counts = top.at("counts");
        counts.count("meetings", m.counts().meetings(), PackageFormat.MAX_MEETINGS);
        counts.count("opinions", m.counts().opinions(), PackageFormat.MAX_OPINIONS);
        counts.count("groups", m.counts().groups(), PackageFormat.MAX_GROUPS);

        long total = 0;
        Set<String> paths = new HashSet<>();
        for (int i = 0; i < m.entries().size(); i++) {
            PackageManifest.Entry entry = m.entries().get(i);
            Spot spot = top.at("entries").at(i);
            spot.require(entry != null, "missing");
            spot.present("path", entry.path());
            spot.present("sha256", entry.sha256());
            if (!PackageFormat.safeEntryName(entry.path()) || entry.path().equals(PackageFormat.MANIFEST)) {
                throw new UserException("exchange.refused.unsafePath", entry.path());
            }
            spot.at("path").require(paths.add(entry.path()), "twice", entry.path());
            spot.at("sha256").require(SHA256.matcher(entry.sha256()).matches(), "sha256");
            long max = PackageFormat.DATA_FILES.contains(entry.path()) ? PackageFormat.MAX_DATA_ENTRY_BYTES
                    : PackageFormat.MAX_ENTRY_BYTES;
            spot.at("size").require(entry.size() >= 0, "range", String.valueOf(entry.size()), 0, max);
            if (entry.size() > max) {
                throw new UserException("exchange.refused.entryTooBig", entry.path(), max >> 20);
            }
            total += entry.size();
        }
        if (total > PackageFormat.MAX_TOTAL_BYTES) {
            throw new UserException("exchange.refused.tooLarge", PackageFormat.MAX_TOTAL_BYTES >> 20);
        }
        for (String required : PackageFormat.DATA_FILES) {
            top.at("entries").require(paths.contains(required), "notListed", required);
        }
    }

    /** {@code data/round.json}: the same round as the manifest's, with sane dates. */
    static void round(PackageManifest m, PackageData.RoundFile file) {
        Spot top = Spot.of(PackageFormat.ROUND);
        formatVersion(top, file.formatVersion());
        top.present("round", file.round());
        PackagedRound round = file.round();
        Spot spot = top.at("round");
        spot.at("id").require(round.id() == m.round().id(), "differs", String.valueOf(round.id()),
                String.valueOf(m.round().id()));
        spot.text("name", round.name(), true, 300);
        spot.oneOf("kind", round.kind(), RoundKind.class, true);
        spot.date("deployment_date", round.deploymentDate(), false);
        spot.date("start_date", round.startDate(), true);
        spot.date("end_date", round.endDate(), true);
        spot.date("handin_deadline", round.handinDeadline(), false);
        spot.date("compilation_date", round.compilationDate(), false);
        spot.date("session_date", round.sessionDate(), false);
        spot.at("plan_year").require(round.planYear() == null || PackageFormat.plausibleYear(round.planYear()),
                "range", String.valueOf(round.planYear()), FIRST, LAST);
        spot.count("plan_number", round.planNumber(), MAX_COUNT);
    }

    /** One meeting; {@code ids} collects the meetings' ids to find twice-used ones. */
    static void meeting(int index, PackagedMeeting meeting, Set<Integer> ids) {
        Spot spot = Spot.of(PackageFormat.MEETINGS, "meetings", index);
        spot.at("id").require(ids.add(meeting.id()), "twice", String.valueOf(meeting.id()));
        spot.date("date", meeting.date(), true);
        spot.oneOf("form", meeting.form(), MeetingForm.class, true);
        spot.oneOf("status", meeting.status(), MeetingStatus.class, true);
        spot.text("venue", meeting.venue(), false, 300);
        spot.text("chair_name", meeting.chairName(), false, 200);
        spot.text("secretary_name", meeting.secretaryName(), false, 200);
        spot.count("voters_invited", meeting.votersInvited(), MAX_COUNT);
        spot.count("voters_present", meeting.votersPresent(), MAX_COUNT);
        spot.present("hamlets", meeting.hamlets());
        for (int i = 0; i < meeting.hamlets().size(); i++) {
            spot.at("hamlets").at(i).text(meeting.hamlets().get(i), true, 200);
        }
        spot.at("hamlets").require(String.join(", ", meeting.hamlets()).length() <= 2000, "tooLong", 2000,
                String.join(", ", meeting.hamlets()).length());
        spot.present("deputies", meeting.deputies());
        for (int i = 0; i < meeting.deputies().size(); i++) {
            Attendance deputy = meeting.deputies().get(i);
            Spot one = spot.at("deputies").at(i);
            one.require(deputy != null, "missing");
            one.text("name", deputy.name(), true, 200);
            one.oneOf("level", deputy.level(), CouncilLevel.class, true);
        }
    }

    /** One opinion; {@code codes} collects the codes to find twice-used ones. */
    static void opinion(int index, PackagedOpinion o, PackageManifest m, Set<Integer> meetingIds, Set<String> codes) {
        Spot spot = Spot.of(PackageFormat.OPINIONS, "opinions", index);
        spot.text("code", o.code(), true, 40);
        spot.at("code").require(codes.add(o.code()), "twice", o.code());
        spot.at("meeting_id").require(meetingIds.contains(o.meetingId()), "unknownMeeting", String.valueOf(o.meetingId()));
        spot.at("seq").require(o.seq() >= 0, "range", String.valueOf(o.seq()), 0, Integer.MAX_VALUE);
        spot.text("content", o.content(), true, 4000);
        spot.text("hamlet", o.hamlet(), false, 200);
        spot.text("field", o.field(), false, 100);
        spot.text("authority_body", o.authorityBody(), false, 300);
        spot.text("speaker_name", o.speakerName(), false, 200);
        spot.text("answered_by", o.answeredBy(), false, 200);
        spot.text("answer_text", o.answerText(), false, 4000);
        spot.oneOf("kind", o.kind(), OpinionKind.class, true);
        spot.oneOf("status", o.status(), OpinionStatus.class, true);
        spot.oneOf("authority", o.authority(), Authority.class, false);
        spot.count("votes_for", o.votesFor(), MAX_COUNT);
        spot.count("voters_present", o.votersPresent(), MAX_COUNT);
        spot.at("speaker_name").require(m.withNames() || o.speakerName() == null, "nameWithoutConsent");
    }

    /** One group of the same issue: its opinions are opinions of the package, each once. */
    static void group(int index, PackagedGroup group, Set<Integer> ids, Set<String> codes) {
        Spot spot = Spot.of(PackageFormat.GROUPS, "groups", index);
        spot.at("id").require(ids.add(group.id()), "twice", String.valueOf(group.id()));
        spot.text("title", group.title(), true, 4000);
        spot.present("opinion_codes", group.opinionCodes());
        Set<String> members = new HashSet<>();
        for (int i = 0; i < group.opinionCodes().size(); i++) {
            String code = group.opinionCodes().get(i);
            Spot member = spot.at("opinion_codes").at(i);
            member.require(code != null && codes.contains(code), "unknownOpinion", String.valueOf(code));
            member.require(members.add(code), "twice", code);
        }
    }

    /** The manifest's counts are those of the data files. */
    static void counts(PackageManifest m, int meetings, int opinions, int groups) {
        Spot counts = Spot.of(PackageFormat.MANIFEST, "counts");
        counts.at("meetings").require(m.counts().meetings() == meetings, "differs", m.counts().meetings(), meetings);
        counts.at("opinions").require(m.counts().opinions() == opinions, "differs", m.counts().opinions(), opinions);
        counts.at("groups").require(m.counts().groups() == groups, "differs", m.counts().groups(), groups);
    }

    static void formatVersion(Spot top, int version) {
        top.at("format_version").require(version == PackageFormat.FORMAT_VERSION, "differs", version,
                PackageFormat.FORMAT_VERSION);
    }
}
