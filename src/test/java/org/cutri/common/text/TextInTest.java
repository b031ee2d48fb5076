package org.cutri.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one rule for incoming text: no control characters, NFC (issue 8, point 13). */
class TextInTest {

    @Test
    void theLookAlikeEthBecomesĐWhileTypingAndWhenCleaned() {
        assertThat(TextIn.clean("vùng ÐBSCL, Thủ Ðức, ðường")).isEqualTo("vùng ĐBSCL, Thủ Đức, đường");
        assertThat(TextIn.typed("Thủ Ðức")).isEqualTo("Thủ Đức").hasSameSizeAs("Thủ Ðức");
        assertThat(org.cutri.register.LegacyEncoding.detect("vùng ÐBSCL")).isEmpty();
        assertThat(org.cutri.register.LegacyEncoding.detect("Th«n §ång T©m")).isPresent();
    }

    @Test
    void bidiOverridesNulAndOtherControlsAreRemovedTabAndNewlineKept() {
        String hostile = "Đề\u0000 nghị\u202E sửa\u202A\u202B\u202C\u202D cầu\u2066\u2067\u2068\u2069\u200E\u200F\u061C"
                + "\u0007\u001B\u007F\u0085\u009F\uFEFF\tcũ\nmới";

        assertThat(TextIn.clean(hostile)).isEqualTo("Đề nghị sửa cầu\tcũ\nmới");
        assertThat(TextIn.hasControls(hostile)).isTrue();
        assertThat(TextIn.hasControls("Đề nghị sửa cầu\tcũ\r\nmới")).isFalse();
    }

    @Test
    void carriageReturnsBecomeLineFeedsAndLoneSurrogatesGoButPairsStay() {
        assertThat(TextIn.clean("một\r\nhai\rba")).isEqualTo("một\nhai\nba");
        assertThat(TextIn.clean("a\uD800b\uDC00c\uD83D\uDE00")).isEqualTo("abc\uD83D\uDE00");
    }

    @Test
    void decomposedVietnameseIsComposedAndTheLookAlikeEthIsĐ() {
        String decomposed = "Xo\u0301m Bê\u0301n \u0110o\u0300 \u00D0";
        assertThat(TextIn.clean(decomposed)).isEqualTo("Xóm Bến Đò Đ");
        assertThat(TextIn.clean(null)).isNull();
    }

    @Test
    void everyServiceGetsTheRuleThroughVietText() {
        // Regression: VietText.clean kept U+202E and NUL, so they reached the database and the reports.
        assertThat(VietText.clean("Thôn\u202E Đồng\u0000 Tâm")).isEqualTo("Thôn Đồng Tâm");
        assertThat(VietText.nfc("a\u0085b")).isEqualTo("ab");
    }

    @Test
    void spreadsheetCellsThatWouldRunAsFormulasAreNeutralised() {
        assertThat(SpreadsheetText.csvField("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(SpreadsheetText.csvField("+1")).isEqualTo("'+1");
        assertThat(SpreadsheetText.csvField("-1")).isEqualTo("'-1");
        assertThat(SpreadsheetText.csvField("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetText.csvField("\tx")).isEqualTo("'\tx");
        assertThat(SpreadsheetText.csvField("=A1,B1")).isEqualTo("\"'=A1,B1\"");
        assertThat(SpreadsheetText.csvField("YK1-001")).isEqualTo("YK1-001");
    }
}
