package org.cutri.conference;

import java.time.LocalTime;

/**
 * An item of the programme (chương trình hội nghị).
 *
 * @param position its place, from 1
 * @param startTime when it starts; may be null
 * @param presenter who takes it ("Đồng chí Chủ tịch Ủy ban MTTQ xã"); may be null
 */
public record ProgrammeItem(int id, int conferenceId, int position, LocalTime startTime, String content,
        String presenter) {
}
