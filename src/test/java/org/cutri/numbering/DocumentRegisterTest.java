package org.cutri.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.cutri.app.AppContext;
import org.cutri.common.UserException;
import org.cutri.testing.TestContexts;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outgoing-document register on a real H2 file: numbering by year, cancelling, by hand, issues at once. */
class DocumentRegisterTest {

    @TempDir
    Path folder;

    @Test
    void numbersRunFromOneEachYearAcrossKindsAndCarrySymbolAndDetails() {
        try (AppContext context = TestContexts.open(folder)) {
            DocumentRegister register = context.documentRegister();
            RegisteredDocument plan = register.issue(IssueRequest.of("KH", "Kế hoạch tiếp xúc cử tri",
                    LocalDate.of(2026, 1, 5), "round-plan:1"));
            RegisteredDocument report = register.issue(new IssueRequest("BC", "Báo cáo  tổng hợp ý kiến",
                    LocalDate.of(2026, 2, 9), "Nguyễn Văn Thử", "Đảng ủy xã; UBMTTQ tỉnh", null, 3, "round-report:1"));
            RegisteredDocument letter = register.issue(IssueRequest.of("CV", "Về việc mời họp",
                    LocalDate.of(2026, 2, 10), null));
            RegisteredDocument nextYear = register.issue(IssueRequest.of("GM", "Giấy mời dự hội nghị tổng kết",
                    LocalDate.of(2027, 1, 2), null));
            RegisteredDocument backInOld = register.issue(IssueRequest.of("TB", "Thông báo lịch trực",
                    LocalDate.of(2026, 12, 31), null));

            assertThat(plan.number()).isEqualTo(1);
            assertThat(plan.symbol()).isEqualTo("01/KH-MTTQ-BTT");
            assertThat(report.symbol()).isEqualTo("02/BC-MTTQ-BTT");
            assertThat(letter.symbol()).as("a letter's symbol has no kind").isEqualTo("03/MTTQ-BTT");
            assertThat(nextYear.symbol()).as("a new year starts again at 01").isEqualTo("01/GM-MTTQ-BTT");
            assertThat(backInOld.symbol()).isEqualTo("04/TB-MTTQ-BTT");

            List<RegisteredDocument> year = register.list(2026);
            assertThat(year).extracting(RegisteredDocument::number).containsExactly(1, 2, 3, 4);
            RegisteredDocument stored = year.get(1);
            assertThat(stored.summary()).as("cleaned").isEqualTo("Báo cáo tổng hợp ý kiến");
            assertThat(stored.signer()).isEqualTo("Nguyễn Văn Thử");
            assertThat(stored.recipients()).isEqualTo("Đảng ủy xã; UBMTTQ tỉnh");
            assertThat(stored.copies()).isEqualTo(3);
            assertThat(stored.keptBy()).isEqualTo("VT");
            assertThat(stored.typeName()).isEqualTo("Báo cáo");
            assertThat(stored.status()).isEqualTo(DocumentStatus.ISSUED);
            assertThat(stored.source()).isEqualTo("round-report:1");
            assertThat(year.get(2).source()).isEqualTo(DocumentRegister.PROGRAM);
            assertThat(register.list(2027)).extracting(RegisteredDocument::symbol).containsExactly("01/GM-MTTQ-BTT");
            assertThat(register.years()).containsExactly(2027, 2026);
            assertThat(register.issuedFor("round-plan:1")).hasValueSatisfying(d -> assertThat(d.number()).isEqualTo(1));
        }
    }

    @Test
    void aCancelledNumberKeepsItsLineAndReasonAndIsNeverGivenAgain() {
        try (AppContext context = TestContexts.open(folder)) {
            DocumentRegister register = context.documentRegister();
            List<RegisteredDocument> told = new ArrayList<>();
            register.addCancelListener(told::add);
            register.issue(IssueRequest.of("KH", "Kế hoạch một", LocalDate.of(2026, 3, 1), null));
            register.issue(IssueRequest.of("KH", "Kế hoạch hai", LocalDate.of(2026, 3, 2), "round-plan:4"));

            RegisteredDocument cancelled = register.cancel(2026, 2, "  Ghi nhầm   ngày ban hành ");

            assertThat(cancelled.status()).isEqualTo(DocumentStatus.CANCELLED);
            assertThat(cancelled.cancelReason()).isEqualTo("Ghi nhầm ngày ban hành");
            assertThat(cancelled.cancelledOn()).isEqualTo(LocalDate.now());
            assertThat(told).extracting(RegisteredDocument::source).containsExactly("round-plan:4");
            assertThat(register.issuedFor("round-plan:4")).as("no standing document for the plan").isEmpty();
            RegisteredDocument next = register.issue(IssueRequest.of("KH", "Kế hoạch hai (ban hành lại)",
                    LocalDate.of(2026, 3, 3), "round-plan:4"));
            assertThat(next.number()).as("the cancelled number is not reused").isEqualTo(3);
            assertThat(register.list(2026)).extracting(RegisteredDocument::number, RegisteredDocument::status)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1, DocumentStatus.ISSUED),
                            org.assertj.core.groups.Tuple.tuple(2, DocumentStatus.CANCELLED),
                            org.assertj.core.groups.Tuple.tuple(3, DocumentStatus.ISSUED));

