package org.cutri.common.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * A message that sends the user to a screen names it as the sidebar does: the province's "nhờ xã đọc mã khóa trên màn
 * hình …" is read out over the phone to a commune secretary, who looks for that name in her sidebar. The hand-over
 * screen was named "Gửi báo cáo lên cấp trên" in the messages and its title, "Gửi báo cáo lên tỉnh" in the sidebar
 * (and three ways in English).
 */
class ScreenNamesTest {

    /** "màn hình "X"" in Vietnamese, ""X" screen" in English. */
    private static final Map<Locale, Pattern> SCREEN_NAMED = Map.of(
            Messages.VIETNAMESE, Pattern.compile("màn hình [\"“]([^\"”]+)[\"”]"),
            Locale.ENGLISH, Pattern.compile("[\"“]([^\"”]{3,60})[\"”] screen"));

    @Test
    void everyScreenAMessageNamesIsNamedAsInTheSidebar() {
        Map<String, String> wrong = new TreeMap<>();
        int named = 0;
        for (Map.Entry<Locale, Pattern> language : SCREEN_NAMED.entrySet()) {
            Messages messages = Messages.load(language.getKey());
            Set<String> sidebar = messages.bundle().keySet().stream().filter(key -> key.startsWith("app.nav."))
                    .map(messages::get).collect(Collectors.toSet());
            for (String key : messages.bundle().keySet()) {
                Matcher matcher = language.getValue().matcher(messages.bundle().getString(key));
                while (matcher.find()) {
                    named++;
                    if (!sidebar.contains(matcher.group(1))) {
                        wrong.put(language.getKey() + " " + key, matcher.group(1));
                    }
                }
            }
        }
        assertThat(named).as("messages naming a screen (guards the patterns)").isGreaterThanOrEqualTo(4);
        assertThat(wrong).as("screens named otherwise than in the sidebar").isEmpty();
    }

    @Test
    void theHandOverScreenIsTitledAsInTheSidebar() {
        for (Locale locale : SCREEN_NAMED.keySet()) {
            Messages messages = Messages.load(locale);
            assertThat(messages.get("exchange.handover.title")).as(locale.toString())
                    .isEqualTo(messages.get("app.nav.exchange"));
        }
    }
}
