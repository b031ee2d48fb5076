package org.cutri.commune;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.cutri.app.AppContext;
import org.cutri.common.task.TaskExecutor;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The profile form without the FX toolkit: proposals, preview, validation, save and revert. */
class CommuneViewModelTest {

    @TempDir
    Path folder;

    private AppContext context;
    private CommuneViewModel form;

    @BeforeEach
    void open() {
        context = TestContexts.open(folder);
        Clock fifthOfJune = Clock.fixed(LocalDate.of(2026, 6, 5).atStartOfDay(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault());
        form = new CommuneViewModel(context.commune(), TestContexts.VI, TaskExecutor.sameThread(e -> {
            throw new AssertionError(e);
        }), fifthOfJune);
        form.load();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void anEmptyProfileStartsWithTheUsualHeaderAndSymbol() {
        assertThat(form.headerLine1Property().get()).isEqualTo("ỦY BAN MTTQ VIỆT NAM");
        assertThat(form.headerLine3Property().get()).isEqualTo("BAN THƯỜNG TRỰC");
        assertThat(form.symbolCodeProperty().get()).isEqualTo("MTTQ-BTT");
        assertThat(form.numberPreviewProperty().get()).isEqualTo("Số: 01/KH-MTTQ-BTT");
        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.communeNameErrorProperty().get()).isEqualTo("Hãy nhập tên xã (phường, đặc khu).");
    }

    @Test
    void typingTheCommuneNameProposesHeaderLineTwoAndThePlaceUntilTheUserWritesThem() {
        for (String typed : new String[] {"X", "Xu", "Xuân", "Xuân Thành"}) {
            form.communeNameProperty().set(typed);
        }
        assertThat(form.headerLine2Property().get()).isEqualTo("XÃ XUÂN THÀNH");
        assertThat(form.placeNameProperty().get()).isEqualTo("Xuân Thành");
        assertThat(form.datePreviewProperty().get()).isEqualTo("Xuân Thành, ngày 05 tháng 6 năm 2026");
        assertThat(form.headerPreviewProperty().get()).isEqualTo("ỦY BAN MTTQ VIỆT NAM\nXÃ XUÂN THÀNH\nBAN THƯỜNG TRỰC");

        form.headerLine2Property().set("XÃ XUÂN THÀNH - HÀ TĨNH");
        form.communeNameProperty().set("Xuân Thành mới");
        assertThat(form.headerLine2Property().get()).isEqualTo("XÃ XUÂN THÀNH - HÀ TĨNH");
    }

    @Test
    void aWardKeepsItsOwnWordInTheHeaderAndDropsItInThePlace() {
        form.communeNameProperty().set("Phường Bắc Hồng");
        assertThat(form.headerLine2Property().get()).isEqualTo("PHƯỜNG BẮC HỒNG");
        assertThat(form.placeNameProperty().get()).isEqualTo("Bắc Hồng");
    }

    @Test
    void savingStoresTheProfileAndEscapeBringsTheStoredValuesBack() {
        form.communeNameProperty().set("Xuân Thành");
        form.provinceNameProperty().set("Hà Tĩnh");
        form.viceChairNamesProperty().set("Trần Thị Bình\nLê Văn Cường");
        assertThat(form.validProperty().get()).isTrue();

        assertThat(form.save()).isTrue();
        assertThat(context.commune().profile()).get().extracting(CommuneProfile::viceChairs)
                .asList().containsExactly("Trần Thị Bình", "Lê Văn Cường");
        assertThat(form.statusProperty().get()).contains("Xuân Thành");

        form.communeNameProperty().set("Sai tên");
        form.symbolCodeProperty().set("");
        form.revert();
        assertThat(form.communeNameProperty().get()).isEqualTo("Xuân Thành");
        assertThat(form.symbolCodeProperty().get()).isEqualTo("MTTQ-BTT");
    }

    @Test
    void anInvalidFormIsNotStoredAndSaysWhy() {
        form.communeNameProperty().set("Xuân Thành");
        form.provinceNameProperty().set("Hà Tĩnh");
        form.symbolCodeProperty().set("MTTQ BTT");

        assertThat(form.symbolCodeErrorProperty().get()).contains("MTTQ BTT");
        assertThat(form.save()).isFalse();
        assertThat(form.formErrorProperty().get()).isNotBlank();
        assertThat(context.commune().profile()).isEmpty();
    }
}
