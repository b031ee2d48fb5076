package org.cutri.answer.importing;

import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Which matches by content the user confirmed: all of them (the command line's {@code --accept-text-matches}), or
 * those of the given rows, each with the issue it was shown matched to (by {@link AnswerTarget#key()}). A match by
 * content not confirmed is left out.
 */
public record ConfirmedMatches(boolean all, Map<Integer, String> rows) {

    public static final ConfirmedMatches NONE = new ConfirmedMatches(false, Map.of());
    public static final ConfirmedMatches ALL = new ConfirmedMatches(true, Map.of());

    public ConfirmedMatches {
        rows = Map.copyOf(rows);
    }

    /** The rows confirmed, each with the key of the issue shown (a commune's lead opinion id is its key). */
    public static ConfirmedMatches rows(Map<Integer, ?> issueKeyByRow) {
        return new ConfirmedMatches(false, issueKeyByRow.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue()))));
    }

    boolean covers(AnswerImportRow row) {
        return all || Objects.equals(rows.get(row.row()), row.issue().key());
    }
}
