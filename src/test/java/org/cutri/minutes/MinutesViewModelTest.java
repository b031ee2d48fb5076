package org.cutri.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import javafx.util.Duration;

import org.cutri.app.AppContext;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;
import org.cutri.meeting.Meeting;
import org.cutri.opinion.Opinion;
import org.cutri.round.ContactRound;
import org.cutri.testing.DemoData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The minutes view-model without a window, its background work run step by step in the order a busy
 * worker would finish it: a load that ends late never fills the screen, a count typed wrong is never stored.
 */
class MinutesViewModelTest {

    @TempDir
    static Path folder;
    private static Path demo;

    private AppContext context;
    private final List<Exception> errors = new ArrayList<>();
    private final StepExecutor steps = new StepExecutor();
    private MinutesViewModel viewModel;
    private Meeting dongHai;

    @BeforeAll
    static void buildDemo() {
        demo = DemoData.create(folder.resolve("demo"));
    }

    @BeforeEach
    void open() {
        context = DemoData.openCopy(demo, folder);
        viewModel = new MinutesViewModel(context.rounds(), context.meetings(), context.opinions(), context.minutes(),
                context.messages(), steps, Duration.ZERO);
        viewModel.refresh();
        steps.runAll();
        ContactRound december = viewModel.choice().roundProperty().get();
        assertThat(december.name()).contains("trước kỳ họp thứ 3");
        dongHai = viewModel.choice().meetings().stream().filter(m -> m.hamletNames().equals("Thôn Đông Hải"))
                .findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        context.close();
        assertThat(errors).isEmpty();
    }

    @Test
    void aMeetingChosenAgainBeforeItsFirstLoadEndedIsShownOnce() {
        Meeting other = viewModel.choice().meetings().stream().filter(m -> m.id() != dongHai.id()).findFirst()
                .orElseThrow();
        viewModel.choice().meetingProperty().set(dongHai);
        viewModel.choice().meetingProperty().set(null);
        viewModel.choice().meetingProperty().set(dongHai);
        assertThat(steps.waiting()).isEqualTo(2);
        steps.runAll();
        assertShown(dongHai);

        // The newest choice wins even when an older load finishes last.
        viewModel.choice().meetingProperty().set(other);
        viewModel.choice().meetingProperty().set(dongHai);
        steps.runNewestFirst();
        assertShown(dongHai);
    }

    @Test
    void theSameMeetingInARefreshedListIsNotLoadedAgain() {
        viewModel.choice().meetingProperty().set(dongHai);
        steps.runAll();
        OpinionEntry first = viewModel.editor().opinions().get(0);
        viewModel.refresh();
        steps.runAll();
        assertThat(viewModel.choice().meetingProperty().get().id()).isEqualTo(dongHai.id());
        assertThat(viewModel.editor().opinions().get(0)).isSameAs(first);
        assertShown(dongHai);
    }

    @Test
    void deletingRemovesExactlyTheCurrentStoredOpinion() {
        viewModel.choice().meetingProperty().set(dongHai);
        steps.runAll();
        List<Opinion> before = stored();
        viewModel.editor().currentProperty().set(viewModel.editor().opinions().get(1));
        viewModel.editor().deleteCurrent();
        viewModel.editor().deleteCurrent();
        steps.runAll();
        assertThat(stored()).extracting(Opinion::id).containsExactlyElementsOf(before.stream().map(Opinion::id)
                .filter(id -> id != before.get(1).id() && id != before.get(2).id()).toList());
        assertShown(dongHai);
    }

    @Test
    void aCountTypedWrongIsRefusedAndTheStoredCountKept() {
        viewModel.choice().meetingProperty().set(dongHai);
        steps.runAll();
        Integer invited = context.meetings().get(dongHai.id()).row().votersInvited();
        viewModel.form().votersInvitedProperty().set("abc");
        viewModel.form().chairNameProperty().set("Nguyễn Thử");
        steps.runAll();
        assertThat(viewModel.form().invitedErrorProperty().get()).contains("abc").contains(String.valueOf(invited));
        assertThat(viewModel.form().messageProperty().get()).isEqualTo(viewModel.form().invitedErrorProperty().get());
        assertThat(context.meetings().get(dongHai.id()).row().votersInvited()).isEqualTo(invited);
        assertThat(context.meetings().get(dongHai.id()).row().chairName()).isEqualTo("Nguyễn Thử");
        assertThat(viewModel.statusProperty().get()).startsWith("Các ô khác đã lưu");

        viewModel.form().votersInvitedProperty().set(" 91 ");
        steps.runAll();
        assertThat(viewModel.form().messageProperty().get()).isEmpty();
        assertThat(context.meetings().get(dongHai.id()).row().votersInvited()).isEqualTo(91);

        OpinionEntry entry = viewModel.editor().opinions().get(0);
        Integer votes = stored().get(0).votesFor();
        entry.votesForProperty().set("12a");
        steps.runAll();
        assertThat(entry.errorProperty().get()).contains("12a");
        assertThat(stored().get(0).votesFor()).isEqualTo(votes);
        entry.votesForProperty().set("");
        steps.runAll();
        assertThat(stored().get(0).votesFor()).isNull();
        assertThat(entry.voteRecordedProperty().get()).isFalse();
        assertThat(entry.errorProperty().get()).isEmpty();
    }

