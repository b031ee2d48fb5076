package org.cutri.common.i18n;

/**
 * An argument of a message that is put into words only when the message is shown, in the user's
 * language: code without a window (a service, a check) can say "on Wednesday, 02/12/2026" without
 * knowing whether the user reads Vietnamese or English.
 */
@FunctionalInterface
public interface Localizable {

    /** The text in the language of {@code messages}. */
    String in(Messages messages);

    /** A date with its weekday: "Thứ Tư, 02/12/2026" / "Wednesday, 02/12/2026". */
    static Localizable dayWithWeekday(java.time.LocalDate date) {
        return messages -> messages.dayWithWeekday(date);
    }
}
