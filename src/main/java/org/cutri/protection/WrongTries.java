package org.cutri.protection;

import java.time.Duration;

/**
 * How long the password prompt makes the user wait after wrong passwords: the first {@link #FREE_TRIES} are free;
 * from then on each wrong try waits twice as long as the one before, from {@link #FIRST_PAUSE} up to
 * {@link #LONGEST_PAUSE}. It slows down someone guessing at the office's screen; the slow key derivation is what
 * slows down guessing on a copied file.
 */
public final class WrongTries {

    static final int FREE_TRIES = 4;
    static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
    static final Duration LONGEST_PAUSE = Duration.ofMinutes(15);

    private int wrong;

    /** One more wrong password: the pause before the next try. */
    public Duration failed() {
        wrong++;
        if (wrong <= FREE_TRIES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(wrong - FREE_TRIES - 1, 10);
        Duration pause = FIRST_PAUSE.multipliedBy(1L << doublings);
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    /** Wrong passwords so far. */
    public int count() {
        return wrong;
    }
}
