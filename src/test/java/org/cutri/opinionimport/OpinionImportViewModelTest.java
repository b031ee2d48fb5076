package org.cutri.opinionimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cutri.opinionimport.OpinionImportFixtures.row;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.cutri.app.AppContext;
import org.cutri.common.task.TaskExecutor;
import org.cutri.opinion.Opinion;
import org.cutri.round.ContactRound;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import dialog's state: preview, the "Nhập" button's availability, the consent to keep names. */
class OpinionImportViewModelTest {

    @TempDir
    Path folder;

    private AppContext context;
    private ContactRound round;
    private OpinionImportViewModel viewModel;

    @BeforeEach
    void open() throws IOException {
        context = TestContexts.open(folder.resolve("data"));
        round = OpinionImportFixtures.roundWithMeetings(context, folder);
        viewModel = new OpinionImportViewModel(context.opinionImport(), context.rounds(), TestContexts.VI,
                TaskExecutor.sameThread(e -> {
                    throw new AssertionError(e);
                }));
        viewModel.load();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aFileWithABadRowCannotBeImportedAndShowsTheRowsProblem() throws IOException {
        Path file = OpinionImportFixtures.workbook(folder, "sai.xlsx", "Ý kiến", row("Thôn", "Nội dung"),
                row("Thôn Đồng Tâm", "Đề nghị làm đường"), row("Thôn Ma", "Đề nghị lắp đèn"));

        viewModel.choose(file);

        assertThat(viewModel.roundProperty().get().id()).isEqualTo(round.id());
        assertThat(viewModel.rows()).hasSize(2);
        assertThat(viewModel.problemText(viewModel.rows().get(1))).startsWith("Không có thôn, xóm “Thôn Ma”");
        assertThat(viewModel.summaryProperty().get()).contains("Chưa thể nhập");
        assertThat(viewModel.canImportBinding().get()).isFalse();
    }

    @Test
    void namesNeedTheConsentTickOrAreDropped() throws IOException {
        Path file = OpinionImportFixtures.workbook(folder, "ten.xlsx", "Ý kiến", row("Thôn", "Nội dung", "Người nêu"),
                row("Đồng Tâm", "Đề nghị làm đường", "Ông Mã Văn Tuất"));
        AtomicInteger refreshed = new AtomicInteger();

        viewModel.choose(file);
        assertThat(viewModel.namedRowsProperty().get()).isEqualTo(1);
        assertThat(viewModel.canImportBinding().get()).isTrue();
        viewModel.consentProperty().set(true);
        viewModel.importNow(refreshed::incrementAndGet);

        assertThat(refreshed).hasValue(1);
        assertThat(viewModel.summaryProperty().get()).startsWith("Đã nhập 1 ý kiến.");
        assertThat(viewModel.canImportBinding().get()).as("imported once only").isFalse();
        int meeting = context.opinions().listItems(round.id()).get(0).meetingId();
        assertThat(context.opinions().listByMeeting(meeting)).extracting(Opinion::speakerName)
                .containsExactly("Ông Mã Văn Tuất");
    }
}
