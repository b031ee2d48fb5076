package org.cutri.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;

import org.cutri.app.AppContext;
import org.cutri.common.UserException;
import org.cutri.deputy.DeputyDraft;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CouncilServiceTest {

    @TempDir
    Path folder;

    private AppContext context;
    private CouncilService councils;

    @BeforeEach
    void open() {
        context = TestContexts.open(folder);
        councils = context.councils();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private static String keyOf(Throwable e) {
        return ((UserException) e).key();
    }

    private static SessionDraft session(CouncilTerm term, CouncilLevel level, int number, LocalDate start, LocalDate end) {
        return new SessionDraft(term.id(), level, "i", number, SessionKind.REGULAR, start, end);
    }

    @Test
    void termsAreListedNewestFirstAndTheNewestIsCurrent() {
        councils.createTerm(2021, 2026);
        councils.createTerm(2026, 2031);

        assertThat(councils.terms()).extracting(CouncilTerm::label).containsExactly("2026–2031", "2021–2026");
        assertThat(councils.currentTerm()).get().extracting(CouncilTerm::startYear).isEqualTo(2026);
    }

    @Test
    void aTermEndingBeforeItStartsOrTwiceTheSameIsRefused() {
        councils.createTerm(2026, 2031);

        assertThatThrownBy(() -> councils.createTerm(2031, 2026)).isInstanceOf(UserException.class)
                .extracting(CouncilServiceTest::keyOf).isEqualTo("council.term.invalidYears");
        assertThatThrownBy(() -> councils.createTerm(2026, 2031)).isInstanceOf(UserException.class)
                .extracting(CouncilServiceTest::keyOf).isEqualTo("council.term.duplicate");
        CouncilTerm old = councils.createTerm(2020, 2025);
        assertThatThrownBy(() -> councils.updateTerm(old.id(), 2026, 2031)).isInstanceOf(UserException.class)
                .extracting(CouncilServiceTest::keyOf).isEqualTo("council.term.duplicate");
        assertThat(councils.updateTerm(old.id(), 2021, 2026).label()).isEqualTo("2021–2026");
        assertThat(councils.terms()).hasSize(2);
    }

    @Test
    void aSessionIsStoredWithItsCourseInCapitalsAndListedByBodyAndNumber() {
        CouncilTerm term = councils.createTerm(2026, 2031);
        councils.createSession(session(term, CouncilLevel.PROVINCE, 1, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 3)));
        councils.createSession(session(term, CouncilLevel.COMMUNE, 2, LocalDate.of(2026, 7, 10), LocalDate.of(2026, 7, 10)));
        CouncilSession first = councils.createSession(new SessionDraft(term.id(), CouncilLevel.COMMUNE, " xxiii ", 1,
                SessionKind.THEMATIC, LocalDate.of(2026, 3, 30), LocalDate.of(2026, 3, 31)));

        assertThat(first.course()).isEqualTo("XXIII");
        assertThat(first.kind()).isEqualTo(SessionKind.THEMATIC);
        assertThat(councils.sessions(term.id())).extracting(s -> s.level().label() + " " + s.number())
                .containsExactly("HĐND xã 1", "HĐND xã 2", "HĐND tỉnh 1");
    }

    @Test
    void sessionRulesAreEnforcedByTheService() {
        CouncilTerm term = councils.createTerm(2026, 2031);
        LocalDate june5 = LocalDate.of(2026, 6, 5);
        councils.createSession(session(term, CouncilLevel.COMMUNE, 1, june5, june5));

        assertThatThrownBy(() -> councils.createSession(session(term, CouncilLevel.COMMUNE, 2, june5, june5.minusDays(1))))
                .extracting(CouncilServiceTest::keyOf).isEqualTo("council.session.endDate.beforeStart");
        assertThatThrownBy(() -> councils.createSession(session(term, CouncilLevel.COMMUNE, 1, june5, june5)))
                .extracting(CouncilServiceTest::keyOf).isEqualTo("council.session.number.duplicate");
        assertThatThrownBy(() -> councils.createSession(session(term, CouncilLevel.DISTRICT, 1, june5, june5)))
                .extracting(CouncilServiceTest::keyOf).isEqualTo("council.session.level.legacy");
        assertThatThrownBy(() -> councils.createSession(session(term, CouncilLevel.COMMUNE, 3,
                LocalDate.of(2062, 6, 5), LocalDate.of(2062, 6, 5))))
                .extracting(CouncilServiceTest::keyOf).isEqualTo("council.session.date.outsideTerm");
        assertThatThrownBy(() -> councils.createSession(session(term, CouncilLevel.COMMUNE, 3, null, june5)))
                .extracting(CouncilServiceTest::keyOf).isEqualTo("council.session.startDate.required");
        // The same number is fine for another body.
        councils.createSession(session(term, CouncilLevel.PROVINCE, 1, june5, june5));
        assertThat(councils.sessions(term.id())).hasSize(2);
    }

    @Test
    void anOldDistrictSessionMayBeEditedButNoSessionMayBecomeOne() {
        CouncilTerm term = councils.createTerm(2021, 2026);
        int legacyId = context.database().jdbi().withExtension(CouncilDao.class, dao -> dao.insertSession(term.id(),
                CouncilLevel.DISTRICT, "XX", 4, SessionKind.REGULAR, LocalDate.of(2022, 7, 1), LocalDate.of(2022, 7, 2)));
        CouncilSession commune = councils.createSession(session(term, CouncilLevel.COMMUNE, 1,
                LocalDate.of(2022, 7, 5), LocalDate.of(2022, 7, 5)));

        CouncilSession edited = councils.updateSession(legacyId, new SessionDraft(term.id(), CouncilLevel.DISTRICT,
                "XX", 4, SessionKind.REGULAR, LocalDate.of(2022, 7, 1), LocalDate.of(2022, 7, 3)));
        assertThat(edited.endDate()).isEqualTo(LocalDate.of(2022, 7, 3));
        assertThatThrownBy(() -> councils.updateSession(commune.id(), session(term, CouncilLevel.DISTRICT, 1,
                LocalDate.of(2022, 7, 5), LocalDate.of(2022, 7, 5))))
                .extracting(CouncilServiceTest::keyOf).isEqualTo("council.session.level.legacy");
    }

    @Test
    void aTermStillUsedCannotBeDeletedAndTheReasonCountsWhatUsesIt() {
        CouncilTerm term = councils.createTerm(2026, 2031);
        LocalDate day = LocalDate.of(2026, 6, 5);
        CouncilSession first = councils.createSession(session(term, CouncilLevel.COMMUNE, 1, day, day));
        councils.createSession(session(term, CouncilLevel.COMMUNE, 2, day.plusMonths(6), day.plusMonths(6)));
        context.constituencies().ensure(term.id(), CouncilLevel.COMMUNE, 1);
        context.deputies().create(new DeputyDraft("Nguyễn Văn An", CouncilLevel.COMMUNE, term.id(), null, null, null));

        assertThatThrownBy(() -> councils.deleteTerm(term.id())).isInstanceOf(UserException.class)
                .satisfies(e -> {
                    assertThat(keyOf(e)).isEqualTo("council.term.delete.referenced");
                    assertThat(TestContexts.VI.of((UserException) e)).isEqualTo("Không xóa được nhiệm kỳ 2026–2031:"
                            + " nhiệm kỳ này còn 2 kỳ họp, 1 đơn vị bầu cử và 1 đại biểu."
                            + " Hãy xóa hoặc chuyển chúng sang nhiệm kỳ khác trước.");
                });
        assertThat(councils.terms()).hasSize(1);

        councils.deleteSession(first.id());
        assertThat(councils.sessions(term.id())).hasSize(1);
    }

    @Test
    void anUnusedTermIsDeleted() {
        CouncilTerm term = councils.createTerm(2016, 2021);
        councils.deleteTerm(term.id());
        assertThat(councils.terms()).isEmpty();
    }
}
