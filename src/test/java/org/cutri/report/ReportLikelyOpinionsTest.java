package org.cutri.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;

import org.cutri.app.AppContext;
import org.cutri.app.MainWindow;
import org.cutri.common.task.FxTaskExecutor;
import org.cutri.common.ui.Dialogs;
import org.cutri.grouping.GroupMember;
import org.cutri.grouping.GroupStatus;
import org.cutri.grouping.OpinionGroupEntry;
import org.cutri.hamlet.Hamlet;
import org.cutri.meeting.Meeting;
import org.cutri.opinion.Opinion;
import org.cutri.opinion.OpinionDraft;
import org.cutri.round.ContactRound;
import org.cutri.round.RoundDraft;
import org.cutri.round.RoundKind;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.Pickers;
import org.cutri.testing.PlannedMeetings;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Decision 0056: what the suggestion missed is found beside the chosen opinion or group, most alike first, and added
 * with one press; what is shown and what is stored agree after every step, and switching the choice back and forth
 * shows each choice's own list.
 */
@ExtendWith(ApplicationExtension.class)
class ReportLikelyOpinionsTest {

    @TempDir
    static Path folder;

    private AppContext context;
    private FxTaskExecutor executor;
    private ContactRound round;
    private Opinion bridgeA;
    private Opinion bridgeB;
    private Opinion bridgeC;
    private Opinion water;
    private Meeting third;

