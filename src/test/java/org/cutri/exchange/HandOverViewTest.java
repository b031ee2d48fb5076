package org.cutri.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;

import org.cutri.app.AppContext;
import org.cutri.common.task.FxTaskExecutor;
import org.cutri.common.text.VietText;
import org.cutri.common.ui.Dialogs;
import org.cutri.common.ui.SearchableComboBox;
import org.cutri.opinion.Choice;
import org.cutri.round.ContactRound;
import org.cutri.testing.FxTestSupport;
import org.cutri.testing.Pickers;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The commune's hand-over screen as the secretary uses it with no USB stick in: choose the round (back and
 * forth), choose a folder, write; the package is in the folder, checked, and its sequence number is kept.
 */
@ExtendWith(ApplicationExtension.class)
class HandOverViewTest {

    @TempDir
    static Path folder;

    private AppContext context;
    private FxTaskExecutor executor;
    private Path target;
    private ContactRound older;
    private ContactRound newer;

    @Start
    void start(Stage stage) throws Exception {
        Path run = folder.resolve("run-" + System.nanoTime());
        context = TestContexts.open(run.resolve("xa"));
        context.demo().load(false);
        List<ContactRound> rounds = context.rounds().list();
        older = rounds.stream().min(java.util.Comparator.comparing(ContactRound::startDate)).orElseThrow();
        newer = rounds.stream().max(java.util.Comparator.comparing(ContactRound::startDate)).orElseThrow();
        target = Files.createDirectories(run.resolve("gui-tinh"));
        Dialogs dialogs = new Dialogs(context.messages());
        executor = new FxTaskExecutor(dialogs::showError);
        HandOverViewModel viewModel = new HandOverViewModel(context.rounds(), context.packageExporter(),
                context.packageWriter(), List::of, context.reportFiles()::forPackage, context.messages(), executor,
                javafx.application.Platform::runLater);
        HandOverView view = new HandOverView(viewModel, context.messages(), dialogs,
                (owner, title) -> Optional.of(target));
        stage.setScene(new Scene(view.root(), 1280, 720));
        dialogs.setOwner(stage);
        stage.show();
        view.activate();
    }

    @AfterEach
    void close() {
        executor.close();
        context.close();
    }

    @Test
    void writesTheChosenRoundsPackageIntoTheChosenFolder(FxRobot robot) throws Exception {
        SearchableComboBox<Choice<Integer>> rounds = Pickers.picker(robot, "#roundBox");
        FxTestSupport.waitUntil(() -> rounds.getItems().size() == 2 && rounds.getValue() != null);
        // Newest first; no stick: nothing to write to yet.
        assertThat(rounds.getValue().value()).isEqualTo(newer.id());
        FxTestSupport.waitUntil(() -> robot.lookup("#statusLabel").queryLabeled().getText().contains("Không thấy USB"));
        assertThat(robot.lookup("#writeButton").queryButton().isDisabled()).isTrue();
        // The commune's own key fingerprint, which the province asks for by phone with its first package.
        String fingerprint = context.officeKeys().fingerprint();
        FxTestSupport.waitUntil(() -> robot.lookup("#officeKeyLabel").queryLabeled().getText().contains(fingerprint));
        assertThat(robot.lookup("#officeKeyLabel").queryLabeled().getText()).startsWith("Mã khóa của xã");

        choose(robot, older.name());
        choose(robot, newer.name());
        choose(robot, older.name());
        assertThat(rounds.getValue().value()).isEqualTo(older.id());

        robot.clickOn("#chooseFolderButton");
        SearchableComboBox<Choice<Path>> targets = Pickers.picker(robot, "#targetBox");
        FxTestSupport.waitUntil(() -> targets.getValue() != null && target.equals(targets.getValue().value()));
        assertThat(targets.getValue().label()).contains(target.toString());
        assertThat(robot.lookup("#writeButton").queryButton().isDisabled()).isFalse();

        robot.clickOn("#writeButton");

        FxTestSupport.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String expected = "cutri-tan-phuc-" + older.id() + "-1.zip";
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).contains(expected, "không ghi tên");
        assertThat(robot.lookup("#statusLabel").queryLabeled().getText()).contains("Đã ghi và kiểm tra xong", expected);
        robot.clickOn("Đóng");

        try (Stream<Path> written = Files.list(target)) {
            assertThat(written.map(p -> p.getFileName().toString())).containsExactly(expected);
        }
        java.util.Map<String, byte[]> entries = ExchangeFixture.entries(Files.readAllBytes(target.resolve(expected)));
        assertThat(entries.keySet()).contains("manifest.json", "data/opinions.json", "data/groups.json")
                .anyMatch(name -> name.startsWith("report/"));
        assertThat(new String(entries.get("manifest.json"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"id\" : " + older.id(), "\"sequence\" : 1", "\"algorithm\" : \"Ed25519\"");
        assertThat(lastSequence(older.id())).contains(1);
        assertThat(lastSequence(newer.id())).isEmpty();
    }

    private void choose(FxRobot robot, String roundName) {
        Choice<Integer> chosen = Pickers.pick(robot, "#roundBox", VietText.fold(roundName));
        assertThat(chosen.label()).isEqualTo(roundName);
    }

    private Optional<Integer> lastSequence(int roundId) {
        return context.database().jdbi().withHandle(handle -> handle
                .createQuery("SELECT last_sequence FROM package_sequence WHERE round_id = :id").bind("id", roundId)
                .mapTo(Integer.class).findOne());
    }
}
