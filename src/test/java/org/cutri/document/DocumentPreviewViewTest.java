package org.cutri.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.cutri.common.UserException;
import org.cutri.common.i18n.Messages;
import org.cutri.common.task.FxTaskExecutor;
import org.cutri.common.ui.Dialogs;
import org.cutri.testing.FxTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Opens the preview of a plan as a feature does, and looks at what the secretary sees. */
@ExtendWith(ApplicationExtension.class)
class DocumentPreviewViewTest {

    private static final Messages VI = Messages.load(Messages.VIETNAMESE);

    @TempDir
    Path folder;

    private final List<Exception> errors = new CopyOnWriteArrayList<>();
    private FxTaskExecutor executor;
    private Stage preview;

    @Start
    void start(Stage owner) {
        // the main window: a stage without a scene would break JavaFX's painting
        owner.setScene(new Scene(new StackPane(), 400, 300));
        owner.show();
        Dialogs dialogs = new Dialogs(VI);
        executor = new FxTaskExecutor(errors::add);
        preview = DocumentPreview.show(owner, DocumentSamples.plan(), "ke-hoach-01-2026", VI, executor, dialogs);
    }

    @AfterEach
    void close() {
        executor.close();
    }

    private List<ImageView> pages(FxRobot robot) {
        return robot.lookup(".document-page").queryAllAs(ImageView.class).stream().toList();
    }

    @Test
    void showsEveryPageAsAPictureWithThePageCount(FxRobot robot) {
        FxTestSupport.waitUntil(() -> !pages(robot).isEmpty());
        Label count = robot.lookup("#pageCountLabel").queryAs(Label.class);
        int shown = pages(robot).size();
        assertThat(shown).isGreaterThanOrEqualTo(2);
        assertThat(count.getText()).isEqualTo(shown + " trang");
        ImageView first = pages(robot).get(0);
        assertThat(first.getImage().getWidth()).isGreaterThan(1000);
        assertThat(first.getImage().getHeight() / first.getImage().getWidth()).as("an A4 page")
                .isCloseTo(297.0 / 210.0, org.assertj.core.data.Offset.offset(0.01));
        // the page is printed, not blank: a dark pixel where the header is
        assertThat(darkPixelsInTopBand(first)).isGreaterThan(100);
        assertThat(preview.getTitle()).startsWith("Xem trước: KẾ HOẠCH");
        assertThat(robot.lookup("#printButton").queryAs(Button.class).getText()).isEqualTo("In… (Ctrl+P)");
        assertThat(errors).isEmpty();
    }

    private static int darkPixelsInTopBand(ImageView view) {
        var reader = view.getImage().getPixelReader();
        int dark = 0;
        int width = (int) view.getImage().getWidth();
        for (int y = 100; y < 260; y++) {
            for (int x = 0; x < width; x += 2) {
                if (reader.getColor(x, y).getBrightness() < 0.3) {
                    dark++;
                }
            }
        }
        return dark;
    }

    @Test
    void zoomButtonsMakeThePagesLargerAndSmaller(FxRobot robot) {
        FxTestSupport.waitUntil(() -> !pages(robot).isEmpty());
        Label zoom = robot.lookup("#zoomLabel").queryAs(Label.class);
        assertThat(zoom.getText()).isEqualTo("100 %");
        double before = pages(robot).get(0).getBoundsInParent().getWidth();
        robot.clickOn("#zoomInButton");
        FxTestSupport.waitUntil(() -> "110 %".equals(zoom.getText()));
        assertThat(pages(robot).get(0).getBoundsInParent().getWidth()).isGreaterThan(before);
        robot.clickOn("#zoomOutButton").clickOn("#zoomOutButton");
        FxTestSupport.waitUntil(() -> "90 %".equals(zoom.getText()));
        assertThat(pages(robot).get(0).getBoundsInParent().getWidth()).isLessThan(before);
    }

    @Test
    void savingAsWordWritesTheFileAndSaysSo(FxRobot robot) throws Exception {
        FxTestSupport.waitUntil(() -> !pages(robot).isEmpty());
        DocumentPreviewViewModel viewModel = new DocumentPreviewViewModel(DocumentSamples.plan(), "ke-hoach-01-2026",
                VI, executor, errors::add);
        assertThat(viewModel.suggestedFileName(DocumentFiles.Format.DOCX)).isEqualTo("ke-hoach-01-2026.docx");
        Path target = folder.resolve(viewModel.suggestedFileName(DocumentFiles.Format.DOCX));
        robot.interact(() -> viewModel.save(target));
        FxTestSupport.waitUntil(() -> viewModel.statusProperty().get().startsWith("Đã lưu"));
        try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(target))) {
            assertThat(docx.getTables().get(1).getRow(0).getCell(0).getText()).isEqualTo("STT");
        }
        robot.interact(() -> viewModel.save(folder.resolve("ke-hoach.odt")));
        FxTestSupport.waitUntil(() -> !errors.isEmpty());
        assertThat(errors.get(0)).isInstanceOf(UserException.class);
        assertThat(VI.of((UserException) errors.get(0))).contains(".docx");
    }
}
