package org.cutri.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DateTextTest {

    @Test
    void datesAreShownAndTypedDayFirst() {
        assertThat(DateText.format(LocalDate.of(2026, 6, 5))).isEqualTo("05/06/2026");
        assertThat(DateText.parse("05/06/2026")).contains(LocalDate.of(2026, 6, 5));
        assertThat(DateText.parse("5/6/2026")).contains(LocalDate.of(2026, 6, 5));
        assertThat(DateText.parse("5.6.2026")).contains(LocalDate.of(2026, 6, 5));
    }

    @Test
    void impossibleOrMalformedDatesAreRejected() {
        assertThat(DateText.parse("31/02/2026")).isEmpty();
        assertThat(DateText.parse("29/02/2026")).isEmpty();
        assertThat(DateText.parse("2026-06-05")).isEmpty();
        assertThat(DateText.parse("")).isEmpty();
        assertThat(DateText.parse("hôm qua")).isEmpty();
        assertThat(DateText.parse("29/02/2028")).contains(LocalDate.of(2028, 2, 29));
    }
}
