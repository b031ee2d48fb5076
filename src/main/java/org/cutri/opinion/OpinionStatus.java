package org.cutri.opinion;

/** Where an opinion stands (mới / đã chuyển / đang giải quyết / đã trả lời / tồn đọng). */
public enum OpinionStatus {
    NEW("Mới"),
    FORWARDED("Đã chuyển"),
    IN_PROGRESS("Đang giải quyết"),
    ANSWERED("Đã trả lời"),
    PENDING("Tồn đọng");

    private final String label;

    OpinionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
