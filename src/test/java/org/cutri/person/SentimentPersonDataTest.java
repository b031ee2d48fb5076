package org.cutri.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.cutri.app.AppContext;
import org.cutri.sentiment.NoteDraft;
import org.cutri.sentiment.SentimentNote;
import org.cutri.sentiment.SentimentPeriod;
import org.cutri.sentiment.Spread;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The people's opinions about a candidate written in the public-sentiment notes (seed 000) are a person's data too
 * (Law 91/2025/QH15): finding the candidate's name lists them, erasing it leaves the note without the name.
 */
class SentimentPersonDataTest {

    /** An invented candidate. */
    private static final String CANDIDATE = "Trịnh Văn Khoa";

    @TempDir
    Path folder;

    private AppContext context;
    private SentimentNote opinion;
    private SentimentNote other;

    @BeforeEach
    void open() {
        context = TestContexts.open(folder.resolve("data"));
        List<SentimentPeriod> election = context.sentiment().createElection(LocalDate.of(2026, 3, 15));
        int topic = context.sentiment().topics().get(0).id();
        int source = context.sentiment().sources().get(0).id();
        opinion = context.sentiment().createNote(new NoteDraft(election.get(0).id(), topic, null, "Thôn Đông Hải", source,
                "Cử tri bàn về danh sách người ứng cử đại biểu HĐND xã", Spread.PART, false, null,
                "Nhiều cử tri tín nhiệm ông trịnh văn khoa vì sát dân; một số ý kiến đề nghị làm rõ việc cấp đất", false));
        other = context.sentiment().createNote(new NoteDraft(election.get(0).id(), topic, null, "Chợ xã", source,
                "Người dân hỏi về ngày bầu cử, nhắc tên Trịnh Văn Khoa ở tổ bầu cử số 2", Spread.FEW, true,
                "Tranh cãi về ông Trịnh Văn Khoa tại chợ", null, false));
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void findingTheCandidateListsTheOpinionsAboutHimInTheSentimentNotes() {
        List<PersonPlace> places = context.persons().find("trinh van khoa");

        assertThat(places).extracting(p -> p.table() + "." + p.column(), PersonPlace::kind).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("sentiment_note.candidate_opinion", PlaceKind.CANDIDATE_OPINION),
                org.assertj.core.groups.Tuple.tuple("sentiment_note.content", PlaceKind.TEXT),
                org.assertj.core.groups.Tuple.tuple("sentiment_note.hot_spot_note", PlaceKind.TEXT));
        assertThat(places).allMatch(PersonPlace::erasable);
        assertThat(TestContexts.VI.label(PlaceKind.CANDIDATE_OPINION))
                .isEqualTo("Ý kiến về người ứng cử (tình hình Nhân dân)");
    }

    @Test
    void erasingTheNameKeepsTheNotesWithoutIt() {
        EraseResult result = context.persons().erase(CANDIDATE);

        assertThat(result.erased()).isEqualTo(3);
        SentimentNote erased = context.sentiment().note(opinion.id());
        assertThat(erased.candidateOpinion()).isEqualTo("Nhiều cử tri tín nhiệm ông [đã xóa tên] vì sát dân; một số ý"
                + " kiến đề nghị làm rõ việc cấp đất");
        assertThat(erased.content()).isEqualTo(opinion.content());
        SentimentNote second = context.sentiment().note(other.id());
        assertThat(second.content()).isEqualTo("Người dân hỏi về ngày bầu cử, nhắc tên [đã xóa tên] ở tổ bầu cử số 2");
        assertThat(second.hotSpotNote()).isEqualTo("Tranh cãi về ông [đã xóa tên] tại chợ");
        assertThat(context.persons().find(CANDIDATE)).isEmpty();
    }
}
