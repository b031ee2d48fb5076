package org.cutri.opinion;

/**
 * What the all-opinions list is narrowed to; each {@code null} means "all".
 *
 * @param hamletName the hamlet as the list shows it (an opinion without its own hamlet takes its meeting's)
 * @param approved true: only opinions the majority approved; false: only those it did not
 */
public record OpinionFilter(Integer roundId, String hamletName, Integer fieldId, Authority authority,
        OpinionKind kind, OpinionStatus status, Boolean approved) {

    /** No filter: every opinion. */
    public static final OpinionFilter ALL = new OpinionFilter(null, null, null, null, null, null, null);

    public boolean accepts(OpinionListItem item) {
        return (roundId == null || roundId == item.roundId())
                && (hamletName == null || hamletName.equals(item.hamletName()))
                && (fieldId == null || fieldId.equals(item.fieldId()))
                && (authority == null || authority == item.authority())
                && (kind == null || kind == item.kind())
                && (status == null || status == item.status())
                && (approved == null || approved == item.approved());
    }

    public boolean isEmpty() {
        return equals(ALL);
    }
}
