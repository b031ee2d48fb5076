package org.cutri.meeting;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.cutri.council.CouncilLevel;

/**
 * A voter-contact meeting (hội nghị tiếp xúc cử tri) of a round, for one or more hamlets, with its
 * minutes (biên bản): who chaired and kept the minutes, deputies assigned and present, voters.
 */
public record Meeting(MeetingRow row, List<HamletRef> hamlets, List<DeputyRef> deputies) {

    /** The order meetings are read and shown in: by date, then start time (none first), then as created. */
    public static final Comparator<Meeting> IN_DATE_ORDER = Comparator.comparing((Meeting m) -> m.row().meetingDate())
            .thenComparing(m -> m.row().startTime(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(Meeting::id);

    public Meeting {
        hamlets = List.copyOf(hamlets);
        deputies = List.copyOf(deputies);
    }

    public int id() {
        return row.id();
    }

    /** "Xóm Bến, Thôn Đông Hải". */
    public String hamletNames() {
        return hamlets.stream().map(HamletRef::name).collect(Collectors.joining(", "));
    }

    /** A hamlet the meeting is held for. */
    public record HamletRef(int id, String name, Integer constituencyNumber) {
    }

    /** A deputy assigned to the meeting, and whether the minutes recorded them present. */
    public record DeputyRef(int id, String fullName, CouncilLevel level, boolean present) {
    }
}
