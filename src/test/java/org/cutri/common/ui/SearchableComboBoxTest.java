package org.cutri.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.cutri.testing.FxTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The program's picker filters as lists do (case and diacritics ignored) and never loses its value. */
@ExtendWith(ApplicationExtension.class)
class SearchableComboBoxTest {

    private static final String JULY = "Tiếp xúc cử tri sau kỳ họp thứ 2 HĐND xã khóa I";
    private static final String DECEMBER = "Tiếp xúc cử tri trước kỳ họp thứ 3 HĐND xã khóa I";
    private static final String PROVINCE = "Tiếp xúc cử tri của đại biểu HĐND tỉnh";

    private final ObservableList<String> items = FXCollections.observableArrayList(JULY, DECEMBER, PROVINCE);
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private SearchableComboBox<String> box;
    private TextField after;

    @Start
    void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> errors.add(error));
        box = new SearchableComboBox<>(items);
        box.setId("box");
        box.setPromptText("Chọn đợt");
        box.setNoMatchText("Không có mục nào khớp");
        box.setPrefWidth(260);
        box.setValue(JULY);
        after = new TextField();
        after.setId("after");
        stage.setScene(new Scene(new VBox(8, new TextField(), box, after), 500, 400));
        stage.show();
    }

    @AfterEach
    void noErrors() {
        assertThat(errors).isEmpty();
    }

    @Test
    void typingWithoutDiacriticsThenEnterTakesTheMatch(FxRobot robot) {
        robot.clickOn("#box").write("tinh").type(KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> !box.isShowing());
        assertThat(box.getValue()).isEqualTo(PROVINCE);
        assertThat(box.isFocused()).isTrue();

        robot.clickOn("#box").write("TRUOC KY").type(KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> DECEMBER.equals(box.getValue()));
    }

    @Test
    void theOpenListShowsOnlyTheMatchesAndAClickTakesOne(FxRobot robot) {
        robot.clickOn("#box").write("hdnd xa");
        FxTestSupport.waitUntil(() -> shownLines(robot).size() == 2);
        assertThat(shownLines(robot)).containsExactly(JULY, DECEMBER);
        robot.clickOn(robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> DECEMBER.equals(c.getText())).findFirst().orElseThrow());
        FxTestSupport.waitUntil(() -> !box.isShowing());
        assertThat(box.getValue()).isEqualTo(DECEMBER);
    }

    @Test
    void linesHoldingTheTypedWordsTogetherComeFirst(FxRobot robot) {
        String third = "Kỳ họp thứ 3 HĐND xã, ngày 17/12/2026";
        String second = "Kỳ họp thứ 2 HĐND xã, ngày 09/07/2026";
        robot.interact(() -> items.setAll(third, second));
        robot.clickOn("#box").write("thu 2");
        FxTestSupport.waitUntil(() -> shownLines(robot).equals(List.of(second, third)));
        robot.type(KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> second.equals(box.getValue()));
    }

    @Test
    void nothingMatchingNeverBlanksTheValue(FxRobot robot) {
        robot.clickOn("#box").write("khong co dau").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(box.getValue()).isEqualTo(JULY);
        assertThat(box.isShowing()).isTrue();
        robot.type(KeyCode.ESCAPE);
        FxTestSupport.waitUntil(() -> !box.isShowing());
        assertThat(box.getValue()).isEqualTo(JULY);

        // Leaving the box with the mouse closes the list; the value stays.
        robot.clickOn("#box").write("x");
        robot.clickOn("#after");
        FxTestSupport.waitUntil(() -> !box.isShowing());
        assertThat(box.getValue()).isEqualTo(JULY);
    }

    @Test
    void typingOnTheClosedBoxOpensItFilteredAndTabTakesTheLineAndMovesOn(FxRobot robot) {
        robot.clickOn("#box").type(KeyCode.ESCAPE);
        FxTestSupport.waitUntil(() -> box.isFocused() && !box.isShowing());
        robot.write("tin");
        FxTestSupport.waitUntil(() -> box.isShowing() && shownLines(robot).size() == 1);
        robot.type(KeyCode.TAB);
        FxTestSupport.waitUntil(() -> !box.isShowing());
        assertThat(box.getValue()).isEqualTo(PROVINCE);
        FxTestSupport.waitUntil(after::isFocused);
    }

    @Test
    void replacingTheItemsAfterTheListWasOpenedKeepsTheValueWithoutErrors(FxRobot robot) {
        robot.clickOn("#box").type(KeyCode.DOWN).type(KeyCode.ESCAPE);
        FxTestSupport.waitUntil(() -> !box.isShowing());
        List<String> seen = new CopyOnWriteArrayList<>();
        box.valueProperty().addListener((obs, old, now) -> seen.add(now));

        robot.interact(() -> items.setAll(DECEMBER, JULY));
        robot.interact(() -> items.setAll(List.of()));
        robot.interact(() -> items.setAll(JULY, DECEMBER, PROVINCE));
        assertThat(box.getValue()).isEqualTo(JULY);
        assertThat(seen).isEmpty();

        // Replaced while open, too.
        robot.clickOn("#box").write("hdnd");
        robot.interact(() -> items.setAll(PROVINCE));
        FxTestSupport.waitUntil(() -> shownLines(robot).equals(List.of(PROVINCE)));
        robot.type(KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> PROVINCE.equals(box.getValue()));
        assertThat(seen).containsExactly(PROVINCE);
    }

    private List<String> shownLines(FxRobot robot) {
        return robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> !c.isEmpty()).map(ListCell::getText).toList();
    }
}
