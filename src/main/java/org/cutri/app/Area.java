package org.cutri.app;

/** The areas of the main window's sidebar. Work areas other than the register come with later versions. */
public enum Area {
    PROFILE(Group.REGISTER, true),
    COUNCIL(Group.REGISTER, true),
    HAMLETS(Group.REGISTER, true),
    CONSTITUENCIES(Group.REGISTER, true),
    DEPUTIES(Group.REGISTER, true),
    ASSIGNMENTS(Group.REGISTER, true),
    ROUNDS(Group.WORK, true),
    MEETINGS(Group.WORK, true),
    OPINIONS(Group.WORK, true),
    REPORTS(Group.WORK, false);

    /** The sidebar sections. */
    public enum Group { REGISTER, WORK }

    private final Group group;
    private final boolean available;

    Area(Group group, boolean available) {
        this.group = group;
        this.available = available;
    }

    public Group group() {
        return group;
    }

    /** False for areas that this version does not have yet (shown greyed with a note). */
    public boolean available() {
        return available;
    }

    /** The message key of the sidebar label. */
    public String key() {
        return "app.nav." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
