package org.cutri.report;

import java.util.List;

/**
 * How a round went, for section I of the report.
 *
 * @param hamlets the hamlets that held their meeting, in order (at the province: one line per commune, "xã A: thôn X, Y")
 * @param deputies deputies assigned and present, one line per council level
 * @param invitedRecorded held meetings whose invited voters were entered (the others count nothing)
 * @param presentRecorded held meetings whose voters present were entered
 */
public record RoundFacts(int meetingsHeld, int meetingsPlanned, List<String> hamlets, int votersInvited,
        int votersPresent, List<DeputyCount> deputies, int invitedRecorded, int presentRecorded) {

    public RoundFacts {
        hamlets = List.copyOf(hamlets);
        deputies = List.copyOf(deputies);
    }

    /** Facts whose voter numbers were entered for every held meeting (as the province's packages give them). */
    public RoundFacts(int meetingsHeld, int meetingsPlanned, List<String> hamlets, int votersInvited,
            int votersPresent, List<DeputyCount> deputies) {
        this(meetingsHeld, meetingsPlanned, hamlets, votersInvited, votersPresent, deputies, meetingsHeld,
                meetingsHeld);
    }

    /**
     * Deputies of one level ("HĐND xã") assigned to the round's meetings and those who came: distinct deputies
     * ({@code assigned}, {@code present}) and attendances, one per deputy and meeting ({@code assignedTimes},
     * {@code presentTimes}); a deputy assigned to three hamlets counts once and three times.
     */
    public record DeputyCount(String level, int assigned, int present, int assignedTimes, int presentTimes) {

        /** Counts where each deputy attended one meeting (attendances equal deputies). */
        public DeputyCount(String level, int assigned, int present) {
            this(level, assigned, present, assigned, present);
        }
    }
}
