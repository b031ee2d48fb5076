package org.cutri.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class NoDiacriticsTest {

    @Test
    void anOpinionTypedWithoutMarksIsSuspected() {
        assertThat(NoDiacritics.suspected("De nghi sua chua tuyen duong lien thon bi xuong cap nghiem trong"))
                .isTrue();
        assertThat(NoDiacritics.suspected("de nghi UBND xa som lam lai cong thoat nuoc.")).isTrue();
    }

    @Test
    void textWithEvenOneMarkedLetterIsNot() {
        assertThat(NoDiacritics.suspected("Đề nghị sửa chữa tuyến đường liên thôn bị xuống cấp")).isFalse();
        assertThat(NoDiacritics.suspected("De nghi sua chua tuyen duong lien thon bi xuong cap, đuong")).isFalse();
        assertThat(NoDiacritics.suspected(Normalizer.normalize("Cử tri đề nghị làm lại cống thoát nước ở xóm",
                Normalizer.Form.NFD))).as("decomposed marks are marks").isFalse();
    }

    @Test
    void shortTextNamesAndAcronymsAreNotSuspected() {
        assertThat(NoDiacritics.suspected("Cho xin ban in")).isFalse();
        assertThat(NoDiacritics.suspected("Nguyen Van An")).isFalse();
        assertThat(NoDiacritics.suspected("UBND HDND MTTQ BHYT BHXH THCS THPT")).isFalse();
        assertThat(NoDiacritics.suspected("")).isFalse();
        assertThat(NoDiacritics.suspected(null)).isFalse();
        assertThat(NoDiacritics.suspected("2026 - 2030, 1.158 / 45 / 48")).isFalse();
    }
}
