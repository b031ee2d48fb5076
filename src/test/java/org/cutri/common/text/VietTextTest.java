package org.cutri.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class VietTextTest {

    @Test
    void foldingRemovesDiacriticsCaseAndFoldsDToD() {
        assertThat(VietText.fold("Xóm Bến")).isEqualTo("xom ben");
        assertThat(VietText.fold("  ĐƯỜNG   Liên xã ")).isEqualTo("duong lien xa");
        assertThat(VietText.fold(Normalizer.normalize("Nước sạch", Normalizer.Form.NFD))).isEqualTo("nuoc sach");
    }

    @Test
    void matchingFindsEveryWordInAnyOrder() {
        assertThat(VietText.matches("Xóm Bến Đò", "xom ben")).isTrue();
        assertThat(VietText.matches("Xóm Bến Đò", "do xom")).isTrue();
        assertThat(VietText.matches("Xóm Bãi Sậy", "xom ben")).isFalse();
        assertThat(VietText.matches("anything", "  ")).isTrue();
    }

    @Test
    void sortingFollowsTheVietnameseAlphabetNotCodePoints() {
        List<String> names = new ArrayList<>(List.of("Đông", "Dương", "Ân", "Ăn", "An", "Ơn", "Ôn", "On", "Ưu", "Uy", "Bắc"));
        names.sort(VietText.ORDER);
        assertThat(names).containsExactly("An", "Ăn", "Ân", "Bắc", "Dương", "Đông", "On", "Ôn", "Ơn", "Uy", "Ưu");
    }

    @Test
    void tonesAreASecondaryDifference() {
        List<String> names = new ArrayList<>(List.of("má", "mạ", "mà", "ma", "mã", "mả", "mai"));
        names.sort(VietText.ORDER);
        assertThat(names).containsExactly("ma", "mà", "mả", "mã", "má", "mạ", "mai");
    }

    @Test
    void decomposedAndComposedTextSortAndIdentifyAlike() {
        String nfd = Normalizer.normalize("Xóm Bến", Normalizer.Form.NFD);
        assertThat(VietText.ORDER.compare(VietText.nfc(nfd), "Xóm Bến")).isZero();
        assertThat(VietText.identityKey(nfd + "  ")).isEqualTo(VietText.identityKey("xóm bến"));
    }
}
