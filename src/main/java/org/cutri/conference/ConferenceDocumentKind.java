package org.cutri.conference;

/** The documents a conference prints. */
public enum ConferenceDocumentKind {
    /** CHƯƠNG TRÌNH hội nghị. */
    PROGRAMME,
    /** GIẤY MỜI, one per invited participant, one per page. */
    INVITATIONS,
    /** DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG (.docx, .pdf or .xlsx). */
    COMMENDATIONS,
    /** DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ with attendance and absence reasons. */
    ATTENDANCE
}
