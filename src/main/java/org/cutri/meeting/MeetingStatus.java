package org.cutri.meeting;

/** Where a meeting stands (dự kiến / đã tổ chức / hoãn). */
public enum MeetingStatus {
    PLANNED("dự kiến"),
    HELD("đã tổ chức"),
    POSTPONED("hoãn");

    private final String label;

    MeetingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
