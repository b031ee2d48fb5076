package org.cutri.constituency;

import org.cutri.council.CouncilLevel;

/**
 * An electoral constituency (đơn vị bầu cử) of one council level in one term. Numbers belong to
 * each level: constituency 2 of the commune council is not constituency 2 of the province council.
 *
 * @param hamletCount how many of the commune's hamlets lie in it
 * @param deputyCount how many deputies were elected in it
 */
public record Constituency(int id, int termId, CouncilLevel level, int number, String description,
        int hamletCount, int deputyCount) {
}
