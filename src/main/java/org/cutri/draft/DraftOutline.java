package org.cutri.draft;

import java.util.List;

/**
 * The structure read from a draft's file: the text before the first heading and the headings in order with their
 * depth and body.
 */
public record DraftOutline(String preamble, List<Item> items) {

    /** A heading read from the file: {@code level} 1 at the top. */
    public record Item(int level, String label, String heading, String body) {

        public String title() {
            return label.isEmpty() ? heading : heading.isEmpty() ? label : label + " " + heading;
        }
    }
}
