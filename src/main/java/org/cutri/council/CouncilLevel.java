package org.cutri.council;

import java.util.Arrays;
import java.util.Optional;

import org.cutri.common.text.VietText;

/**
 * The elected body a deputy, a constituency or a session belongs to (cấp). Since 1 July 2025 there is
 * no district level: {@link #DISTRICT} is kept only to read old data and is never offered for new rows.
 */
public enum CouncilLevel {
    COMMUNE("HĐND xã", true),
    PROVINCE("HĐND tỉnh", true),
    NATIONAL("Quốc hội", true),
    DISTRICT("HĐND huyện", false);

    private final String label;
    private final boolean current;

    CouncilLevel(String label, boolean current) {
        this.label = label;
        this.current = current;
    }

    /** The Vietnamese name used in documents and spreadsheets ("HĐND xã"). */
    public String label() {
        return label;
    }

    /** False for the legacy district level. */
    public boolean current() {
        return current;
    }

    /** The levels offered for new rows. */
    public static CouncilLevel[] choices() {
        return Arrays.stream(values()).filter(CouncilLevel::current).toArray(CouncilLevel[]::new);
    }

    /**
     * Reads a level as offices write it: "HĐND xã", "hdnd xa", "Xã", "Quốc hội", "QH", "tỉnh"...
     */
    public static Optional<CouncilLevel> parse(String text) {
        String folded = VietText.fold(text).replace("hdnd", "").replace("cap", "").strip();
        return switch (folded) {
            case "xa", "phuong", "dac khu", "commune" -> Optional.of(COMMUNE);
            case "tinh", "thanh pho", "province" -> Optional.of(PROVINCE);
            case "quoc hoi", "qh", "dbqh", "national assembly" -> Optional.of(NATIONAL);
            case "huyen", "district" -> Optional.of(DISTRICT);
            default -> Optional.empty();
        };
    }
}
