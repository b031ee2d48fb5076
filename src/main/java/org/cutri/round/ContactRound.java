package org.cutri.round;

import java.time.LocalDate;

/**
 * A round of voter-contact meetings (đợt tiếp xúc cử tri): the session it serves, its kind and its
 * timetable, and the plan document's number once printed.
 *
 * @param sessionId the council session it serves (null for thematic or election rounds without one)
 * @param name how the round is called in lists and documents
 * @param deploymentDate the deployment meeting (hội nghị triển khai)
 * @param startDate first day of the hamlet meetings
 * @param endDate last day of the hamlet meetings
 * @param handinDeadline the day hamlets must hand in their opinions
 * @param compilationDate the day the office compiles them
 * @param sessionDate the day the session opens
 * @param planYear year of the plan's number
 * @param planNumber the plan's number in the office's yearly sequence (null until given)
 * @param planDate the date printed on the plan
 */
public record ContactRound(int id, Integer sessionId, RoundKind kind, String name, LocalDate deploymentDate,
        String deploymentVenue, LocalDate startDate, LocalDate endDate, LocalDate handinDeadline,
        LocalDate compilationDate, LocalDate sessionDate, Integer planYear, Integer planNumber, LocalDate planDate) {
}
