package org.cutri.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.cutri.app.AppContext;
import org.cutri.common.task.TaskExecutor;
import org.cutri.council.CouncilLevel;
import org.cutri.council.CouncilSession;
import org.cutri.council.CouncilTerm;
import org.cutri.council.SessionDraft;
import org.cutri.council.SessionKind;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The round form's logic without the FX toolkit: work runs on the test thread. */
class RoundViewModelTest {

    @TempDir
    Path folder;

    private AppContext context;
    private RoundViewModel viewModel;
    private CouncilSession december;

    @BeforeEach
    void open() {
        context = TestContexts.open(folder);
        CouncilTerm term = context.councils().createTerm(2026, 2031);
        december = context.councils().createSession(new SessionDraft(term.id(), CouncilLevel.COMMUNE, "I", 3,
                SessionKind.REGULAR, LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 29)));
        viewModel = new RoundViewModel(context.rounds(), context.councils(), context.commune(), context.messages(),
                TaskExecutor.sameThread(e -> {
                    throw new AssertionError(e);
                }));
        viewModel.refresh();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void datesTypedWithoutTheYearLieNearTheSessionEvenAcrossNewYear() {
        viewModel.startNew();
        viewModel.sessionProperty().set(viewModel.sessions().stream()
                .filter(c -> c.session().id() == december.id()).findFirst().orElseThrow());
        viewModel.kindProperty().set(RoundKind.AFTER_SESSION);
        viewModel.startDateProperty().set("4/1");
        viewModel.endDateProperty().set("15/1");
        viewModel.handinDeadlineProperty().set("20/01");
        viewModel.sessionDateProperty().set("28/12");

        assertThat(viewModel.startErrorProperty().get()).isNull();
        assertThat(viewModel.endErrorProperty().get()).isNull();
        assertThat(viewModel.sessionDateErrorProperty().get()).isNull();
        assertThat(viewModel.validProperty().get()).isTrue();
        assertThat(viewModel.save()).isTrue();

        ContactRound stored = context.rounds().list().get(0);
        assertThat(stored.startDate()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(stored.endDate()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(stored.handinDeadline()).isEqualTo(LocalDate.of(2027, 1, 20));
        assertThat(stored.sessionDate()).isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    void withoutASessionTheYearComesFromTheFirstMeetingDay() {
        viewModel.startNew();
        viewModel.nameProperty().set("Tiếp xúc chuyên đề");
        viewModel.kindProperty().set(RoundKind.THEMATIC);
        viewModel.startDateProperty().set("02/03/2027");
        viewModel.endDateProperty().set("6/3");

        assertThat(viewModel.endErrorProperty().get()).isNull();
        assertThat(viewModel.save()).isTrue();
        assertThat(context.rounds().list().get(0).endDate()).isEqualTo(LocalDate.of(2027, 3, 6));
    }

    @Test
    void withNoContextAtAllTheYearIsAskedFor() {
        viewModel.startNew();
        viewModel.nameProperty().set("Tiếp xúc chuyên đề");
        viewModel.startDateProperty().set("2/3");

        assertThat(viewModel.startErrorProperty().get()).isEqualTo("“2/3” thiếu năm: hãy gõ cả năm, vd. 2/3/2026.");
        assertThat(viewModel.validProperty().get()).isFalse();
    }
}
