package org.cutri.commune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.cutri.app.AppContext;
import org.cutri.common.UserException;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommuneServiceTest {

    @TempDir
    Path folder;

    private AppContext context;

    @BeforeEach
    void open() {
        context = TestContexts.open(folder);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private static CommuneProfile xuanThanh() {
        return new CommuneProfile("Xuân Thành", "Hà Tĩnh", "Xuân Thành", "ỦY BAN MTTQ VIỆT NAM", "XÃ XUÂN THÀNH",
                "BAN THƯỜNG TRỰC", "MTTQ-BTT", "Nguyễn Văn An", "Trần Thị Bình\n\n  Lê  Văn Cường \n", "Phạm Thị Dung");
    }

    @Test
    void theProfileIsStoredCleanedAndSurvivesReopening() {
        CommuneProfile typed = xuanThanh();
        context.commune().save(new CommuneProfile(Normalizer.normalize("  Xuân Thành ", Normalizer.Form.NFD),
                typed.provinceName(), typed.placeName(), typed.headerLine1(), typed.headerLine2(), typed.headerLine3(),
                typed.symbolCode(), typed.chairName(), typed.viceChairNames(), "  "));
        context.close();

        context = TestContexts.open(folder);
        CommuneProfile stored = context.commune().profile().orElseThrow();
        assertThat(stored.communeName()).isEqualTo("Xuân Thành");
        assertThat(stored.viceChairs()).containsExactly("Trần Thị Bình", "Lê Văn Cường");
        assertThat(stored.secretaryName()).isNull();
    }

    @Test
    void savingAgainReplacesTheProfile() {
        context.commune().save(xuanThanh());
        CommuneProfile p = xuanThanh();
        context.commune().save(new CommuneProfile("Phường Bắc Hồng", p.provinceName(), "Bắc Hồng", p.headerLine1(),
                "PHƯỜNG BẮC HỒNG", p.headerLine3(), p.symbolCode(), null, null, null));

        assertThat(context.commune().profile()).get().extracting(CommuneProfile::communeName)
                .isEqualTo("Phường Bắc Hồng");
    }

    @Test
    void aMissingRequiredFieldIsRefusedAndTheStoredProfileIsKept() {
        context.commune().save(xuanThanh());
        CommuneProfile p = xuanThanh();
        CommuneProfile noPlace = new CommuneProfile("Xuân Lộc", p.provinceName(), " ", p.headerLine1(),
                p.headerLine2(), p.headerLine3(), p.symbolCode(), null, null, null);

        assertThatThrownBy(() -> context.commune().save(noPlace)).isInstanceOf(UserException.class)
                .extracting(e -> ((UserException) e).key()).isEqualTo("commune.field.placeName.required");
        assertThat(context.commune().profile()).get().extracting(CommuneProfile::communeName).isEqualTo("Xuân Thành");
        assertThat(TestContexts.VI.get("commune.field.placeName.required")).contains("địa danh");
    }

    @Test
    void aSymbolWithSpacesOrSlashesIsRefused() {
        CommuneProfile p = xuanThanh();
        CommuneProfile slash = new CommuneProfile(p.communeName(), p.provinceName(), p.placeName(), p.headerLine1(),
                p.headerLine2(), p.headerLine3(), "MTTQ/BTT", null, null, null);

        assertThatThrownBy(() -> context.commune().save(slash)).isInstanceOf(UserException.class)
                .extracting(e -> ((UserException) e).key()).isEqualTo("commune.symbolCode.invalid");
        assertThat(context.commune().profile()).isEmpty();
    }

    @Test
    void listenersHearOfEverySavedProfile() {
        List<String> heard = new ArrayList<>();
        context.commune().addSaveListener(profile -> heard.add(profile.communeName()));

        context.commune().save(xuanThanh());

        assertThat(heard).containsExactly("Xuân Thành");
    }

    @Test
    void documentNumbersAndDatesFollowTheOfficialForm() {
        assertThat(DocumentText.number(1, "KH", "MTTQ-BTT")).isEqualTo("01/KH-MTTQ-BTT");
        assertThat(DocumentText.number(12, "BC", "MTTQ-BTT")).isEqualTo("12/BC-MTTQ-BTT");
        assertThat(DocumentText.dateLine("Xuân Thành", java.time.LocalDate.of(2026, 6, 5)))
                .isEqualTo("Xuân Thành, ngày 05 tháng 6 năm 2026");
        assertThat(DocumentText.date(java.time.LocalDate.of(2027, 2, 28))).isEqualTo("ngày 28 tháng 02 năm 2027");
        assertThat(DocumentText.date(java.time.LocalDate.of(2027, 1, 10))).isEqualTo("ngày 10 tháng 01 năm 2027");
        assertThat(DocumentText.date(java.time.LocalDate.of(2026, 12, 1))).isEqualTo("ngày 01 tháng 12 năm 2026");
    }
}
