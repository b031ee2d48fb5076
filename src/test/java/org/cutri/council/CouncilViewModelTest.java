package org.cutri.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.cutri.app.AppContext;
import org.cutri.common.task.TaskExecutor;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The council screen's state without the FX toolkit: what the user would see in each field. */
class CouncilViewModelTest {

    @TempDir
    Path folder;

    private AppContext context;
    private CouncilViewModel screen;
    private TermViewModel terms;
    private SessionViewModel sessions;

    @BeforeEach
    void open() {
        context = TestContexts.open(folder);
        CouncilTerm old = context.councils().createTerm(2021, 2026);
        CouncilTerm current = context.councils().createTerm(2026, 2031);
        context.councils().createSession(new SessionDraft(current.id(), CouncilLevel.COMMUNE, "I", 1,
                SessionKind.REGULAR, LocalDate.of(2026, 3, 30), LocalDate.of(2026, 3, 30)));
        context.councils().createSession(new SessionDraft(old.id(), CouncilLevel.COMMUNE, "XXI", 9,
                SessionKind.REGULAR, LocalDate.of(2025, 12, 10), LocalDate.of(2025, 12, 11)));
        screen = new CouncilViewModel(context.councils(), TestContexts.VI, TaskExecutor.sameThread(e -> {
            throw new AssertionError(e);
        }));
        terms = screen.terms();
        sessions = screen.sessions();
        screen.refresh();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theNewestTermIsChosenAndItsSessionsShown() {
        assertThat(terms.selectedProperty().get().label()).isEqualTo("2026–2031");
        assertThat(sessions.items()).extracting(CouncilSession::number).containsExactly(1);

        terms.selectedProperty().set(terms.items().get(1));
        assertThat(sessions.items()).extracting(CouncilSession::number).containsExactly(9);
    }

    @Test
    void aNewSessionProposesTheNextNumberAndTheCourseAndIsSaved() {
        sessions.startNew();
        assertThat(sessions.numberProperty().get()).isEqualTo("2");
        assertThat(sessions.courseProperty().get()).isEqualTo("I");
        assertThat(sessions.levels()).doesNotContain(CouncilLevel.DISTRICT);

        sessions.startDateProperty().set("5/7/2026");
        sessions.endDateProperty().set("06/07/2026");
        assertThat(sessions.validProperty().get()).isTrue();
        assertThat(sessions.save()).isTrue();

        assertThat(context.councils().sessions(terms.selectedProperty().get().id()))
                .extracting(CouncilSession::startDate).contains(LocalDate.of(2026, 7, 5));
        assertThat(sessions.statusProperty().get()).isEqualTo("Đã lưu: kỳ họp thứ 2 HĐND xã khóa I");
    }

    @Test
    void anImpossibleDateIsExplainedAndNothingIsSaved() {
        sessions.startNew();
        sessions.startDateProperty().set("31/02/2026");
        sessions.endDateProperty().set("31/02/2026");

        assertThat(sessions.startDateErrorProperty().get())
                .isEqualTo("Ngày “31/02/2026” không có thật: tháng 2 năm 2026 chỉ có 28 ngày. Hãy sửa lại ngày.");
        assertThat(sessions.dateProblemProperty().get()).isEqualTo(sessions.startDateErrorProperty().get());
        assertThat(sessions.validProperty().get()).isFalse();
        assertThat(sessions.save()).isFalse();
        assertThat(sessions.formErrorProperty().get()).isNotBlank();
        assertThat(sessions.items()).hasSize(1);

        sessions.startDateProperty().set("12/13/2026");
        assertThat(sessions.startDateErrorProperty().get()).contains("tháng chỉ từ 1 đến 12");
        sessions.startDateProperty().set("hôm nay");
        assertThat(sessions.startDateErrorProperty().get()).contains("ngày/tháng/năm");
    }

    @Test
    void anEndBeforeTheStartADuplicateNumberAndAYearOutsideTheTermAreRefused() {
        sessions.startNew();
        sessions.numberProperty().set("1");
        assertThat(sessions.numberErrorProperty().get())
                .isEqualTo("Đã có kỳ họp thứ 1 của HĐND xã trong nhiệm kỳ 2026–2031. Hãy dùng số khác hoặc sửa kỳ họp đã có.");
        sessions.levelProperty().set(CouncilLevel.NATIONAL);
        assertThat(sessions.numberErrorProperty().get()).isNull();

        sessions.startDateProperty().set("10/07/2026");
        sessions.endDateProperty().set("09/07/2026");
        assertThat(sessions.endDateErrorProperty().get()).startsWith("Ngày bế mạc không được trước ngày khai mạc");

        sessions.endDateProperty().set("10/07/2036");
        assertThat(sessions.endDateErrorProperty().get()).isEqualTo(
                "Ngày 10/07/2036 nằm ngoài nhiệm kỳ 2026–2031. Hãy kiểm tra lại năm.");
    }

    @Test
    void anOldDistrictSessionShowsItsLevelButANewRowDoesNotOfferIt() {
        int termId = terms.selectedProperty().get().id();
        context.database().jdbi().useExtension(CouncilDao.class, dao -> dao.insertSession(termId,
                CouncilLevel.DISTRICT, "XX", 3, SessionKind.REGULAR, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1)));
        sessions.refresh();
        CouncilSession legacy = sessions.items().stream().filter(s -> s.level() == CouncilLevel.DISTRICT)
                .findFirst().orElseThrow();

        sessions.selectedProperty().set(legacy);
        assertThat(sessions.levels()).contains(CouncilLevel.DISTRICT);
        assertThat(sessions.levelErrorProperty().get()).isNull();
        assertThat(sessions.levelLabel(CouncilLevel.DISTRICT)).contains("cấp cũ");

        sessions.startNew();
        assertThat(sessions.levels()).doesNotContain(CouncilLevel.DISTRICT);
    }

    @Test
    void termYearsAreCheckedAndTheUsualFiveYearsProposed() {
        terms.startNew();
        terms.startYearProperty().set("2031");
        assertThat(terms.endYearProperty().get()).isEqualTo("2036");
        terms.endYearProperty().set("2030");
        assertThat(terms.endYearErrorProperty().get()).isEqualTo(
                "Năm kết thúc (2030) phải sau năm bắt đầu (2031). Hãy sửa lại, vd. 2026–2031.");
        terms.startYearProperty().set("2026");
        terms.endYearProperty().set("2031");
        assertThat(terms.endYearErrorProperty().get()).startsWith("Đã có nhiệm kỳ 2026–2031");
        terms.startYearProperty().set("20x6");
        assertThat(terms.startYearErrorProperty().get()).contains("4 chữ số");
        assertThat(terms.validProperty().get()).isFalse();
    }

    @Test
    void aRefusedTermDeleteSaysWhyInTheForm() {
        terms.deleteSelected();

        assertThat(terms.formErrorProperty().get()).isEqualTo("Không xóa được nhiệm kỳ 2026–2031:"
                + " nhiệm kỳ này còn 1 kỳ họp, 0 đơn vị bầu cử và 0 đại biểu."
                + " Hãy xóa hoặc chuyển chúng sang nhiệm kỳ khác trước.");
        assertThat(terms.items()).hasSize(2);
    }
}
