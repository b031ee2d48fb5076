package org.cutri.draft;

/**
 * A section of a draft as its headings make it (Phần, Chương, I., 1., a) …).
 *
 * @param parentId the section it sits in, null at the top
 * @param level 1 at the top
 * @param label the numbering as written ("Phần thứ nhất", "I.", "1.", "a)"), may be empty
 * @param body the paragraphs under the heading, one per line; may be null
 * @param position its order in the whole draft, from 1
 */
public record DraftSection(int id, int draftId, Integer parentId, int level, String label, String heading,
        String body, int position) {

    /** The label and the heading, as a reader names the section: "I. Đánh giá kết quả …". */
    public String title() {
        return label.isEmpty() ? heading : heading.isEmpty() ? label : label + " " + heading;
    }
}
