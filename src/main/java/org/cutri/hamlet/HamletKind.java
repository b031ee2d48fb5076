package org.cutri.hamlet;

import java.util.Arrays;
import java.util.Optional;

import org.cutri.common.text.VietText;

/** What a residential unit of the commune is called where it lies (thôn, xóm, ấp, bản, tổ dân phố, khu phố). */
public enum HamletKind {
    THON("Thôn"),
    XOM("Xóm"),
    AP("Ấp"),
    BAN("Bản"),
    TO_DAN_PHO("Tổ dân phố"),
    KHU_PHO("Khu phố");

    private final String label;

    HamletKind(String label) {
        this.label = label;
    }

    /** The Vietnamese word, capitalised as at the start of a name ("Tổ dân phố"). */
    public String label() {
        return label;
    }

    /** Reads the word as typed in a spreadsheet, ignoring case and diacritics ("to dan pho", "TDP"). */
    public static Optional<HamletKind> parse(String text) {
        String folded = VietText.fold(text);
        if ("tdp".equals(folded)) {
            return Optional.of(TO_DAN_PHO);
        }
        return Arrays.stream(values()).filter(k -> VietText.fold(k.label).equals(folded)).findFirst();
    }

    /** The kind a name starts with ("Xóm Bến" is a xóm), if any. */
    public static Optional<HamletKind> fromName(String name) {
        String folded = VietText.fold(name);
        return Arrays.stream(values())
                .sorted((a, b) -> b.label.length() - a.label.length())
                .filter(k -> folded.startsWith(VietText.fold(k.label) + " "))
                .findFirst();
    }
}
