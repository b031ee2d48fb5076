package org.cutri.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Place names as printed documents write them mid-sentence, held together on one line. */
class PlaceTextTest {

    private static final String NB = String.valueOf(PlaceText.NO_BREAK);

    @Test
    void theUnitWordIsLowerCaseMidSentenceAndTheRestOfTheNameKeepsItsCapitals() {
        assertThat(PlaceText.lowerUnit("Xóm Bến")).isEqualTo("xóm Bến");
        assertThat(PlaceText.lowerUnit("Thôn Đông Hải")).isEqualTo("thôn Đông Hải");
        assertThat(PlaceText.lowerUnit("Tổ dân phố Chợ Cũ")).isEqualTo("tổ dân phố Chợ Cũ");
        assertThat(PlaceText.lowerUnit("Khu phố Ga")).isEqualTo("khu phố Ga");
        assertThat(PlaceText.lowerUnit("Ấp Mỹ Lợi")).isEqualTo("ấp Mỹ Lợi");
        assertThat(PlaceText.lowerUnit("Đồng Chùa")).as("a name without a unit word is left alone")
                .isEqualTo("Đồng Chùa");
        assertThat(PlaceText.lowerUnit("Thôngtin")).isEqualTo("Thôngtin");
    }

    @Test
    void theWordsOfANameAreHeldTogetherAndNamesOfAListStaySeparable() {
        assertThat(PlaceText.inSentence("Xóm Bến")).isEqualTo("xóm" + NB + "Bến");
        assertThat(PlaceText.inSentence(List.of("Xóm Bến", "Thôn Đông Hải")))
                .isEqualTo("xóm" + NB + "Bến, thôn" + NB + "Đông" + NB + "Hải");
        assertThat(PlaceText.glued("xã  Tân Phúc ")).isEqualTo("xã" + NB + "Tân" + NB + "Phúc");
    }

    @Test
    void aNameInFreeTextIsFoundWhateverItsCaseAndHeldTogetherThere() {
        assertThat(PlaceText.glueIn("Nhà văn hóa xóm Bến (sân trước)", List.of("Xóm Bến")))
                .isEqualTo("Nhà văn hóa xóm" + NB + "Bến (sân trước)");
        assertThat(PlaceText.glueIn("Hội trường UBND xã Tân Phúc", List.of("xã Tân Phúc", "Xóm Bến")))
                .isEqualTo("Hội trường UBND xã" + NB + "Tân" + NB + "Phúc");
        assertThat(PlaceText.glueIn("Nhà văn hóa", List.of("Xóm Bến"))).isEqualTo("Nhà văn hóa");
    }
}
