package org.cutri.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;

import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

import org.cutri.app.Area;
import org.cutri.common.i18n.Messages;
import org.cutri.common.ui.SearchableComboBox;
import org.cutri.meeting.Meeting;
import org.cutri.meeting.MeetingDraft;
import org.cutri.meeting.MeetingForm;
import org.cutri.meeting.MeetingStatus;
import org.cutri.round.ContactRound;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.GatedExecutor;
import org.cutri.testing.ShownNodes;
import org.cutri.testing.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The minutes screen says "no deputies" and "no opinions yet" only of a meeting it has read: with no meeting
 * chosen it asks for one, and while a meeting is read it says it is loading. It once told a secretary who had
 * chosen nothing yet, and one whose meeting was still loading, that the meeting had no deputies and no opinions.
 */
@ExtendWith(ApplicationExtension.class)
class MinutesEmptyStatesViewTest {

    @TempDir
    static Path folder;

    private TestWindow window;
    private GatedExecutor gate;
    private Meeting bare;

    @Start
    void start(Stage stage) {
        window = TestWindow.open(stage, folder.resolve("data-" + System.nanoTime()), context -> {
            context.demo().load(false);
            ContactRound december = context.rounds().list().stream()
                    .filter(r -> r.name().contains("trước kỳ họp thứ 3")).findFirst().orElseThrow();
            Meeting any = context.meetings().list(december.id()).get(0);
            // A meeting with no deputy and no opinion: the only one that may say so.
            bare = context.meetings().create(new MeetingDraft(december.id(), any.row().meetingDate(),
                    LocalTime.of(19, 0), null, "Nhà văn hóa", MeetingForm.IN_PERSON, null, null,
                    MeetingStatus.PLANNED, List.of(any.hamlets().get(0).id()), List.of()));
        }, executor -> {
            gate = new GatedExecutor(executor);
            gate.open();
            return gate;
        });
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void noDeputiesAndNoOpinionsAreSaidOnlyOfAMeetingThatWasRead(FxRobot robot) {
        Messages messages = window.context().messages();
        List<String> nothing = List.of(messages.get("minutes.deputies.none"), messages.get("minutes.opinions.empty"));
        robot.interact(() -> window.view().showArea(Area.MEETINGS));
        SearchableComboBox<Meeting> meetingBox = robot.lookup("#meetingBox").query();
        ListView<?> opinions = robot.lookup("#opinionList").queryListView();
        Parent root = window.view().screen(Area.MEETINGS).root();
        FxTestSupport.waitUntil(() -> meetingBox.getItems().size() > 2);
        WaitForAsyncUtils.waitForFxEvents();

        // No meeting chosen yet: the screen asks for one.
        assertThat(ShownNodes.texts(root)).as("with no meeting chosen").doesNotContainAnyElementsOf(nothing)
                .contains(messages.get("minutes.opinions.noMeeting"));

        // A meeting with deputies and opinions, still being read.
        Meeting dongHai = meetingBox.getItems().stream().filter(m -> m.hamletNames().equals("Thôn Đông Hải"))
                .findFirst().orElseThrow();
        gate.close();
        robot.interact(() -> meetingBox.setValue(dongHai));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ShownNodes.texts(root)).as("while the meeting is read").doesNotContainAnyElementsOf(nothing)
                .contains(messages.get("common.loading"));

        gate.open();
        FxTestSupport.waitUntil(() -> !opinions.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ShownNodes.texts(root)).as("once read").doesNotContainAnyElementsOf(nothing)
                .doesNotContain(messages.get("common.loading"));
        assertThat(robot.lookup(".check-box").queryAllAs(javafx.scene.control.CheckBox.class)
                .stream().filter(box -> box.getId() != null && box.getId().startsWith("deputy-"))).isNotEmpty();

        // The meeting with neither: now the screen says so.
        robot.interact(() -> meetingBox.setValue(meetingBox.getItems().stream().filter(m -> m.id() == bare.id())
                .findFirst().orElseThrow()));
        FxTestSupport.waitUntil(() -> ShownNodes.texts(root).contains(messages.get("minutes.deputies.none")));
        assertThat(ShownNodes.texts(root)).contains(messages.get("minutes.opinions.empty"))
                .doesNotContain(messages.get("common.loading"));
    }
}
