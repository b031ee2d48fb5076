package org.cutri.deputy;

import org.cutri.council.CouncilLevel;

/**
 * A deputy (đại biểu) of a council or of the National Assembly, elected for a term in a constituency.
 *
 * @param constituencyNumber the number of the constituency, shown in lists (null when not set)
 * @param assignedHamlets how many hamlets the deputy is assigned to meet
 */
public record Deputy(int id, String fullName, CouncilLevel level, int termId, Integer constituencyId,
        Integer constituencyNumber, String position, String deputyGroup, int assignedHamlets) {
}
