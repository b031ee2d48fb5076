package org.cutri.constituency;

import org.cutri.council.CouncilLevel;

/**
 * One row of the hamlet checklist query: a hamlet and one constituency of the term it lies in (all
 * constituency columns null when it lies in none).
 */
public record HamletPlacement(int hamletId, String hamletName, Integer constituencyId, CouncilLevel level,
        Integer number) {
}
