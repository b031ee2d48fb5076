package org.cutri.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.cutri.app.AppContext;
import org.cutri.common.task.TaskMonitor;
import org.cutri.hamlet.Hamlet;
import org.cutri.hamlet.HamletDraft;
import org.cutri.hamlet.HamletKind;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.Pickers;
import org.cutri.testing.TestContexts;
import org.cutri.testing.TestWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The draft-comments screen right after start, on a real H2 file with two imported drafts: the latest is chosen with
 * its tree and counts; switching drafts back and forth shows each one's; the tree is filtered without diacritics; a
 * comment is added with pickers typed without diacritics, entered twice (the tree still counts it once), changed and
 * deleted, each step shown and stored; an empty comment is refused with its message and nothing stored.
 */
@ExtendWith(ApplicationExtension.class)
class DraftCommentsViewTest {

    private static final String STYLED = "Dự thảo Báo cáo chính trị (bản có đề mục)";
    private static final String NUMBERED = "Dự thảo Báo cáo chính trị (bản đánh số)";

    @TempDir
    static Path folder;

    private static Path data;
    private static int styledId;
    private static int numberedId;

    private TestWindow window;
    private AppContext context;

    @BeforeAll
    static void twoDrafts() {
        data = folder.resolve("data");
        try (AppContext prepared = TestContexts.open(data)) {
            prepared.hamlets().create(new HamletDraft("Thôn Đông Hải", HamletKind.THON, null, null, null));
            prepared.hamlets().create(new HamletDraft("Xóm Gò Đình", HamletKind.XOM, null, null, null));
            DraftService drafts = prepared.drafts();
            styledId = drafts.importDocx(DraftReaderTest.resource("du-thao-de-muc.docx"),
                    DraftInfo.titled(STYLED, LocalDate.of(2026, 12, 10)), TaskMonitor.NONE).id();
            numberedId = drafts.importDocx(DraftReaderTest.resource("du-thao-danh-so.docx"),
                    DraftInfo.titled(NUMBERED, LocalDate.of(2026, 12, 20)), TaskMonitor.NONE).id();
            int farming = drafts.sections(numberedId).stream().filter(s -> s.heading().equals("Sản xuất nông nghiệp"))
                    .findFirst().orElseThrow().id();
            drafts.createComment(new CommentDraft(farming, Stance.AGREE, "Nhất trí", 20, SourceKind.ORGANISATION,
                    "Hội Nông dân xã", null, null, null));
        }
    }

