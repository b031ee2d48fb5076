package org.cutri.common.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.cutri.common.i18n.Messages;
import org.junit.jupiter.api.Test;

/** Sizes in messages: never "cần 0.1 MB, còn 0.1 MB" when the room is short. */
class ByteSizeTest {

    private static final Messages VI = Messages.load(Locale.forLanguageTag("vi"));
    private static final Messages EN = Messages.load(Locale.ENGLISH);

    @Test
    void belowAMegabyteSizesAreSaidInKilobytesSoTwoCloseSizesDiffer() {
        // The case: about 0.1 MB needed, about 0.08 MB left, once shown as "0.1 MB" both.
        assertThat(ByteSize.needed(100 * 1024 + 1).in(VI)).isEqualTo("101 KB");
        assertThat(ByteSize.left(80 * 1024 + 900).in(VI)).isEqualTo("80 KB");
        assertThat(ByteSize.left(0).in(VI)).isEqualTo("0 KB");
        assertThat(ByteSize.left(-1).in(VI)).isEqualTo("0 KB");
    }

    @Test
    void neededRoundsUpAndLeftRoundsDownSoTheMessageNeverClaimsEnoughRoom() {
        long justUnder = 1536 * 1024 - 1;
        assertThat(ByteSize.needed(justUnder + 2).in(VI)).isEqualTo("1,6 MB");
        assertThat(ByteSize.left(justUnder).in(VI)).isEqualTo("1,4 MB");
        assertThat(ByteSize.needed(1024 * 1024 - 1).in(VI)).isEqualTo("1.024 KB");
        assertThat(ByteSize.left(1024 * 1024).in(VI)).isEqualTo("1,0 MB");
        assertThat(ByteSize.needed(1024 * 1024 + 1).in(EN)).isEqualTo("1.1 MB");
    }
}
