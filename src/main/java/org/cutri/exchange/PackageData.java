package org.cutri.exchange;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The data files of a package ({@code data/*.json}). Ids are the commune's own ids; opinions carry their
 * codes. Every file starts with the format version.
 */
public final class PackageData {

    private PackageData() {
    }

    /** {@code data/round.json}. */
    public record RoundFile(int formatVersion, PackagedRound round) {
    }

    /** {@code data/meetings.json}. */
    public record MeetingsFile(int formatVersion, List<PackagedMeeting> meetings) {
        public MeetingsFile {
            meetings = meetings == null ? null : List.copyOf(meetings);
        }
    }

    /** {@code data/opinions.json}. */
    public record OpinionsFile(int formatVersion, List<PackagedOpinion> opinions) {
        public OpinionsFile {
            opinions = opinions == null ? null : List.copyOf(opinions);
        }
    }

    /** {@code data/groups.json}: the same issue raised in several hamlets, written once. */
    public record GroupsFile(int formatVersion, List<PackagedGroup> groups) {
        public GroupsFile {
            groups = groups == null ? null : List.copyOf(groups);
        }
    }

    public record PackagedRound(int id, String name, String kind, LocalDate deploymentDate, LocalDate startDate,
            LocalDate endDate, LocalDate handinDeadline, LocalDate compilationDate, LocalDate sessionDate,
            Integer planYear, Integer planNumber) {
    }

    /** A meeting with its hamlets and the deputies' attendance. */
    public record PackagedMeeting(int id, LocalDate date, LocalTime startTime, LocalTime endTime, String venue,
            String form, String status, List<String> hamlets, String chairName, String secretaryName,
            Integer votersInvited, Integer votersPresent, List<Attendance> deputies) {
        public PackagedMeeting {
            hamlets = hamlets == null ? null : List.copyOf(hamlets);
            deputies = deputies == null ? null : List.copyOf(deputies);
        }
    }

    /** A deputy assigned to a meeting and whether the minutes recorded them present. */
    public record Attendance(String name, String level, boolean present) {
    }

    /**
     * An opinion. {@code speakerName} is null unless the office chose to include names and the speaker agreed.
     * The answer given at the meeting travels with it.
     */
    public record PackagedOpinion(String code, int meetingId, int seq, String hamlet, String content, String kind,
            String field, String authority, String authorityBody, String speakerName, Integer votesFor,
            Integer votersPresent, boolean approved, boolean answeredAtMeeting, String answeredBy,
            String answerText, String status) {
    }

    /** A group of opinions about one issue, by their codes. */
    public record PackagedGroup(int id, String title, List<String> opinionCodes) {
        public PackagedGroup {
            opinionCodes = opinionCodes == null ? null : List.copyOf(opinionCodes);
        }
    }
}
