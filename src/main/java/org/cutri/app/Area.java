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
    /** Following up the answers to the voters' opinions (trả lời cử tri). */
    ANSWERS(Group.WORK, true),
    /** Shown at both kinds of office: a commune compiles its round, the province its communes' rounds. */
    REPORTS(Group.WORK, true, null),
    EXCHANGE(Group.WORK, true),
    // The office's other work (issue 12): each new area goes below, in Group.OFFICE, one line each.
    /** The duty calendar (việc sắp đến hạn): shown at start while duties are overdue or due within three days. */
    DUTIES(Group.OFFICE, true),
    /** The office's plans (kế hoạch) and the plans received from the level above. */
    PLANS(Group.OFFICE, true),
    /** Public-sentiment notes and the periodic report (tình hình Nhân dân). */
    SENTIMENT(Group.OFFICE, true),
    /** The summary conferences (hội nghị tổng kết): programme, participants, papers, commendations, invitations. */
    CONFERENCES(Group.OFFICE, true),
    /** Comments on draft documents (góp ý dự thảo văn kiện): the drafts, their sections and the comments. */
    DRAFT_COMMENTS(Group.OFFICE, true),
    /** The outgoing-document register (sổ văn bản đi): every number the office gives. */
    DOCUMENTS(Group.OFFICE, true),
    PROVINCE_IMPORT(Group.PROVINCE, true, org.cutri.office.OfficeKind.PROVINCE),
    PROVINCE_SUMMARY(Group.PROVINCE, true, org.cutri.office.OfficeKind.PROVINCE),
    /** Answers to the communes' opinions, recorded at the province (they travel back in return packages). */
    PROVINCE_ANSWERS(Group.PROVINCE, true, org.cutri.office.OfficeKind.PROVINCE),
    /** Backups and restore: at both kinds of office. */
    BACKUPS(Group.DATA, true, null),
    /** The password that protects the data: at both kinds of office. */
    PROTECTION(Group.DATA, true, null),
    /** Where the data is: the file on this PC, or a province's database server (decision 0048). */
    CONNECTION(Group.DATA, true, null),
    /** The audit trail (nhật ký thao tác): at both kinds of office. */
    AUDIT(Group.DATA, true, null),
    /** A person's data: finding, correcting and erasing a name, at both kinds of office. */
    PERSON(Group.DATA, true, null);

    /** The sidebar sections. */
    public enum Group { REGISTER, WORK, OFFICE, PROVINCE, DATA }

    private final Group group;
    private final boolean available;
    private final org.cutri.office.OfficeKind office;

    Area(Group group, boolean available) {
        this(group, available, org.cutri.office.OfficeKind.COMMUNE);
    }

    Area(Group group, boolean available, org.cutri.office.OfficeKind office) {
        this.group = group;
        this.available = available;
        this.office = office;
    }

    /** The kind of office this area is for: a province office sees only its own areas, a commune office its own. */
    public org.cutri.office.OfficeKind office() {
        return office;
    }

    /** True for the areas that work on the data file of the PC only (backups, its password): not on a server. */
    public boolean fileOnly() {
        return this == BACKUPS || this == PROTECTION;
    }

    /** Whether the sidebar shows this area at an office of this kind (null office: at both). */
    public boolean shownAt(org.cutri.office.OfficeKind kind) {
        return office == null || office == kind;
    }

    public Group group() {
        return group;
    }

    /** False for areas that this version does not have yet (shown greyed with a note). */
    public boolean available() {
        return available;
    }

    /**
     * The section of the user guide ({@code docs/huong-dan-su-dung.md}) about this area's screen, by its heading
     * without the chapter number: F1 opens the guide there. GuideSectionsTest checks each against the shipped guide.
     */
    public String guideSection() {
        return switch (this) {
            case PROFILE -> "Thông tin đơn vị";
            case COUNCIL -> "Nhiệm kỳ và kỳ họp";
            case HAMLETS -> "Thôn, xóm";
            case CONSTITUENCIES -> "Đơn vị bầu cử";
            case DEPUTIES -> "Đại biểu";
            case ASSIGNMENTS -> "Phân công tiếp xúc cử tri";
            case ROUNDS -> "Lập kế hoạch một đợt tiếp xúc cử tri";
            case MEETINGS -> "Ghi biên bản hội nghị và ý kiến cử tri";
            case OPINIONS -> "Tìm lại ý kiến";
            case ANSWERS -> "Theo dõi trả lời ý kiến cử tri";
            case REPORTS -> "Tổng hợp ý kiến và lập báo cáo";
            case EXCHANGE -> "Gửi gói dữ liệu lên tỉnh bằng USB";
            case DUTIES -> "Việc sắp đến hạn";
            case PLANS -> "Kế hoạch";
            case SENTIMENT -> "Báo cáo tình hình Nhân dân";
            case CONFERENCES -> "Hội nghị tổng kết";
            case DRAFT_COMMENTS -> "Góp ý dự thảo văn kiện";
            case DOCUMENTS -> "Sổ văn bản đi";
            // The receiving and the summary screens share one chapter (its parts are not headings).
            case PROVINCE_IMPORT, PROVINCE_SUMMARY -> "Tại Ban Thường trực tỉnh: nhận và tổng hợp gói của các xã";
            case PROVINCE_ANSWERS -> "Tại Ban Thường trực tỉnh: ghi trả lời cho ý kiến của các xã";
            case BACKUPS -> "Sao lưu và khôi phục dữ liệu";
            case PROTECTION -> "Mật khẩu bảo vệ dữ liệu";
            case CONNECTION -> "Kết nối từng máy";
            case AUDIT -> "Nhật ký thao tác";
            case PERSON -> "Dữ liệu cá nhân của cử tri và người tham dự";
        };
    }

    /** The message key of the sidebar label. */
    public String key() {
        return "app.nav." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
