package org.cutri.draft;

/**
 * Where a comment comes from: a meeting held to collect comments (hội nghị), a hamlet or residential group (thôn, tổ
 * dân phố), a member organisation (tổ chức thành viên, đoàn thể), or one person (cá nhân).
 */
public enum SourceKind {
    MEETING,
    HAMLET,
    ORGANISATION,
    PERSON
}
