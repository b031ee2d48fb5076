package org.cutri.deputy;

import org.cutri.council.CouncilLevel;

/** What the user typed for a deputy, before it is stored. */
public record DeputyDraft(String fullName, CouncilLevel level, Integer termId, Integer constituencyId,
        String position, String deputyGroup) {
}
