package org.cutri.grouping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.cutri.app.AppContext;
import org.cutri.common.UserException;
import org.cutri.hamlet.Hamlet;
import org.cutri.meeting.Meeting;
import org.cutri.opinion.Opinion;
import org.cutri.opinion.OpinionDraft;
import org.cutri.opinion.OpinionKind;
import org.cutri.opinion.OpinionListItem;
import org.cutri.round.ContactRound;
import org.cutri.round.RoundDraft;
import org.cutri.round.RoundKind;
import org.cutri.testing.PlannedMeetings;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same-issue groups stored on a real H2 file: suggest, accept, split, trim, word, delete. */
class GroupServiceTest {

    @TempDir
    Path folder;

    private AppContext context;
    private GroupService groups;
    private ContactRound round;
    private List<Hamlet> hamlets;
    private Opinion roadA;
    private Opinion clinicA;
    private Opinion roadB;
    private Opinion waterB;
    private Opinion roadC;
    private Opinion lampC;
    private Opinion roadCRejected;

    @BeforeEach
    void open() {
        context = TestContexts.open(folder);
        context.demo().load(false);
        groups = context.groups();
        round = context.rounds().create(new RoundDraft(null, RoundKind.BEFORE_SESSION,
                "Tiếp xúc cử tri trước kỳ họp thứ tư", LocalDate.of(2027, 5, 20), null, LocalDate.of(2027, 6, 1),
                LocalDate.of(2027, 6, 5), LocalDate.of(2027, 6, 8), LocalDate.of(2027, 6, 9),
                LocalDate.of(2027, 6, 17), null));
        hamlets = context.hamlets().list().subList(0, 3);
        Meeting a = meeting(hamlets.get(0), 1);
        Meeting b = meeting(hamlets.get(1), 2);
        Meeting c = meeting(hamlets.get(2), 3);
        roadA = add(a, "Đề nghị nâng cấp đường liên xã đã xuống cấp nghiêm trọng");
        clinicA = add(a, "Trạm y tế thiếu thuốc và trang thiết bị");
        roadB = add(b, "Cử tri phản ánh đường liên xã xuống cấp, nhiều ổ gà");
        waterB = add(b, "Nước sạch có mùi lạ, màu vàng");
        roadC = add(c, "de nghi sua chua duong lien xa bi xuong cap");
        lampC = add(c, "Đèn đường hỏng mấy tháng chưa được thay");
        Opinion rejected = add(c, "Đường liên xã xuống cấp, đề nghị nâng cấp đường liên xã");
        roadCRejected = context.opinions().update(rejected.id(), rejected.version(), new OpinionDraft(null, rejected.content(),
                OpinionKind.PETITION, null, null, null, null, false, 10, 40, false, null, null));
    }

    private Meeting meeting(Hamlet hamlet, int day) {
        return PlannedMeetings.of(context, round.id(), hamlet, day);
    }

