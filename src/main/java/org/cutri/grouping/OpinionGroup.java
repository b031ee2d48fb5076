package org.cutri.grouping;

import java.time.LocalDateTime;

/**
 * A same-issue group (nhóm ý kiến trùng): opinions of several hamlets the report writes once.
 *
 * @param roundId the round; null for a province-wide group
 * @param wording the secretary's wording of the issue
 */
public record OpinionGroup(int id, Integer roundId, String wording, GroupStatus status, LocalDateTime createdAt) {
}