    @Test
    void aCountRefusedOnTheMeetingLeftIsNotReportedOnTheNextMeeting() {
        Meeting other = viewModel.choice().meetings().stream().filter(m -> m.id() != dongHai.id()).findFirst()
                .orElseThrow();
        viewModel.choice().meetingProperty().set(dongHai);
        steps.runAll();
        Integer invited = context.meetings().get(dongHai.id()).row().votersInvited();
        viewModel.form().votersInvitedProperty().set("abc");
        steps.runAll();
        assertThat(viewModel.statusProperty().get()).contains("ô có lỗi chưa được lưu");

        // Another meeting: no red line about "abc" on it, so the status bar must not point to one.
        viewModel.choice().meetingProperty().set(other);
        steps.runAll();
        assertThat(viewModel.form().messageProperty().get()).isEmpty();
        assertThat(viewModel.statusProperty().get()).doesNotContain("ô có lỗi");

        // The same while the refused count is still being stored when the next meeting is chosen.
        viewModel.choice().meetingProperty().set(dongHai);
        steps.runAll();
        viewModel.form().votersInvitedProperty().set("7x");
        viewModel.choice().meetingProperty().set(other);
        steps.runAll();
        assertThat(viewModel.form().messageProperty().get()).isEmpty();
        assertThat(viewModel.statusProperty().get()).startsWith("Đã lưu").doesNotContain("ô có lỗi");
        assertThat(context.meetings().get(dongHai.id()).row().votersInvited()).isEqualTo(invited);
    }

    @Test
    void theMinutesNameAConsentingSpeakerOnlyOnceNamesAreChosen() {
        context.opinions().add(dongHai.id(), new org.cutri.opinion.OpinionDraft(null, "Đề nghị sửa cống thoát nước",
                org.cutri.opinion.OpinionKind.PETITION, null, org.cutri.opinion.Authority.COMMUNE, null,
                "Bùi Thị Thanh Xuân", true, null, null, false, null, null));
        viewModel.choice().meetingProperty().set(dongHai);
        steps.runAll();
        List<String> documents = new ArrayList<>();

        viewModel.document(d -> documents.add(d.document().toString()));
        steps.runAll();
        viewModel.withNamesProperty().set(true);
        viewModel.document(d -> documents.add(d.document().toString()));
        steps.runAll();

        assertThat(documents).hasSize(2);
        assertThat(documents.get(0)).contains("Cử tri đề nghị sửa cống thoát nước").doesNotContain("Bùi Thị Thanh Xuân");
        assertThat(documents.get(1)).contains("Cử tri Bùi Thị Thanh Xuân đề nghị sửa cống thoát nước");
    }

    private void assertShown(Meeting meeting) {
        List<Opinion> stored = context.opinions().listByMeeting(meeting.id());
        assertThat(viewModel.meetingOpenProperty().get()).isTrue();
        assertThat(viewModel.editor().opinions()).extracting(e -> e.id())
                .containsExactlyElementsOf(stored.stream().map(Opinion::id).toList());
        assertThat(viewModel.form().deputies()).extracting(d -> d.deputy().id()).containsExactlyElementsOf(
                context.meetings().get(meeting.id()).deputies().stream().map(Meeting.DeputyRef::id).toList());
    }

    private List<Opinion> stored() {
        return context.opinions().listByMeeting(dongHai.id());
    }

    /** Holds the background work until the test runs it, in the order it chooses. */
    private final class StepExecutor implements TaskExecutor {
        private final Deque<Runnable> queue = new ArrayDeque<>();
        private final TaskExecutor now = TaskExecutor.sameThread(errors::add);

        @Override
        public <T> void execute(BackgroundTask<T> task) {
            queue.add(() -> now.execute(task));
        }

        int waiting() {
            return queue.size();
        }

        void runAll() {
            while (!queue.isEmpty()) {
                queue.poll().run();
            }
        }

        void runNewestFirst() {
            while (!queue.isEmpty()) {
                queue.pollLast().run();
            }
        }
    }
}
