package org.cutri.grouping;

/**
 * One opinion as the same-issue grouping sees it.
 *
 * @param id the opinion's id (any number unique in the list)
 * @param text what the voters said
 * @param field the field's id or name (lĩnh vực); null when not set. Equal fields add a small bonus only
 * @param place the hamlet (thôn, xóm) that raised it, by id or name; null when unknown
 * @param commune the commune, for province-wide grouping; null within one commune
 */
public record GroupCandidate(int id, String text, String field, String place, String commune) {

    /** The place as the grouping compares it: hamlet within the commune. */
    String placeKey() {
        return (commune == null ? "" : commune) + "\u0000" + (place == null ? "#" + id : place);
    }
}
