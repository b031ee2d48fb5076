package org.cutri.conference;

/**
 * A line of the commendation list (danh sách đề nghị khen thưởng).
 *
 * @param name the collective's or the person's name
 * @param unit the person's unit (or the collective's level); may be null
 * @param form the form ("Giấy khen của Ban Thường trực Ủy ban MTTQ Việt Nam xã")
 * @param achievement the achievement in a few words; may be null
 */
public record Commendation(int id, int conferenceId, int position, CommendationKind kind, String name, String unit,
        String form, String achievement) {
}
