package org.cutri.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.cutri.app.AppContext;
import org.cutri.common.UserException;
import org.cutri.hamlet.Hamlet;
import org.cutri.hamlet.HamletDraft;
import org.cutri.hamlet.HamletKind;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Periods, notes and carrying over, on a real H2 file. */
class SentimentServiceTest {

    @TempDir
    Path folder;

    private AppContext context;
    private SentimentService sentiment;

    @BeforeEach
    void open() {
        context = TestContexts.open(folder);
        sentiment = context.sentiment();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void anElectionGivesTheThreePeriodsWithTheSeedsDeadlines() {
        // Seed 000: voting day 23/5/2021, reports due before 14/5, 24/5 and 02/6.
        List<SentimentPeriod> made = sentiment.createElection(LocalDate.of(2021, 5, 23));

        assertThat(made).extracting(SentimentPeriod::kind).containsExactly(SentimentPeriodKind.BEFORE_ELECTION,
                SentimentPeriodKind.DURING_ELECTION, SentimentPeriodKind.AFTER_ELECTION);
        assertThat(made).extracting(SentimentPeriod::deadline).containsExactly(LocalDate.of(2021, 5, 14),
                LocalDate.of(2021, 5, 24), LocalDate.of(2021, 6, 2));
        assertThat(made.get(1).fromDate()).isEqualTo(LocalDate.of(2021, 5, 14));
        assertThat(made.get(1).untilDate()).isEqualTo(LocalDate.of(2021, 5, 23));
        assertThat(made.get(2).fromDate()).isEqualTo(LocalDate.of(2021, 5, 24));
        assertThat(made).extracting(SentimentPeriod::status).containsOnly(SentimentPeriodStatus.OPEN);
        assertThat(made.get(0).subject()).startsWith("Tình hình Nhân dân trước cuộc bầu cử");

        // The same election again is refused as a whole: nothing more is stored.
        assertThatThrownBy(() -> sentiment.createElection(LocalDate.of(2021, 5, 23)))
                .isInstanceOf(UserException.class).extracting(e -> ((UserException) e).key())
                .isEqualTo("sentiment.period.duplicate");
        assertThat(sentiment.periods()).hasSize(3);
    }

    @Test
    void aCongressSeasonGivesOneMonthlyPeriodPerMonthDueOnItsLastDay() {
        List<SentimentPeriod> made = sentiment.createMonthly(YearMonth.of(2026, 11), YearMonth.of(2027, 2));

        assertThat(made).extracting(SentimentPeriod::label).containsExactly("Tháng 11/2026", "Tháng 12/2026",
                "Tháng 1/2027", "Tháng 2/2027");
        assertThat(made.get(3).deadline()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(made.get(0).subject()).isEqualTo("Tình hình Nhân dân tháng 11/2026 đối với Đại hội Đảng các cấp");
        assertThat(sentiment.createNextMonth().label()).isEqualTo("Tháng 3/2027");
        assertThat(sentiment.periods()).extracting(SentimentPeriod::label).first().isEqualTo("Tháng 3/2027");

        assertThatThrownBy(() -> sentiment.createMonthly(YearMonth.of(2027, 5), YearMonth.of(2027, 4)))
                .isInstanceOf(UserException.class);
    }

    @Test
    void notesAreStoredCheckedCountedAndSurviveReopening() {
        Hamlet hamlet = context.hamlets().create(new HamletDraft("Thôn Bình Yên", HamletKind.THON, null, null, null));
        SentimentPeriod period = sentiment.createMonthly(YearMonth.of(2026, 11), YearMonth.of(2026, 11)).get(0);
        int topic = topic("Đất đai");
        int source = source("Hội Nông dân");

        SentimentNote note = sentiment.createNote(new NoteDraft(period.id(), topic, hamlet.id(), null, source,
                "  Bà con hỏi   tiến độ cấp giấy chứng nhận ", Spread.PART, true, "Tranh chấp ranh giới đất", null,
                false));
        assertThat(note.placeName()).isEqualTo("Thôn Bình Yên");
        assertThat(note.content()).isEqualTo("Bà con hỏi tiến độ cấp giấy chứng nhận");
        assertThat(note.topicName()).isEqualTo("Đất đai, giải phóng mặt bằng");

        // Bad input: one message each, nothing stored.
        assertRefused(new NoteDraft(period.id(), topic, null, " ", source, "x", Spread.FEW, false, null, null, false),
                "sentiment.note.place.required");
        assertRefused(new NoteDraft(period.id(), topic, null, "Chợ xã", source, " ", Spread.FEW, false, null, null,
                false), "sentiment.note.content.required");
        assertRefused(new NoteDraft(period.id(), null, null, "Chợ xã", source, "x", Spread.FEW, false, null, null,
                false), "sentiment.note.topic.required");
        assertRefused(new NoteDraft(period.id(), topic, null, "Chợ xã", source, "x", Spread.FEW, false, null,
                "Ông A được tín nhiệm", false), "sentiment.note.candidates.notElection");
        assertThat(sentiment.notes(period.id())).hasSize(1);

        SentimentNote changed = sentiment.updateNote(note.id(), new NoteDraft(period.id(), topic, null, "Chợ xã",
                source, "Giá phân bón tăng", Spread.MANY, false, "ignored when not a hot spot", null, false));
        assertThat(changed.hamletId()).isNull();
        assertThat(changed.placeName()).isEqualTo("Chợ xã");
        assertThat(changed.hotSpotNote()).isNull();
        context.close();

        context = TestContexts.open(folder);
        sentiment = context.sentiment();
        assertThat(sentiment.periods()).extracting(SentimentPeriod::notes).containsExactly(1);
        SentimentNote stored = sentiment.notes(period.id()).get(0);
        assertThat(stored.content()).isEqualTo("Giá phân bón tăng");
        assertThat(stored.spread()).isEqualTo(Spread.MANY);

        assertThatThrownBy(() -> sentiment.deletePeriod(period.id())).isInstanceOf(UserException.class)
                .extracting(e -> ((UserException) e).key()).isEqualTo("sentiment.period.delete.notes");
        sentiment.deleteNote(stored.id());
        sentiment.deletePeriod(period.id());
        assertThat(sentiment.periods()).isEmpty();
    }

    @Test
    void anUnresolvedNoteIsCarriedOverOnceToTheNextPeriod() {
        List<SentimentPeriod> months = sentiment.createMonthly(YearMonth.of(2026, 11), YearMonth.of(2026, 12));
        SentimentNote note = sentiment.createNote(new NoteDraft(months.get(0).id(), topic("Môi trường"), null,
                "Bãi rác cuối xóm", source("Ban công tác Mặt trận thôn"), "Mùi hôi từ bãi rác", Spread.MANY, true,
                "Người dân chặn xe chở rác", null, false));

        SentimentNote carried = sentiment.carryOver(note.id());

        assertThat(carried.periodId()).isEqualTo(months.get(1).id());
        assertThat(carried.carriedFromId()).isEqualTo(note.id());
        assertThat(carried.carried()).isTrue();
        assertThat(carried.content()).isEqualTo("Mùi hôi từ bãi rác");
        assertThat(sentiment.note(note.id()).carriedOn()).isTrue();
        assertThatThrownBy(() -> sentiment.carryOver(note.id())).isInstanceOf(UserException.class)
                .extracting(e -> ((UserException) e).key()).isEqualTo("sentiment.carry.already");
        // The last period has no next one yet.
        assertThatThrownBy(() -> sentiment.carryOver(carried.id())).isInstanceOf(UserException.class)
                .extracting(e -> ((UserException) e).key()).isEqualTo("sentiment.carry.noNext");
        assertThat(sentiment.notes(months.get(1).id())).hasSize(1);
        // The original cannot go while its copy points at it; the copy can, then the original.
        assertThatThrownBy(() -> sentiment.deleteNote(note.id())).isInstanceOf(UserException.class)
                .extracting(e -> ((UserException) e).key()).isEqualTo("sentiment.note.delete.carried");
        assertThat(sentiment.note(carried.id()).carried()).isTrue();

        SentimentNote resolved = sentiment.createNote(new NoteDraft(months.get(0).id(), topic("Khác"), null, "Chợ xã",
                source("Hội Phụ nữ"), "Đã sửa đèn chợ", Spread.FEW, false, null, null, true));
        assertThatThrownBy(() -> sentiment.carryOver(resolved.id())).isInstanceOf(UserException.class)
                .extracting(e -> ((UserException) e).key()).isEqualTo("sentiment.carry.resolved");
    }

    @Test
    void opinionsAboutCandidatesStayInElectionPeriodsOnly() {
        List<SentimentPeriod> election = sentiment.createElection(LocalDate.of(2031, 3, 16));
        SentimentPeriod month = sentiment.createMonthly(YearMonth.of(2031, 4), YearMonth.of(2031, 4)).get(0);
        SentimentNote note = sentiment.createNote(new NoteDraft(election.get(2).id(), topic("bầu cử"), null, "Khu phố 3",
                source("Đoàn Thanh niên"), "Cử tri trẻ muốn biết chương trình hành động", Spread.PART, false, null,
                "Người ứng cử trẻ được tín nhiệm", false));
        assertThat(note.candidateOpinion()).isEqualTo("Người ứng cử trẻ được tín nhiệm");

        SentimentNote carried = sentiment.carryOver(note.id());

        assertThat(carried.periodId()).isEqualTo(month.id());
        assertThat(carried.candidateOpinion()).isNull();
    }

    @Test
    void theListsGrowWithTheOfficesOwnTopicsAndSourcesWithoutDuplicates() {
        SentimentEntry added = sentiment.addSource("Hội Chữ thập đỏ");
        assertThat(sentiment.addSource("hội chữ thập đỏ").id()).isEqualTo(added.id());
        assertThat(sentiment.sources()).extracting(SentimentEntry::name).contains("Hội Chữ thập đỏ", "Hội Nông dân");
        sentiment.addTopic("Chuyển đổi số");
        assertThat(sentiment.topics()).extracting(SentimentEntry::name).last().isEqualTo("Khác");
        assertThat(sentiment.topics()).extracting(SentimentEntry::name).contains("Chuyển đổi số");
        assertThatThrownBy(() -> sentiment.addTopic("  ")).isInstanceOf(UserException.class);
    }

    @Test
    void theDemoHoldsTwoMonthsWithAHotSpotAndACarriedNoteAndCanBeLoadedAgain() {
        context.demo().load(false, true);
        context.demo().load(true, true);

        List<SentimentPeriod> periods = sentiment.periods();
        assertThat(periods).extracting(SentimentPeriod::label).containsExactly("Tháng 12/2026", "Tháng 11/2026");
        List<SentimentNote> november = sentiment.notes(periods.get(1).id());
        List<SentimentNote> december = sentiment.notes(periods.get(0).id());
        assertThat(november).filteredOn(SentimentNote::hotSpot).singleElement()
                .satisfies(n -> assertThat(n.carriedOn()).isTrue());
        assertThat(december).filteredOn(SentimentNote::carried).singleElement()
                .satisfies(n -> assertThat(n.placeName()).isEqualTo("Xóm Bến"));
        assertThat(november).allSatisfy(n -> assertThat(n.candidateOpinion()).isNull());
        assertThat(november.size() + december.size()).isBetween(4, 8);
    }

    private void assertRefused(NoteDraft draft, String key) {
        assertThatThrownBy(() -> sentiment.createNote(draft)).isInstanceOf(UserException.class)
                .extracting(e -> ((UserException) e).key()).isEqualTo(key);
    }

    private int topic(String start) {
        return sentiment.topics().stream().filter(t -> org.cutri.common.text.VietText.fold(t.name())
                .contains(org.cutri.common.text.VietText.fold(start))).findFirst().orElseThrow().id();
    }

    private int source(String start) {
        return sentiment.sources().stream().filter(t -> org.cutri.common.text.VietText.fold(t.name())
                .contains(org.cutri.common.text.VietText.fold(start).replace("hoi phu nu", "phu nu")))
                .findFirst().orElseThrow().id();
    }
}
