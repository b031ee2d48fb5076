package org.cutri.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The pause after wrong passwords at start: four free tries, then 30 s doubling, never more than 15 minutes. */
class WrongTriesTest {

    @Test
    void fourTriesAreFreeThenEachWrongOneWaitsTwiceAsLongUpToFifteenMinutes() {
        WrongTries tries = new WrongTries();
        List<Long> seconds = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            seconds.add(tries.failed().toSeconds());
        }

        assertThat(seconds).containsExactly(0L, 0L, 0L, 0L, 30L, 60L, 120L, 240L, 480L, 900L, 900L, 900L);
        assertThat(tries.count()).isEqualTo(12);
        assertThat(Duration.ofSeconds(seconds.get(11))).isEqualTo(WrongTries.LONGEST_PAUSE);
    }
}
