package org.cutri.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.cutri.app.AppContext;
import org.cutri.common.task.TaskExecutor;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public-sentiment screen's logic without the FX toolkit: making the election periods from a typed day, the
 * report saved as a draft and then issued (the register's number shown and stored), a wrong file refused with one
 * message and nothing stored.
 */
class SentimentViewModelTest {

    private static final Clock DEC_28 = Clock.fixed(LocalDate.of(2026, 12, 28).atStartOfDay(ZoneId.systemDefault())
            .toInstant(), ZoneId.systemDefault());

    @TempDir
    Path folder;

    private AppContext context;
    private SentimentViewModel viewModel;

    @BeforeEach
    void open() {
        context = TestContexts.open(folder.resolve("data"));
        viewModel = new SentimentViewModel(context.sentiment(), context.hamlets(), context.messages(),
                TaskExecutor.sameThread(e -> {
                    throw new AssertionError(e);
                }), DEC_28);
        viewModel.refresh();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aWrongElectionDayIsOneMessageAndARightOneMakesThreePeriodsAndChoosesTheFirst() {
        assertThat(viewModel.periods()).isEmpty();
        viewModel.electionDayProperty().set("");
        viewModel.createElection();
        assertThat(viewModel.statusProperty().get()).isEqualTo("Hãy nhập ngày bầu cử (ngày/tháng/năm).");
        // a day that does not exist says so, not that the day is missing
        viewModel.electionDayProperty().set("31/02/2031");
        viewModel.createElection();
        assertThat(viewModel.statusProperty().get())
                .isEqualTo("Ngày “31/02/2031” không có thật: tháng 2 năm 2031 chỉ có 28 ngày. Hãy sửa lại ngày.");
        assertThat(context.sentiment().periods()).isEmpty();

        viewModel.electionDayProperty().set("16/03/2031");
        viewModel.createElection();

        assertThat(viewModel.periods()).hasSize(3);
        assertThat(viewModel.periodProperty().get().kind()).isEqualTo(SentimentPeriodKind.BEFORE_ELECTION);
        assertThat(viewModel.electionPeriodProperty().get()).isTrue();
        assertThat(viewModel.statusProperty().get()).contains("16/03/2031");
    }

    @Test
    void theDraftKeepsThePeriodOpenAndIssuingGivesTheNumberOnce() {
        viewModel.createNextMonth();
        SentimentPeriod december = viewModel.periodProperty().get();
        assertThat(december.label()).isEqualTo("Tháng 12/2026");
        assertThat(viewModel.electionPeriodProperty().get()).isFalse();
        viewModel.startNew();
        viewModel.topicProperty().set(viewModel.topics().get(0));
        viewModel.sourceProperty().set(viewModel.sources().get(0));
        viewModel.placeProperty().set("Bến xe");
        viewModel.contentProperty().set("Lo ngại xe khách đón trả khách sai nơi");
        assertThat(viewModel.save()).isTrue();
        assertThat(viewModel.periodProperty().get().notes()).isEqualTo(1);

        // The period's own texts and deadline: a wrong deadline changes nothing, a right one is stored and printed.
        // (the form has the deadline only: the message names what is wrong with it, not "from, to and deadline")
        viewModel.updatePeriod("Tháng 12/2026", "31/11/2026", "x", "y");
        assertThat(viewModel.statusProperty().get())
                .isEqualTo("Ngày “31/11/2026” không có thật: tháng 11 năm 2026 chỉ có 30 ngày. Hãy sửa lại ngày.");
        viewModel.updatePeriod("Tháng 12/2026", "26/12", "x", "y");
        assertThat(viewModel.statusProperty().get()).isEqualTo("“26/12” thiếu năm: hãy gõ cả năm, vd. 26/12/2026.");
        viewModel.updatePeriod("Tháng 12/2026", "cuối tháng", "x", "y");
        assertThat(viewModel.statusProperty().get()).startsWith("“cuối tháng” không phải là ngày");
        viewModel.updatePeriod("Tháng 12/2026", "  ", "x", "y");
        assertThat(viewModel.statusProperty().get()).isEqualTo("Hãy nhập ngày theo dạng ngày/tháng/năm, vd. 05/06/2026.");
        assertThat(context.sentiment().period(december.id()).generalText()).isNull();
        assertThat(context.sentiment().period(december.id()).deadline()).isEqualTo(december.deadline());
        viewModel.updatePeriod("Tháng 12/2026", "26/12/2026", "Nhân dân phấn khởi đón năm mới.",
                "Sắp xếp lại điểm đón xe khách\nTăng tuần tra đêm");
        SentimentPeriod edited = context.sentiment().period(december.id());
        assertThat(edited.deadline()).isEqualTo(LocalDate.of(2026, 12, 26));
        assertThat(viewModel.periodProperty().get().deadline()).isEqualTo(LocalDate.of(2026, 12, 26));
        assertThat(SentimentReportTest.docText(context.sentiment().document(december.id(), LocalDate.of(2026, 12, 28),
                true))).contains("Nhân dân phấn khởi đón năm mới.", "1. Sắp xếp lại điểm đón xe khách.",
                        "2. Tăng tuần tra đêm.");

        Path wrong = folder.resolve("bao-cao.txt");
        viewModel.saveReport(wrong, false);
        assertThat(viewModel.statusProperty().get()).contains("chỉ lưu được tệp Word (.docx) hoặc PDF (.pdf)");
        assertThat(context.sentiment().period(december.id()).reportNumber()).as("no number taken").isNull();

        Path draft = folder.resolve("du-thao.docx");
        viewModel.saveReport(draft, true);
        assertThat(draft).exists();
        assertThat(viewModel.statusProperty().get()).isEqualTo("Đã ghi bản dự thảo ra du-thao.docx.");
        assertThat(context.sentiment().period(december.id()).status()).isEqualTo(SentimentPeriodStatus.OPEN);

        Path issued = folder.resolve("bao-cao.pdf");
        viewModel.saveReport(issued, false);
        assertThat(viewModel.statusProperty().get()).isEqualTo("Đã ban hành báo cáo số 1 và ghi ra bao-cao.pdf.");
        assertThat(viewModel.periodProperty().get().status()).isEqualTo(SentimentPeriodStatus.REPORTED);
        assertThat(context.sentiment().period(december.id()).reportDate()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(viewModel.suggestedFileName("docx")).isEqualTo("bao-cao-tinh-hinh-nhan-dan-thang-12-2026.docx");
    }
}