    private Opinion add(Meeting meeting, String text) {
        return context.opinions().add(meeting.id(), OpinionDraft.of(text));
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void suggestsTheRoadRaisedByThreeHamletsWithoutStoringAndWithoutTheRejectedOpinion() {
        List<GroupSuggestion> suggestions = groups.suggest(round.id());

        assertThat(suggestions).hasSize(1);
        assertThat(suggestions.get(0).members()).extracting(OpinionListItem::code)
                .containsExactly(roadA.code(), roadB.code(), roadC.code());
        assertThat(suggestions.get(0).members()).extracting(OpinionListItem::hamletName)
                .containsExactly(hamlets.get(0).name(), hamlets.get(1).name(), hamlets.get(2).name());
        assertThat(suggestions.get(0).wording()).contains("liên xã");
        assertThat(suggestions.get(0).opinionIds()).doesNotContain(roadCRejected.id());
        assertThat(groups.list(round.id())).isEmpty();
    }

    @Test
    void anAcceptedGroupLinksTheOriginalsAndIsNotSuggestedAgain() {
        OpinionGroupEntry accepted = groups.accept(groups.suggest(round.id()).get(0));

        assertThat(accepted.group().status()).isEqualTo(GroupStatus.ACCEPTED);
        assertThat(accepted.group().roundId()).isEqualTo(round.id());
        assertThat(accepted.members()).extracting(GroupMember::code)
                .containsExactly(roadA.code(), roadB.code(), roadC.code());
        assertThat(accepted.hamletNames()).hasSize(3);
        assertThat(context.opinions().find(roadB.id())).hasValueSatisfying(
                o -> assertThat(o.content()).isEqualTo("Cử tri phản ánh đường liên xã xuống cấp, nhiều ổ gà"));
        assertThat(context.opinions().listItems(round.id())).hasSize(7);
        assertThat(groups.suggest(round.id())).isEmpty();

        assertThatThrownBy(() -> groups.accept(round.id(), List.of(roadA.id(), lampC.id()), "Đường và đèn"))
                .isInstanceOf(UserException.class).extracting(e -> ((UserException) e).key())
                .isEqualTo("grouping.member.taken");
        assertThat(TestContexts.VI.of(catchUser(() -> groups.accept(round.id(), List.of(roadA.id(), lampC.id()), "x"))))
                .contains(roadA.code()).contains(accepted.group().wording());
    }

    @Test
    void theSecretaryWordsSplitsTrimsAndDeletesGroupsWhileTheOpinionsStay() {
        OpinionGroupEntry four = groups.accept(round.id(), List.of(roadA.id(), roadB.id(), lampC.id(), clinicA.id()),
                "  Đường liên xã xuống cấp  ");
        assertThat(four.group().wording()).isEqualTo("Đường liên xã xuống cấp");

        OpinionGroupEntry worded = groups.editWording(four.group().id(), "Nâng cấp đường liên xã đã xuống cấp");
        assertThat(worded.group().wording()).isEqualTo("Nâng cấp đường liên xã đã xuống cấp");

        OpinionGroupEntry split = groups.split(four.group().id(), List.of(lampC.id(), clinicA.id()), "Việc khác");
        assertThat(split.members()).extracting(GroupMember::opinionId).containsExactlyInAnyOrder(lampC.id(), clinicA.id());
        assertThat(split.group().status()).isEqualTo(GroupStatus.ACCEPTED);

        OpinionGroupEntry trimmed = groups.removeMember(split.group().id(), clinicA.id());
        assertThat(trimmed.members()).extracting(GroupMember::opinionId).containsExactly(lampC.id());
        assertThat(context.opinions().find(clinicA.id())).isPresent();

        assertThat(groups.list(round.id())).extracting(e -> e.group().wording())
                .containsExactly("Nâng cấp đường liên xã đã xuống cấp", "Việc khác");
        assertThat(groups.list(round.id()).get(0).members()).extracting(GroupMember::opinionId)
                .containsExactly(roadA.id(), roadB.id());

        groups.delete(split.group().id());
        assertThat(groups.removeMember(four.group().id(), roadA.id()).members()).hasSize(1);
        assertThat(groups.removeMember(four.group().id(), roadB.id())).isNull();
        assertThat(groups.list(round.id())).isEmpty();
        assertThat(context.opinions().listItems(round.id())).hasSize(7);
    }

    @Test
    void refusesGroupsThatMakeNoSense() {
        assertThat(key(() -> groups.accept(round.id(), List.of(roadA.id()), "Đường"))).isEqualTo("grouping.members.tooFew");
        assertThat(key(() -> groups.accept(round.id(), List.of(roadA.id(), roadA.id()), "Đường")))
                .isEqualTo("grouping.members.tooFew");
        assertThat(key(() -> groups.accept(round.id(), List.of(roadA.id(), roadB.id()), "   ")))
                .isEqualTo("grouping.wording.required");
        int otherRound = context.opinions().listItems().stream().filter(i -> i.roundId() != round.id())
                .findFirst().orElseThrow().id();
        assertThat(key(() -> groups.accept(round.id(), List.of(roadA.id(), otherRound), "Đường")))
                .isEqualTo("grouping.member.otherRound");
        OpinionGroupEntry two = groups.accept(round.id(), List.of(roadA.id(), roadB.id()), "Đường");
        assertThat(key(() -> groups.split(two.group().id(), List.of(roadA.id(), roadB.id()), "Tách")))
                .isEqualTo("grouping.split.all");
        assertThat(key(() -> groups.split(two.group().id(), List.of(roadA.id(), lampC.id()), "Tách")))
                .isEqualTo("grouping.split.notMember");
        assertThat(key(() -> groups.accept(999, List.of(roadA.id(), roadB.id()), "Đường"))).isEqualTo("round.notFound");
        assertThat(groups.list(round.id())).hasSize(1);
    }

    @Test
    void keptSuggestionsCanBeConfirmedAndGiveWayToAnAcceptedGroup() {
        List<OpinionGroupEntry> kept = groups.keepSuggestions(round.id());
        assertThat(kept).singleElement().satisfies(e -> assertThat(e.group().status()).isEqualTo(GroupStatus.SUGGESTED));
        assertThat(groups.keepSuggestions(round.id())).hasSize(1);
        assertThat(groups.list(round.id())).hasSize(1);

        // accepting two of its members takes them out of the suggested group, which is dropped
        groups.accept(round.id(), List.of(roadA.id(), roadB.id()), "Đường liên xã");
        assertThat(groups.list(round.id())).extracting(e -> e.group().status()).containsExactly(GroupStatus.ACCEPTED);

        OpinionGroupEntry again = groups.keepSuggestions(round.id()).stream().findFirst().orElse(null);
        assertThat(again).isNull();
    }

    @Test
    void aDeletedOpinionLeavesItsGroup() {
        OpinionGroupEntry group = groups.accept(round.id(), List.of(roadA.id(), roadB.id(), roadC.id()), "Đường");
        context.opinions().delete(roadC.id());
        assertThat(groups.list(round.id()).get(0).members()).extracting(GroupMember::opinionId)
                .containsExactly(roadA.id(), roadB.id());
        assertThat(group.members()).hasSize(3);
    }

    @Test
    void similarCodesListsAcceptedGroupsAndSuggestionsInTheRoundsOrder() {
        groups.accept(round.id(), List.of(lampC.id(), clinicA.id()), "Thiếu thuốc và đèn đường");

        assertThat(groups.similarCodes(round.id())).containsExactly(
                List.of(roadA.code(), roadB.code(), roadC.code()),
                List.of(clinicA.code(), lampC.code()));
    }

    private static String key(Runnable action) {
        return catchUser(action).key();
    }

    /** Decision 0031: a pair the secretary accepted together is suggested together again, whatever its words. */
    @Test
    void aPairAcceptedBeforeIsSuggestedTogetherAgainAndSaysSo() {
        assertThat(groups.decision(roadA.id(), lampC.id())).isEmpty();
        OpinionGroupEntry accepted = groups.accept(round.id(), List.of(roadA.id(), lampC.id()), "Đường và đèn liên xã");
        assertThat(groups.decision(roadA.id(), lampC.id())).contains(true);
        assertThat(groups.suggest(round.id())).noneMatch(GroupSuggestion::remembered);

        groups.delete(accepted.group().id());

        GroupSuggestion back = groups.suggest(round.id()).stream()
                .filter(s -> s.opinionIds().containsAll(List.of(roadA.id(), lampC.id()))).findFirst().orElseThrow();
        assertThat(back.remembered()).isTrue();
        assertThat(groups.suggest(round.id()).stream().filter(GroupSuggestion::remembered)).hasSize(1);
    }

    /** Decision 0031: opinions taken out of a suggestion are never suggested with the rest again; stored on disk. */
    @Test
    void aPairSplitApartIsNeverSuggestedTogetherAgain() {
        assertThat(groups.suggest(round.id()).get(0).opinionIds()).contains(roadA.id(), roadB.id(), roadC.id());

        groups.keepApart(List.of(roadB.id()), List.of(roadA.id(), roadC.id()));

        assertThat(groups.decision(roadB.id(), roadA.id())).contains(false);
        assertThat(groups.decision(roadA.id(), roadC.id())).isEmpty();
        List<GroupSuggestion> again = groups.suggest(round.id());
        assertThat(again).noneMatch(s -> s.opinionIds().contains(roadB.id())
                && (s.opinionIds().contains(roadA.id()) || s.opinionIds().contains(roadC.id())));
        assertThat(again).anyMatch(s -> s.opinionIds().containsAll(List.of(roadA.id(), roadC.id())));
    }

    /** Decision 0031: an opinion taken out of an accepted group, or split off it, is kept apart from the rest. */
    @Test
    void takingAnOpinionOutOfAnAcceptedGroupKeepsItApart() {
        OpinionGroupEntry accepted = groups.accept(groups.suggest(round.id()).get(0));
        groups.removeMember(accepted.group().id(), roadC.id());
        assertThat(groups.decision(roadC.id(), roadA.id())).contains(false);
        assertThat(groups.decision(roadC.id(), roadB.id())).contains(false);
        assertThat(groups.decision(roadA.id(), roadB.id())).contains(true);

        groups.delete(accepted.group().id());
        assertThat(groups.suggest(round.id())).noneMatch(s -> s.opinionIds().contains(roadC.id())
                && s.opinionIds().contains(roadA.id()));
    }

    /**
     * Decision 0056: the secretary adds an opinion the suggestion missed to an accepted group; it is stored there, the
     * pair is remembered, and what makes no sense is refused with nothing changed.
     */
    @Test
    void anOpinionTheSuggestionMissedIsAddedToAnAcceptedGroupAndRemembered() {
        OpinionGroupEntry two = groups.accept(round.id(), List.of(roadA.id(), roadB.id()), "Đường liên xã xuống cấp");
        OpinionGroupEntry three = groups.addMembers(two.group().id(), List.of(roadC.id(), roadA.id()));

        assertThat(three.group().id()).isEqualTo(two.group().id());
        assertThat(three.group().wording()).isEqualTo("Đường liên xã xuống cấp");
        assertThat(groups.list(round.id())).singleElement().satisfies(e -> assertThat(e.members())
                .extracting(GroupMember::opinionId).containsExactly(roadA.id(), roadB.id(), roadC.id()));
        assertThat(groups.decision(roadC.id(), roadA.id())).contains(true);
        assertThat(groups.decision(roadC.id(), roadB.id())).contains(true);

        OpinionGroupEntry lamp = groups.accept(round.id(), List.of(lampC.id(), clinicA.id()), "Việc khác");
        assertThat(key(() -> groups.addMembers(lamp.group().id(), List.of(roadB.id())))).isEqualTo("grouping.member.taken");
        int otherRound = context.opinions().listItems().stream().filter(i -> i.roundId() != round.id())
                .findFirst().orElseThrow().id();
        assertThat(key(() -> groups.addMembers(lamp.group().id(), List.of(waterB.id(), otherRound))))
                .isEqualTo("grouping.member.otherRound");
        assertThat(key(() -> groups.addMembers(9999, List.of(waterB.id())))).isEqualTo("common.gone");
        assertThat(groups.list(round.id())).extracting(e -> e.members().size()).containsExactly(3, 2);
        assertThat(context.opinions().listItems(round.id())).hasSize(7);
    }

    /** An opinion deleted on another screen meanwhile: refused, the group as it was. */
    @Test
    void anOpinionDeletedMeanwhileIsRefusedAndTheGroupStaysAsItWas() {
        OpinionGroupEntry two = groups.accept(round.id(), List.of(roadA.id(), roadB.id()), "Đường liên xã");
        context.opinions().delete(roadC.id());

        assertThat(key(() -> groups.addMembers(two.group().id(), List.of(lampC.id(), roadC.id())))).isEqualTo("common.gone");

        assertThat(groups.list(round.id())).singleElement().satisfies(e -> assertThat(e.members())
                .extracting(GroupMember::opinionId).containsExactly(roadA.id(), roadB.id()));
        assertThat(groups.decision(lampC.id(), roadA.id())).isEmpty();
    }

    @Test
    void anOpinionAddedToAKeptSuggestionLeavesTheSuggestionItWasIn() {
        OpinionGroupEntry kept = groups.keepSuggestions(round.id()).get(0);
        OpinionGroupEntry water = groups.accept(round.id(), List.of(waterB.id(), clinicA.id()), "Nước và trạm y tế");

        groups.addMembers(water.group().id(), List.of(roadC.id()));

        assertThat(groups.list(round.id())).filteredOn(e -> e.group().id() == kept.group().id()).singleElement()
                .satisfies(e -> assertThat(e.members()).extracting(GroupMember::opinionId)
                        .containsExactly(roadA.id(), roadB.id()));
        assertThat(groups.list(round.id())).filteredOn(e -> e.group().id() == water.group().id()).singleElement()
                .satisfies(e -> assertThat(e.members()).extracting(GroupMember::opinionId).contains(roadC.id()));
    }

    private static UserException catchUser(Runnable action) {
        try {
            action.run();
        } catch (UserException e) {
            return e;
        }
        throw new AssertionError("no UserException");
    }
}
