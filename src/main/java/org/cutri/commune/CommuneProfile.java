package org.cutri.commune;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.cutri.common.text.VietText;

/**
 * The office's profile: which commune, how its documents are headed and who signs them.
 *
 * @param placeName the place written before the date in documents ("Xuân Thành, ngày …")
 * @param headerLine1 first line of the document header ("ỦY BAN MTTQ VIỆT NAM")
 * @param headerLine2 second line ("XÃ XUÂN THÀNH")
 * @param headerLine3 the issuing body, printed bold ("BAN THƯỜNG TRỰC")
 * @param symbolCode the symbol after the document type in numbers ("MTTQ-BTT" in "01/KH-MTTQ-BTT")
 * @param viceChairNames the vice-chairs, one per line
 */
public record CommuneProfile(String communeName, String provinceName, String placeName, String headerLine1,
        String headerLine2, String headerLine3, String symbolCode, String chairName, String viceChairNames,
        String secretaryName) {

    /** The first header line of a commune Front office's documents. */
    public static final String USUAL_HEADER_LINE1 = "ỦY BAN MTTQ VIỆT NAM";
    /** The issuing body, the third header line. */
    public static final String USUAL_HEADER_LINE3 = "BAN THƯỜNG TRỰC";
    /** The symbol of the standing board in document numbers. */
    public static final String USUAL_SYMBOL_CODE = "MTTQ-BTT";

    /** A profile to start from: the usual header lines and symbol, no names. */
    public static CommuneProfile usual() {
        return new CommuneProfile("", "", "", USUAL_HEADER_LINE1, "", USUAL_HEADER_LINE3, USUAL_SYMBOL_CODE, null,
                null, null);
    }

    /**
     * The header of a province office, which keeps no profile of its own: "TỈNH AN SƠN" under the usual first line,
     * dated "An Sơn, ngày …" ("Thành phố Huế" stays as it is written: "THÀNH PHỐ HUẾ", "Huế, ngày …").
     */
    public static CommuneProfile ofProvince(String provinceName) {
        String name = provinceName == null ? "" : provinceName.strip();
        String folded = VietText.fold(name);
        int kind = folded.startsWith("tinh ") ? "tinh ".length()
                : folded.startsWith("thanh pho ") ? "thanh pho ".length() : 0;
        String place = name.substring(kind).strip();
        String line = name.isEmpty() ? "" : kind > 0 ? name.toUpperCase(Locale.ROOT)
                : "TỈNH " + name.toUpperCase(Locale.ROOT);
        return new CommuneProfile("", name, place, USUAL_HEADER_LINE1, line, USUAL_HEADER_LINE3, USUAL_SYMBOL_CODE,
                null, null, null);
    }

    /** The vice-chairs as a list, blank lines dropped. */
    public List<String> viceChairs() {
        if (viceChairNames == null) {
            return List.of();
        }
        return Arrays.stream(viceChairNames.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