            assertThatThrownBy(() -> register.cancel(2026, 2, "lần nữa")).isInstanceOf(UserException.class)
                    .hasFieldOrPropertyWithValue("key", "numbering.cancel.already");
            assertThatThrownBy(() -> register.cancel(2026, 1, "   ")).isInstanceOf(UserException.class)
                    .hasFieldOrPropertyWithValue("key", "numbering.cancel.reasonRequired");
            assertThatThrownBy(() -> register.cancel(2026, 9, "không có")).isInstanceOf(UserException.class)
                    .hasFieldOrPropertyWithValue("key", "numbering.unknown");
            assertThat(context.messages().of(new UserException("numbering.unknown", 9, "2026")))
                    .isEqualTo("Sổ văn bản đi năm 2026 không có số 9.");
            assertThat(register.find(2026, 1)).hasValueSatisfying(d -> assertThat(d.cancelled()).isFalse());
        }
    }

    @Test
    void aDocumentMadeOutsideTheProgramIsRegisteredByHandAndBadInputChangesNothing() {
        try (AppContext context = TestContexts.open(folder)) {
            DocumentRegister register = context.documentRegister();
            RegisteredDocument hand = register.registerByHand(new IssueRequest("TB", "Thông báo kết luận hội nghị",
                    LocalDate.of(2026, 4, 1), "Trần Thị Mẫu", "Các Ban công tác Mặt trận", "Văn phòng", 12, "round-plan:9"));

            assertThat(hand.byHand()).as("by hand whatever the caller said").isTrue();
            assertThat(hand.symbol()).isEqualTo("01/TB-MTTQ-BTT");
            assertThat(hand.keptBy()).isEqualTo("Văn phòng");

            assertThatThrownBy(() -> register.registerByHand(new IssueRequest("TB", "  ", LocalDate.of(2026, 4, 2),
                    null, null, null, null, null))).hasFieldOrPropertyWithValue("key", "numbering.summary.required");
            assertThatThrownBy(() -> register.registerByHand(new IssueRequest("TB", "Có", null, null, null, null, null,
                    null))).hasFieldOrPropertyWithValue("key", "numbering.date.required");
            assertThatThrownBy(() -> register.registerByHand(new IssueRequest("TB", "Có", LocalDate.of(2026, 4, 2),
                    null, null, null, 0, null))).hasFieldOrPropertyWithValue("key", "numbering.copies.invalid");
            assertThatThrownBy(() -> register.registerByHand(new IssueRequest(" ", "Có", LocalDate.of(2026, 4, 2),
                    null, null, null, null, null))).hasFieldOrPropertyWithValue("key", "numbering.kind.required");
            assertThat(register.list(2026)).hasSize(1);
            assertThat(register.issue(IssueRequest.of("BC", "Báo cáo tháng", LocalDate.of(2026, 4, 3), null)).number())
                    .as("refusals took no number").isEqualTo(2);
        }
    }

    @Test
    void theOldFacadeStillGivesNumbersThroughTheRegister() {
        try (AppContext context = TestContexts.open(folder)) {
            DocumentNumberService numbers = context.documentNumbers();
            assertThat(numbers.next("KH", "Kế hoạch hội nghị tổng kết", LocalDate.of(2026, 6, 1))).isEqualTo(1);
            assertThat(numbers.next("GM", "x".repeat(700), LocalDate.of(2026, 6, 2))).isEqualTo(2);
            assertThat(context.documentRegister().list(2026)).extracting(RegisteredDocument::symbol)
                    .containsExactly("01/KH-MTTQ-BTT", "02/GM-MTTQ-BTT");
            assertThat(DocumentNumberService.format(7, "BC", "MTTQ-BTT")).isEqualTo("07/BC-MTTQ-BTT");
        }
    }

    @Test
    void fourThreadsTakingTwoHundredNumbersAtOnceGetEachNumberOnceWithoutGaps() throws Exception {
        try (AppContext context = TestContexts.open(folder)) {
            DocumentRegister register = context.documentRegister();
            ExecutorService threads = Executors.newFixedThreadPool(4);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Integer>>> taken = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                Callable<List<Integer>> work = () -> {
                    start.await();
                    List<Integer> numbers = new ArrayList<>();
                    for (int i = 0; i < 50; i++) {
                        numbers.add(register.issue(IssueRequest.of(i % 2 == 0 ? "KH" : "BC",
                                "Văn bản " + thread + "-" + i, LocalDate.of(2028, 5, 1), null)).number());
                    }
                    return numbers;
                };
                taken.add(threads.submit(work));
            }
            start.countDown();
            List<Integer> all = new ArrayList<>();
            for (Future<List<Integer>> future : taken) {
                List<Integer> numbers = future.get(120, TimeUnit.SECONDS);
                assertThat(numbers).as("each thread's numbers rise").isSorted();
                all.addAll(numbers);
            }
            threads.shutdown();

            assertThat(all).hasSize(200).doesNotHaveDuplicates();
            assertThat(all).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 200).boxed().toList());
            assertThat(register.list(2028)).extracting(RegisteredDocument::number)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, 200).boxed().toList());
        }
    }

    @Test
    @org.junit.jupiter.api.Tag("h2") // an office's H2 file of an earlier version, upgraded
    void theNumbersGivenBeforeTheRegisterBecomeIssuedLinesLinkedToTheirRounds() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("cutri") + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
        Flyway.configure().dataSource(url, "cutri", "").locations("classpath:db/migration").target("8.3").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "cutri", "");
                Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO commune_profile (id, commune_name, province_name, place_name, header_line1,"
                    + " header_line2, header_line3, symbol_code) VALUES (1, 'Xã Thử', 'Tỉnh Thử', 'Thử',"
                    + " 'ỦY BAN MTTQ VIỆT NAM', 'XÃ THỬ', 'BAN THƯỜNG TRỰC', 'MTTQ-BTT')");
            sql.execute("INSERT INTO contact_round (id, kind, name, start_date, end_date, plan_year, plan_number,"
                    + " plan_date) VALUES (7, 'BEFORE_SESSION', 'Đợt thử', DATE '2025-11-03', DATE '2025-11-08', 2025, 4,"
                    + " DATE '2025-10-30')");
            sql.execute("INSERT INTO document_number VALUES (2025, 4, 'KH', 'Kế hoạch Đợt thử', DATE '2025-10-30')");
            sql.execute("INSERT INTO document_number VALUES (2025, 11, 'BC', 'Báo cáo tổng hợp Đợt thử',"
                    + " DATE '2025-11-20')");
            sql.execute("INSERT INTO report_issue VALUES (7, 2025, 11, DATE '2025-11-20')");
            sql.execute("INSERT INTO document_number VALUES (2026, 1, 'KH', 'Kế hoạch khác', DATE '2026-01-04')");
        }

        try (AppContext context = TestContexts.open(folder)) {
            DocumentRegister register = context.documentRegister();
            assertThat(register.list(2025)).extracting(RegisteredDocument::symbol, RegisteredDocument::source,
                    RegisteredDocument::status).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("04/KH-MTTQ-BTT", "round-plan:7", DocumentStatus.ISSUED),
                            org.assertj.core.groups.Tuple.tuple("11/BC-MTTQ-BTT", "round-report:7",
                                    DocumentStatus.ISSUED));
            assertThat(register.list(2026)).extracting(RegisteredDocument::source).containsExactly("program");
            assertThat(register.issue(IssueRequest.of("TB", "Sau cùng", LocalDate.of(2025, 12, 30), null)).number())
                    .as("the counter starts from the last number given").isEqualTo(12);
            assertThat(register.issue(IssueRequest.of("TB", "Năm mới", LocalDate.of(2026, 1, 9), null)).number())
                    .isEqualTo(2);
        }
    }

    @Test
    void cancellingARoundsPlanOrReportNumberLetsItTakeANewOneAndTheOldIsNotReused() {
        try (AppContext context = TestContexts.open(folder)) {
            org.cutri.round.ContactRound round = context.rounds().create(new org.cutri.round.RoundDraft(null,
                    org.cutri.round.RoundKind.THEMATIC, "Tiếp xúc cử tri chuyên đề về đất đai", null, null,
                    LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6), null, null, null, LocalDate.of(2026, 2, 20)));
            assertThat(context.rounds().issuePlan(round.id(), LocalDate.of(2026, 2, 20)).planNumber()).isEqualTo(1);
            assertThat(context.reports().issue(round.id(), LocalDate.of(2026, 3, 10)).number()).isEqualTo(2);
            assertThat(context.documentRegister().find(2026, 1).orElseThrow().source()).isEqualTo("round-plan:" + round.id());
            assertThat(context.documentRegister().find(2026, 2).orElseThrow().source())
                    .isEqualTo("round-report:" + round.id());

            context.documentRegister().cancel(2026, 1, "Sai căn cứ pháp lý");
            context.documentRegister().cancel(2026, 2, "Thiếu ý kiến của hai thôn");

            assertThat(context.rounds().get(round.id()).planNumber()).as("the plan forgot its cancelled number").isNull();
            assertThat(context.reports().issued(round.id())).as("the report forgot its cancelled number").isEmpty();
            assertThat(context.rounds().issuePlan(round.id(), LocalDate.of(2026, 2, 21)).planNumber()).isEqualTo(3);
            assertThat(context.reports().issue(round.id(), LocalDate.of(2026, 3, 11)).number()).isEqualTo(4);
            assertThat(context.documentRegister().list(2026)).extracting(RegisteredDocument::status).containsExactly(
                    DocumentStatus.CANCELLED, DocumentStatus.CANCELLED, DocumentStatus.ISSUED, DocumentStatus.ISSUED);
        }
    }
}
