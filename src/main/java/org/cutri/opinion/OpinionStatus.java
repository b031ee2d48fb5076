package org.cutri.opinion;

/**
 * Where an opinion stands (mới / đã chuyển / đang giải quyết / đã trả lời / tồn đọng / không thuộc thẩm quyền).
 * Its follow-up details (letters, dates, the answer) are in {@code org.cutri.answer}.
 */
public enum OpinionStatus {
    NEW("Mới"),
    FORWARDED("Đã chuyển"),
    IN_PROGRESS("Đang giải quyết"),
    ANSWERED("Đã trả lời"),
    PENDING("Tồn đọng"),
    /** Not for the authorities this office deals with: redirected elsewhere (the follow-up says where). */
    NOT_COMPETENT("Không thuộc thẩm quyền");

    private final String label;

    OpinionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
