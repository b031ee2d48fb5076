package org.cutri.common.io;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;

import org.cutri.common.i18n.Localizable;

/**
 * A number of bytes as a person reads it, rounded so that a message never claims more room than there is:
 * what is needed is rounded up, what is left is rounded down ("cần 100 KB, còn 80 KB", "cần 1,6 MB, còn
 * 1,5 MB"). Below one megabyte it is said in whole kilobytes, from one megabyte in megabytes with one
 * decimal, in the reader's own number format.
 */
public final class ByteSize {

    private static final long KB = 1024;
    private static final long MB = 1024 * KB;

    private ByteSize() {
    }

    /** A size that is needed: rounded up. */
    public static Localizable needed(long bytes) {
        return messages -> text(bytes, RoundingMode.CEILING, messages.locale());
    }

    /** A size that is left or available: rounded down. */
    public static Localizable left(long bytes) {
        return messages -> text(bytes, RoundingMode.FLOOR, messages.locale());
    }

    static String text(long bytes, RoundingMode rounding, java.util.Locale locale) {
        long value = Math.max(0, bytes);
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        if (value < MB) {
            format.setMaximumFractionDigits(0);
            return format.format(BigDecimal.valueOf(value).divide(BigDecimal.valueOf(KB), 0, rounding)) + " KB";
        }
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(BigDecimal.valueOf(value).divide(BigDecimal.valueOf(MB), 1, rounding)) + " MB";
    }
}
