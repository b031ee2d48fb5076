package org.cutri.minutes;

import java.time.LocalTime;

import org.cutri.common.i18n.Messages;
import org.cutri.meeting.MeetingText;

/**
 * What a field holds as typed: its value, or that the text is not one (so the stored value must be kept
 * and the user told). A blank field is a valid empty value.
 *
 * @param value the value read, null when blank or not valid
 * @param valid false when the text is there but is not a value of the kind
 */
record Typed<T>(T value, boolean valid) {

    /** The largest count a field takes (voters, votes): six digits. */
    static final int MAX_COUNT_DIGITS = 6;

    /** A count of people typed as digits ("75"); blank is empty. */
    static Typed<Integer> count(String text) {
        String digits = text == null ? "" : text.strip();
        if (digits.isEmpty()) {
            return new Typed<>(null, true);
        }
        if (digits.length() > MAX_COUNT_DIGITS || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return new Typed<>(null, false);
        }
        return new Typed<>(Integer.valueOf(digits), true);
    }

    /** A time of day in the program's one time grammar ({@link MeetingText#parseTime}); blank is empty. */
    static Typed<LocalTime> time(String text) {
        if (text == null || text.isBlank()) {
            return new Typed<>(null, true);
        }
        return MeetingText.parseTime(text).map(t -> new Typed<>(t, true)).orElseGet(() -> new Typed<>(null, false));
    }

    /** The value read, or the stored one when the text is not valid. */
    T orKept(T stored) {
        return valid ? value : stored;
    }

    /** Why a count is refused, or empty when the text is a count (or blank). */
    static String countError(Messages messages, String field, String text, Integer kept) {
        return count(text).valid() ? "" : refusal(messages, "minutes.number.invalid", field, text,
                kept == null ? null : String.valueOf(kept));
    }

    /**
     * A refusal in plain words with the value kept: "Cử tri được mời: “abc” không phải là một số … Số đã lưu
     * (75) được giữ nguyên."
     *
     * @param key the message: {0} the field's name, {1} the text typed, {2} what is kept
     * @param field the message key of the field's name
     */
    static String refusal(Messages messages, String key, String field, String text, String kept) {
        return messages.get(key, messages.get(field), text == null ? "" : text.strip(),
                kept == null || kept.isEmpty() ? messages.get("minutes.kept.empty")
                        : messages.get("minutes.kept.value", kept));
    }
}