    @Start
    void start(Stage stage) {
        window = TestWindow.open(stage, TestContexts.open(data));
        context = window.context();
        stage.setWidth(1280);
        stage.setHeight(720);
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void draftsSwitchTheTreeFiltersAndACommentIsAddedCountedOnceChangedAndDeleted(FxRobot robot) {
        FxTestSupport.openArea(robot, "#nav-draft_comments");
        TableView<DraftDocument> draftTable = robot.lookup("#draftTable").queryTableView();
        TreeView<DraftSection> tree = robot.lookup("#sectionTree").query();
        TableView<DraftComment> comments = robot.lookup("#table").queryTableView();
        // The latest imported draft is chosen first, with its 41 sections and its comment counted in the tree.
        FxTestSupport.waitUntil(() -> draftTable.getItems().size() == 2 && selected(draftTable) != null
                && visible(tree).size() == 41);
        assertThat(selected(draftTable).title()).isEqualTo(NUMBERED);
        assertThat(cellTexts(robot)).contains("a) Sản xuất nông nghiệp (1)", "1. Về phát triển kinh tế (1)");
        assertThat(text(robot, "#draftSummary")).contains(NUMBERED, "Hạn gửi ý kiến: 20/12/2026",
                "Chưa gửi báo cáo tổng hợp.");

        // The other draft: its own tree, no comments; and back again.
        robot.clickOn(STYLED);
        FxTestSupport.waitUntil(() -> selected(draftTable).id() == styledId && visible(tree).size() == 41
                && cellTexts(robot).contains("a) Sản xuất nông nghiệp"));
        robot.clickOn(NUMBERED);
        FxTestSupport.waitUntil(() -> cellTexts(robot).contains("a) Sản xuất nông nghiệp (1)"));
        robot.clickOn(STYLED);
        FxTestSupport.waitUntil(() -> selected(draftTable).id() == styledId
                && cellTexts(robot).contains("a) Sản xuất nông nghiệp"));

        // The filter, without diacritics, keeps the section and the sections it sits in.
        robot.clickOn("#sectionFilterField").write("san xuat nong");
        FxTestSupport.waitUntil(() -> visible(tree).size() == 4);
        assertThat(visible(tree)).extracting(DraftSection::title).containsExactly(
                "PHẦN THỨ NHẤT ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ NHIỆM KỲ 2020–2025",
                "I. KẾT QUẢ ĐẠT ĐƯỢC", "1. Về phát triển kinh tế", "a) Sản xuất nông nghiệp");
        robot.clickOn("a) Sản xuất nông nghiệp");
        FxTestSupport.waitUntil(() -> text(robot, "#sectionSummary").startsWith("a) Sản xuất nông nghiệp"));
        robot.doubleClickOn("#sectionFilterField").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A)
                .release(KeyCode.CONTROL).press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        FxTestSupport.waitUntil(() -> visible(tree).size() == 41);
        assertThat(FxTestSupport.onFx(() -> tree.getSelectionModel().getSelectedItem().getValue().heading()))
                .isEqualTo("Sản xuất nông nghiệp");
        DraftSection farming = context.drafts().sections(styledId).stream()
                .filter(s -> s.heading().equals("Sản xuất nông nghiệp")).findFirst().orElseThrow();

        // An empty comment is refused with its message; nothing is stored.
        robot.clickOn("#newButton");
        robot.clickOn("#saveButton");
        TextArea content = robot.lookup("#contentArea").queryAs(TextArea.class);
        FxTestSupport.waitUntil(() -> !FxTestSupport.fieldMessage(content).isEmpty());
        assertThat(FxTestSupport.fieldMessage(content)).isEqualTo("Hãy ghi nội dung ý kiến.");
        assertThat(context.drafts().comments(styledId)).isEmpty();

        // Add: the pickers filter without diacritics; the hamlet gives the source's name.
        assertThat(Pickers.<Stance>pick(robot, "#stanceBox", "khong tan")).isEqualTo(Stance.DISAGREE);
        assertThat(Pickers.<Hamlet>pick(robot, "#hamletBox", "dong hai").name()).isEqualTo("Thôn Đông Hải");
        assertThat(robot.lookup("#sourceField").queryAs(TextField.class).getText()).isEqualTo("Thôn Đông Hải");
        TextField people = robot.lookup("#peopleField").queryAs(TextField.class);
        robot.doubleClickOn(people).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL)
                .write("40");
        robot.clickOn(content).write("Không nên đưa chăn nuôi gia trại vào khu dân cư");
        // The day the hamlet met, typed without its year as the guide allows: the year near today is taken.
        LocalDate met = LocalDate.now().minusDays(3);
        robot.clickOn(robot.lookup("#datePicker").queryAs(DatePicker.class).getEditor())
                .write(met.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM")));
        robot.clickOn("#saveButton");
        FxTestSupport.waitUntil(() -> comments.getItems().size() == 1);
        DraftComment stored = context.drafts().sectionComments(farming.id()).get(0);
        assertThat(stored.commentDate()).as("the date typed without its year is kept").isEqualTo(met);
        assertThat(stored.stance()).isEqualTo(Stance.DISAGREE);
        assertThat(stored.people()).isEqualTo(40);
        assertThat(stored.sourceKind()).isEqualTo(SourceKind.HAMLET);
        assertThat(stored.sourceName()).isEqualTo("Thôn Đông Hải");
        assertThat(stored.hamletId()).isNotNull();
        FxTestSupport.waitUntil(() -> cellTexts(robot).contains("a) Sản xuất nông nghiệp (1)")
                && draftTable.getItems().stream().anyMatch(d -> d.id() == styledId && d.comments() == 1));

        // The same comment entered again: two rows, still one comment in the counts.
        robot.clickOn("#newButton");
        Pickers.pick(robot, "#stanceBox", "khong tan");
        Pickers.pick(robot, "#hamletBox", "dong hai");
        robot.doubleClickOn(people).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL)
                .write("40");
        robot.clickOn(content).write("không nên đưa chăn nuôi gia trại vào khu dân cư.");
        robot.clickOn("#saveButton");
        FxTestSupport.waitUntil(() -> comments.getItems().size() == 2
                && draftTable.getItems().stream().anyMatch(d -> d.id() == styledId && d.comments() == 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cellTexts(robot)).contains("a) Sản xuất nông nghiệp (1)");
        assertThat(text(robot, "#sectionSummary")).contains("không tán thành 1", "40 người");

        // Edit the second: another text and stance; stored, and the section now counts two.
        robot.clickOn("không nên đưa chăn nuôi gia trại vào khu dân cư.");
        robot.clickOn(content).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL)
                .write("Đề nghị quy hoạch khu chăn nuôi tập trung xa khu dân cư");
        Pickers.pick(robot, "#stanceBox", "mot phan");
        robot.clickOn("#saveButton");
        FxTestSupport.waitUntil(() -> comments.getItems().stream()
                .anyMatch(c -> c.content().equals("Đề nghị quy hoạch khu chăn nuôi tập trung xa khu dân cư")));
        assertThat(context.drafts().sectionComments(farming.id())).extracting(DraftComment::stance)
                .containsExactly(Stance.DISAGREE, Stance.PARTLY);
        FxTestSupport.waitUntil(() -> cellTexts(robot).contains("a) Sản xuất nông nghiệp (2)"));

