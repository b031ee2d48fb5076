package org.cutri.opinion;

import java.util.Arrays;
import java.util.Optional;

import org.cutri.common.text.VietText;

/**
 * Who must answer an opinion (thẩm quyền giải quyết). {@link #OTHER} names its body apart (e.g. the power
 * company). Declared in the order the compiled report lists them.
 */
public enum Authority {
    CENTRAL("Trung ương"),
    PROVINCE("Tỉnh"),
    COMMUNE("Xã"),
    HAMLET("Thôn"),
    OTHER("Cơ quan khác");

    private final String label;

    Authority(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads an authority as typed in a spreadsheet ("xa", "Cấp tỉnh", "TW", "thon"). */
    public static Optional<Authority> parse(String text) {
        String folded = VietText.fold(text).replace("cap ", "").strip();
        return switch (folded) {
            case "trung uong", "tw", "quoc hoi", "chinh phu" -> Optional.of(CENTRAL);
            case "tinh", "thanh pho" -> Optional.of(PROVINCE);
            case "xa", "phuong", "dac khu" -> Optional.of(COMMUNE);
            case "thon", "xom", "ap", "ban", "to dan pho", "khu pho" -> Optional.of(HAMLET);
            case "khac", "co quan khac", "other" -> Optional.of(OTHER);
            default -> Arrays.stream(values()).filter(a -> VietText.fold(a.label).equals(folded)).findFirst();
        };
    }
}
