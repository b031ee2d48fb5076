package org.cutri.province;

import java.time.LocalDate;
import java.util.List;

/**
 * The communes' rounds the province compiles together: packages of the same kind serving sessions on the
 * same day (or, without a session date, of the same name).
 *
 * @param label how the set is shown ("Trước kỳ họp — 17/12/2026 (3 xã)")
 * @param rounds the communes' rounds in it
 */
public record ProvinceRoundSet(String label, String name, LocalDate sessionDate, List<CommuneRound> rounds) {

    public ProvinceRoundSet {
        rounds = List.copyOf(rounds);
    }

    /** One commune's round as imported. */
    public record CommuneRound(String communeCode, String communeName, int roundKey, String roundName) {
    }
}