        // Away to the other draft and back: the comments are read again from the data.
        robot.clickOn(NUMBERED);
        FxTestSupport.waitUntil(() -> selected(draftTable).id() == numberedId);
        robot.clickOn(STYLED);
        FxTestSupport.waitUntil(() -> selected(draftTable).id() == styledId);
        robot.clickOn("a) Sản xuất nông nghiệp (2)");
        FxTestSupport.waitUntil(() -> comments.getItems().size() == 2);

        // Delete (Yes): gone from the list, the tree's count and the data.
        robot.clickOn("Đề nghị quy hoạch khu chăn nuôi tập trung xa khu dân cư");
        robot.clickOn("#deleteButton");
        FxTestSupport.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn("Có");
        FxTestSupport.waitUntil(() -> comments.getItems().size() == 1);
        assertThat(context.drafts().sectionComments(farming.id())).singleElement()
                .satisfies(c -> assertThat(c.stance()).isEqualTo(Stance.DISAGREE));
        FxTestSupport.waitUntil(() -> cellTexts(robot).contains("a) Sản xuất nông nghiệp (1)"));
    }

    private static <T> T selected(TableView<T> table) {
        return FxTestSupport.onFx(() -> table.getSelectionModel().getSelectedItem());
    }

    /** Every section in the tree (the filter's), in order. */
    private static List<DraftSection> visible(TreeView<DraftSection> tree) {
        return FxTestSupport.onFx(() -> {
            List<DraftSection> all = new java.util.ArrayList<>();
            collect(tree.getRoot(), all);
            return all;
        });
    }

    private static void collect(TreeItem<DraftSection> item, List<DraftSection> all) {
        if (item == null) {
            return;
        }
        if (item.getValue() != null) {
            all.add(item.getValue());
        }
        item.getChildren().forEach(child -> collect(child, all));
    }

    /** What the tree's rows on screen say. */
    private static List<String> cellTexts(FxRobot robot) {
        return FxTestSupport.onFx(() -> robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
                .map(c -> c.getText() == null ? "" : c.getText()).toList());
    }

    private static String text(FxRobot robot, String query) {
        return FxTestSupport.onFx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }
}
