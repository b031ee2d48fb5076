package org.cutri.report;

import java.util.List;

/**
 * How a round went, for section I of the report.
 *
 * @param hamlets the hamlets that held their meeting, in order (at the province: "xã A: thôn X")
 * @param deputies deputies assigned and present, one line per council level
 */
public record RoundFacts(int meetingsHeld, int meetingsPlanned, List<String> hamlets, int votersInvited,
        int votersPresent, List<DeputyCount> deputies) {

    public RoundFacts {
        hamlets = List.copyOf(hamlets);
        deputies = List.copyOf(deputies);
    }

    /** Deputies of one level ("HĐND xã") assigned to the round's meetings and those who came. */
    public record DeputyCount(String level, int assigned, int present) {
    }
}
