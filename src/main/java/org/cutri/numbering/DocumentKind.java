package org.cutri.numbering;

import java.util.Optional;

/**
 * The kinds of document an office registers (tên loại văn bản, Nghị định 30/2020, Phụ lục III), with the code its
 * symbol carries ("05/KH-MTTQ-BTT"). A letter (công văn) has no code: its symbol is the office's alone ("05/MTTQ-BTT").
 */
public enum DocumentKind {
    PLAN("KH", "Kế hoạch"),
    REPORT("BC", "Báo cáo"),
    MINUTES("BB", "Biên bản"),
    INVITATION("GM", "Giấy mời"),
    NOTICE("TB", "Thông báo"),
    LETTER("CV", "Công văn"),
    DECISION("QĐ", "Quyết định"),
    PROGRAMME("CTr", "Chương trình"),
    SUBMISSION("TTr", "Tờ trình"),
    INTRODUCTION("GGT", "Giấy giới thiệu");

    private final String code;
    private final String documentName;

    DocumentKind(String code, String documentName) {
        this.code = code;
        this.documentName = documentName;
    }

    /** The code stored in the register ("KH"); for a letter "CV", which its symbol leaves out. */
    public String code() {
        return code;
    }

    /** The kind's name as the register book writes it ("Kế hoạch"): a document word, the same in every language. */
    public String documentName() {
        return documentName;
    }

    /** The kind of a stored code, ignoring case ("kh" is a plan). */
    public static Optional<DocumentKind> ofCode(String code) {
        for (DocumentKind kind : values()) {
            if (kind.code.equalsIgnoreCase(code == null ? "" : code.strip())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /**
     * The symbol of number {@code number} of a document of this code: "05/KH-MTTQ-BTT", two digits at least; a letter
     * (code "CV") "05/MTTQ-BTT".
     */
    public static String symbol(int number, String typeCode, String officeCode) {
        boolean letter = LETTER.code.equalsIgnoreCase(typeCode);
        return String.format("%02d/%s%s", number, letter ? "" : typeCode + "-", officeCode);
    }
}