    @Start
    void start(Stage stage) {
        context = TestContexts.open(folder.resolve("data-" + System.nanoTime()));
        context.demo().load(false);
        round = context.rounds().create(new RoundDraft(null, RoundKind.THEMATIC,
                "Tiếp xúc cử tri chuyên đề giao thông miền núi", LocalDate.of(2027, 5, 20), null,
                LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 5), LocalDate.of(2027, 6, 8), LocalDate.of(2027, 6, 9),
                LocalDate.of(2027, 6, 17), null));
        List<Hamlet> hamlets = context.hamlets().list().subList(0, 3);
        Meeting first = meeting(hamlets.get(0), 1);
        Meeting second = meeting(hamlets.get(1), 2);
        third = meeting(hamlets.get(2), 3);
        // one issue worded three ways (the suspension bridge to Khuổi Lìu), among other issues
        bridgeA = add(first, "Cầu treo Nậm Lìu ván mặt cầu mục nát, nhiều tấm đã gãy, dây cáp chùng võng, đề nghị sửa chữa"
                + " trước mùa mưa lũ.");
        water = add(first, "Công trình nước tự chảy bị lũ cuốn đứt đường ống mấy đoạn, hơn một tháng nay bà con không có"
                + " nước sinh hoạt.");
        add(second, "Phòng ở của học sinh trường bán trú xã quá chật, 3-4 em nằm chung một giường tầng, xin xây thêm"
                + " phòng.");
        bridgeB = add(second, "Đề nghị thay ván sàn và căng lại cáp cây cầu treo bắc qua suối sang bản Khuổi Lìu, đi lên"
                + " cứ rung lắc, người già không dám qua.");
        add(third, "Đợt dịch tả lợn châu Phi tháng 3 vừa rồi có hộ chết sạch cả đàn, đến nay vẫn chưa được hỗ trợ.");
        bridgeC = add(third, "Cử tri kiến nghị bố trí kinh phí khắc phục cây cầu treo đầu bản Khuổi Lìu đã hư hỏng nặng,"
                + " mùa lũ học sinh phải nghỉ học vì không dám đi qua.");
        add(third, "Trạm y tế xã lâu nay không có bác sĩ, ốm nặng là phải đi xa hơn 40 cây số.");
        Dialogs dialogs = new Dialogs(context.messages());
        executor = new FxTaskExecutor(dialogs::showError);
        MainWindow.open(stage, context, executor, dialogs);
    }

    private Meeting meeting(Hamlet hamlet, int day) {
        return PlannedMeetings.of(context, round.id(), hamlet, day);
    }

    private Opinion add(Meeting meeting, String text) {
        return context.opinions().add(meeting.id(), OpinionDraft.of(text));
    }

    @AfterEach
    void close() {
        executor.close();
        context.close();
    }

    @Test
    void theOpinionsTheSuggestionMissedAreListedBesideAnOpinionAndAGroupAndAddedWithOnePress(FxRobot robot) {
        FxTestSupport.openArea(robot, "#nav-reports");
        Pickers.pick(robot, "#roundBox", "chuyen de giao thong mien nui");
        TreeView<Object> tree = robot.lookup("#groupTree").query();
        ListView<GroupWork.Member> likely = robot.lookup("#likelyList").query();
        Label note = robot.lookup("#likelyNote").query();
        Button add = robot.lookup("#likelyButton").query();
        FxTestSupport.waitUntil(() -> aloneNode(tree) != null && aloneNode(tree).getChildren().size() == 7);
        assertThat(note.getText()).startsWith("Chọn một nhóm hoặc một ý kiến đứng riêng");
        assertThat(likely.getItems()).isEmpty();

        // an opinion standing alone: the two other wordings of its bridge come first, nothing else before them
        choose(robot, tree, bridgeA);
        FxTestSupport.waitUntil(() -> likely.getItems().size() >= 2);
        assertThat(likely.getItems().subList(0, 2)).extracting(GroupWork.Member::code)
                .containsExactlyInAnyOrder(bridgeB.code(), bridgeC.code());
        assertThat(likely.getItems()).extracting(GroupWork.Member::code).doesNotContain(bridgeA.code());
        // each line says why it is listed: words both opinions hold
        FxTestSupport.waitUntil(() -> likelyCells(robot).stream().anyMatch(t -> t.contains(bridgeB.code() + " · ")));
        String line = likelyCells(robot).stream().filter(t -> t.contains(bridgeB.code() + " · ")).findFirst()
                .orElseThrow();
        assertThat(line).contains(bridgeB.content()).contains("\nChung: ");
        for (String word : line.substring(line.indexOf("\nChung: ") + "\nChung: ".length()).split(", ")) {
            assertThat(bridgeA.content().toLowerCase()).contains(word.toLowerCase());
            assertThat(bridgeB.content().toLowerCase()).contains(word.toLowerCase());
        }
        assertThat(add.getText()).isEqualTo("Gộp thành nhóm");
        assertThat(add.isDisabled()).isTrue();

        // another choice shows its own list; back again, the bridge's list comes back
        choose(robot, tree, water);
        FxTestSupport.waitUntil(() -> likely.getItems().stream().noneMatch(m -> m.code().equals(water.code()))
                && !likely.getItems().isEmpty() && !likely.getItems().get(0).code().equals(bridgeB.code())
                || note.getText().startsWith("Không có ý kiến đứng riêng nào"));
        choose(robot, tree, bridgeA);
        FxTestSupport.waitUntil(() -> likely.getItems().size() >= 2
                && List.of(bridgeB.code(), bridgeC.code()).contains(likely.getItems().get(0).code()));

        // one of them, with the chosen opinion, becomes an accepted group worded as the chosen opinion
        GroupWork.Member b = likely.getItems().stream().filter(m -> m.code().equals(bridgeB.code())).findFirst()
                .orElseThrow();
        robot.interact(() -> likely.getSelectionModel().select(b));
        FxTestSupport.press(robot, "#likelyButton");
        FxTestSupport.waitUntil(() -> accepted().size() == 1);
        OpinionGroupEntry pair = accepted().get(0);
        assertThat(pair.members()).extracting(GroupMember::opinionId)
                .containsExactlyInAnyOrder(bridgeA.id(), bridgeB.id());
        assertThat(pair.group().wording()).isEqualTo(bridgeA.content());
        FxTestSupport.waitUntil(() -> groupNode(tree) != null && aloneNode(tree).getChildren().size() == 5);
        assertThat(((GroupWork.Group) groupNode(tree).getValue()).members()).hasSize(2);

        // the new group stays chosen (the opinions standing alone stay open), and what was done stays said
        FxTestSupport.waitUntil(() -> tree.getSelectionModel().getSelectedItem() == groupNode(tree));
        assertThat(aloneNode(tree).isExpanded()).isTrue();
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText())
                .isEqualTo("Đã nhận nhóm: " + bridgeA.content());
        // beside it, the third wording comes first, and is added to the same stored group
        FxTestSupport.waitUntil(() -> !likely.getItems().isEmpty() && likely.getItems().get(0).code().equals(bridgeC.code()));
        assertThat(add.getText()).isEqualTo("Thêm vào nhóm");
        assertThat(note.getText()).startsWith("Ý kiến đứng riêng gần nội dung nhóm đang chọn nhất");
        robot.interact(() -> likely.getSelectionModel().select(0));
        FxTestSupport.press(robot, "#likelyButton");
        FxTestSupport.waitUntil(() -> accepted().get(0).members().size() == 3);
        OpinionGroupEntry three = accepted().get(0);
        assertThat(three.group().id()).isEqualTo(pair.group().id());
        assertThat(three.members()).extracting(GroupMember::opinionId)
                .containsExactlyInAnyOrder(bridgeA.id(), bridgeB.id(), bridgeC.id());
        assertThat(context.groups().decision(bridgeC.id(), bridgeA.id())).contains(true);
        FxTestSupport.waitUntil(() -> groupNode(tree) != null
                && ((GroupWork.Group) groupNode(tree).getValue()).members().size() == 3
                && aloneNode(tree).getChildren().size() == 4);
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText())
                .isEqualTo("Đã thêm 1 ý kiến vào nhóm: " + bridgeA.content());
        assertThat(context.opinions().listItems(round.id())).hasSize(7);

        // the round read again (the secretary went to another screen and came back): the group stays chosen and
        // what she was typing as its wording stays
        robot.interact(() -> tree.getSelectionModel().clearAndSelect(tree.getRow(groupNode(tree))));
        javafx.scene.control.TextArea wording = robot.lookup("#wordingArea").query();
        robot.interact(() -> wording.setText("Sửa cầu treo sang bản Khuổi Lìu"));
        FxTestSupport.openArea(robot, "#nav-opinions");
        FxTestSupport.openArea(robot, "#nav-reports");
        FxTestSupport.waitUntil(() -> !robot.lookup("#likelyButton").queryAs(Button.class).isDisabled()
                || likely.getItems().isEmpty());
        FxTestSupport.waitUntil(() -> tree.getSelectionModel().getSelectedItem() != null
                && tree.getSelectionModel().getSelectedItem().getValue() instanceof GroupWork.Group g && g.accepted());
        assertThat(wording.getText()).isEqualTo("Sửa cầu treo sang bản Khuổi Lìu");

        // a late hamlet's minutes bring a fourth wording: chosen, it lists the group it may belong to, and joins it
        Opinion bridgeD = context.opinions().add(third.id(), OpinionDraft.of("Cây cầu treo qua suối sang Khuổi Lìu"
                + " dây cáp rỉ sét, ván gãy mấy chỗ, trẻ em đi học qua rất nguy hiểm."));
        FxTestSupport.openArea(robot, "#nav-opinions");
        FxTestSupport.openArea(robot, "#nav-reports");
        FxTestSupport.waitUntil(() -> aloneNode(tree) != null && aloneNode(tree).getChildren().size() == 5);
        ListView<GroupWork.Group> groups = robot.lookup("#likelyGroupList").query();
        choose(robot, tree, bridgeD);
        FxTestSupport.waitUntil(() -> !groups.getItems().isEmpty());
        assertThat(groups.getItems().get(0).id()).isEqualTo(String.valueOf(pair.group().id()));
        assertThat(robot.lookup("#likelyGroupsBox").query().isVisible()).isTrue();
        FxTestSupport.waitUntil(() -> robot.lookup("#likelyGroupList .list-cell").queryAll().stream()
                .map(n -> ((javafx.scene.control.ListCell<?>) n).getText())
                .anyMatch(t -> t != null && t.startsWith("Đã nhận (3 ý kiến): ") && t.contains("\nChung: ")));
        robot.interact(() -> groups.getSelectionModel().select(0));
        FxTestSupport.press(robot, "#likelyGroupButton");
        FxTestSupport.waitUntil(() -> accepted().get(0).members().size() == 4);
        assertThat(accepted()).singleElement().satisfies(g -> {
            assertThat(g.group().id()).isEqualTo(pair.group().id());
            assertThat(g.members()).extracting(GroupMember::opinionId).contains(bridgeD.id());
        });
        FxTestSupport.waitUntil(() -> tree.getSelectionModel().getSelectedItem() == groupNode(tree)
                && ((GroupWork.Group) groupNode(tree).getValue()).members().size() == 4);
        assertThat(aloneNode(tree).getChildren()).hasSize(4);

        // the heading of the opinions standing alone is neither a group nor an opinion: nothing is listed
        robot.interact(() -> tree.getSelectionModel().clearAndSelect(tree.getRow(aloneNode(tree))));
        FxTestSupport.waitUntil(() -> likely.getItems().isEmpty()
                && note.getText().startsWith("Chọn một nhóm hoặc một ý kiến đứng riêng"));
        assertThat(robot.lookup("#likelyGroupsBox").query().isVisible()).isFalse();
    }

    private static List<String> likelyCells(FxRobot robot) {
        return robot.lookup("#likelyList .list-cell").queryAll().stream()
                .map(n -> ((javafx.scene.control.ListCell<?>) n).getText()).filter(t -> t != null).toList();
    }

    private List<OpinionGroupEntry> accepted() {
        return context.groups().list(round.id()).stream().filter(g -> g.group().status() == GroupStatus.ACCEPTED)
                .toList();
    }

    private static void choose(FxRobot robot, TreeView<Object> tree, Opinion opinion) {
        robot.interact(() -> {
            // the opinions standing alone are folded under their heading: open it, as the secretary does
            aloneNode(tree).setExpanded(true);
            TreeItem<Object> item = aloneNode(tree).getChildren().stream()
                    .filter(i -> ((GroupWork.Member) i.getValue()).code().equals(opinion.code())).findFirst()
                    .orElseThrow();
            tree.getSelectionModel().clearAndSelect(tree.getRow(item));
        });
    }

    private static TreeItem<Object> aloneNode(TreeView<Object> tree) {
        return tree.getRoot().getChildren().stream().filter(i -> i.getValue() instanceof String).findFirst()
                .orElse(null);
    }

    private static TreeItem<Object> groupNode(TreeView<Object> tree) {
        return tree.getRoot().getChildren().stream().filter(i -> i.getValue() instanceof GroupWork.Group g && g.accepted())
                .findFirst().orElse(null);
    }
}
