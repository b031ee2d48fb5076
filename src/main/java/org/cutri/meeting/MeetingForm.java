package org.cutri.meeting;

/** How a meeting is held (hình thức). */
public enum MeetingForm {
    IN_PERSON("trực tiếp"),
    ONLINE("trực tuyến"),
    HYBRID("kết hợp trực tiếp và trực tuyến");

    private final String label;

    MeetingForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
