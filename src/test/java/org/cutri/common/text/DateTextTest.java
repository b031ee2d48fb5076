package org.cutri.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.cutri.common.i18n.Messages;
import org.junit.jupiter.api.Test;

class DateTextTest {

    private static final Messages VI = Messages.load(Messages.VIETNAMESE);

    @Test
    void formatsAndParsesOfficeDates() {
        assertThat(DateText.format(LocalDate.of(2026, 6, 5))).isEqualTo("05/06/2026");
        assertThat(DateText.parse("05/06/2026")).contains(LocalDate.of(2026, 6, 5));
        assertThat(DateText.parse("5/6/2026")).contains(LocalDate.of(2026, 6, 5));
        assertThat(DateText.parse("5.6.2026")).contains(LocalDate.of(2026, 6, 5));
        assertThat(DateText.parse(" 5-6-26 ")).contains(LocalDate.of(2026, 6, 5));
    }

    @Test
    void readsADateWrittenInWordsAsLettersDateThemselves() {
        assertThat(DateText.parseWithWords("ngày 5 tháng 9 năm 2026")).contains(LocalDate.of(2026, 9, 5));
        assertThat(DateText.parseWithWords("Ngày 05 tháng 09 năm 2026.")).contains(LocalDate.of(2026, 9, 5));
        assertThat(DateText.parseWithWords("5 THÁNG 9 NĂM 2026")).contains(LocalDate.of(2026, 9, 5));
        assertThat(DateText.parseWithWords("5/9/2026")).contains(LocalDate.of(2026, 9, 5));
        assertThat(DateText.parseWithWords("ngày 31 tháng 2 năm 2026")).isEmpty();
        assertThat(DateText.parseWithWords("tháng 9 năm 2026")).isEmpty();
    }

    @Test
    void datesInFiguresInsideATextAreWrittenDdMmYyyyAndNothingElseIsTouched() {
        assertThat(DateText.normaliseInText("Đã tháo dỡ trước ngày 15/9/2026; xong ngày 1/10/2026."))
                .isEqualTo("Đã tháo dỡ trước ngày 15/09/2026; xong ngày 01/10/2026.");
        assertThat(DateText.normaliseInText("Văn bản số 146/UBND-VP, Quyết định 5/2/2026/QĐ-UBND, trong tháng 9/2026,"
                + " ngày 31/2/2026, tỷ lệ 1/2, đã 20/08/2026")).as("numbers, months, impossible dates stay as they are")
                .isEqualTo("Văn bản số 146/UBND-VP, Quyết định 5/2/2026/QĐ-UBND, trong tháng 9/2026,"
                        + " ngày 31/2/2026, tỷ lệ 1/2, đã 20/08/2026");
        assertThat(DateText.normaliseInText(null)).isNull();
    }

    @Test
    void refusesImpossibleOrUnreadableDates() {
        assertThat(DateText.parse("31/02/2026")).isEmpty();
        assertThat(DateText.parse("29/02/2026")).isEmpty();
        assertThat(DateText.parse("2026-06-05")).isEmpty();
        assertThat(DateText.parse("")).isEmpty();
        assertThat(DateText.parse("hôm qua")).isEmpty();
        assertThat(DateText.parse("29/02/2028")).contains(LocalDate.of(2028, 2, 29));
    }

    @Test
    void aDateWithoutItsYearNeedsAContext() {
        assertThat(DateText.parse("28/11")).isEmpty();
        assertThat(DateText.lacksYear("28/11")).isTrue();
        assertThat(DateText.error("28/11", true, null, VI)).isEqualTo("“28/11” thiếu năm: hãy gõ cả năm, vd. 28/11/2026.");
    }

    @Test
    void aDateWithoutItsYearTakesTheYearOfItsContext() {
        DateText.Near session = DateText.Near.day(LocalDate.of(2026, 12, 17));
        assertThat(DateText.parse("28/11", session)).contains(LocalDate.of(2026, 11, 28));
        assertThat(DateText.parse("1/12", session)).contains(LocalDate.of(2026, 12, 1));
        assertThat(DateText.error("28/11", true, session, VI)).isNull();
    }

    @Test
    void aDateWithoutItsYearFallsInOrNearestToARangeAcrossNewYear() {
        DateText.Near round = DateText.Near.span(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 8));
        assertThat(DateText.parse("03/01", round)).contains(LocalDate.of(2027, 1, 3));
        assertThat(DateText.parse("30/12", round)).contains(LocalDate.of(2026, 12, 30));
        // Outside the span: the year that puts it nearest (a hand-in deadline a week after the meetings).
        assertThat(DateText.parse("15/01", round)).contains(LocalDate.of(2027, 1, 15));
        assertThat(DateText.parse("20/12", round)).contains(LocalDate.of(2026, 12, 20));
    }

    @Test
    void aTermsYearsGiveTheFirstYearThatFits() {
        DateText.Near term = DateText.Near.years(2026, 2031);
        assertThat(DateText.parse("28/11", term)).contains(LocalDate.of(2026, 11, 28));
        assertThat(DateText.parse("29/02", term)).contains(LocalDate.of(2028, 2, 29));
    }

    @Test
    void wrongDatesAreExplainedInPlainWords() {
        DateText.Near session = DateText.Near.day(LocalDate.of(2026, 12, 17));
        assertThat(DateText.error("", true, session, VI)).startsWith("Hãy nhập ngày");
        assertThat(DateText.error("", false, session, VI)).isNull();
        assertThat(DateText.error("31/02/2026", true, session, VI))
                .isEqualTo("Ngày “31/02/2026” không có thật: tháng 2 năm 2026 chỉ có 28 ngày. Hãy sửa lại ngày.");
        assertThat(DateText.error("31/04", true, session, VI))
                .isEqualTo("Ngày “31/04” không có thật: tháng 4 chỉ có tối đa 30 ngày. Hãy sửa lại ngày.");
        assertThat(DateText.error("5/13", true, session, VI)).contains("tháng chỉ từ 1 đến 12");
        assertThat(DateText.error("abc", true, session, VI)).contains("không phải là ngày");
    }
}
