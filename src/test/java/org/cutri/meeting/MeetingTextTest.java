package org.cutri.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one time grammar of the program: what the office types for a time of day. */
class MeetingTextTest {

    @ParameterizedTest
    @CsvSource({"08:00,08:00", "8,08:00", "8:30,08:30", "8.30,08:30", "8h,08:00", "8h30,08:30", "19g30,19:30",
            "'8 giờ',08:00", "'8 giờ 30',08:30", "'8 giờ 30 phút',08:30", "'8 gio 30',08:30", "830,08:30",
            "0830,08:30", "1930,19:30", "' 7:05 ',07:05"})
    void readsTheWaysATimeIsTyped(String typed, String expected) {
        assertThat(MeetingText.parseTime(typed)).contains(LocalTime.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"25:99", "24:00", "8:60", "abc", "8:3", "12345", "8 giờ sáng", "-8"})
    void refusesWhatIsNotATimeOfDay(String typed) {
        assertThat(MeetingText.parseTime(typed)).isEmpty();
    }
}
