package org.cutri.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.cutri.answer.Answer;
import org.cutri.answer.AnswerResult;
import org.cutri.answer.AnswerSource;
import org.cutri.answer.FollowUpIssue;
import org.cutri.app.AppContext;
import org.cutri.cli.CutriCommand;
import org.cutri.opinion.OpinionStatus;
import org.cutri.returns.ReturnLoop.Run;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole loop on real H2 files, from the command line as a technician runs it: the commune hands its round to
 * the province, the province records answers through its service, writes the commune's return package, and the commune takes it (its
 * province key trusted on the first one); the same package again changes nothing; a later package follows on.
 */
class ReturnPackageLoopTest {

    @TempDir
    Path folder;
    private Path commune;

    @Test
    void answersTravelBackToTheCommuneAndServeTheWholeGroup() throws Exception {
        ReturnLoop loop = new ReturnLoop(folder);
        commune = loop.commune;
        Path province = loop.province;
        Path files = loop.files;
        assertThat(loop.provinceCodes()).contains(loop.group.codes().get(1), loop.single.code());
        Path answers = files.resolve("tra-loi.zip");

        Run none = ReturnLoop.cli(province, "package", "answers", "--commune", ReturnLoop.COMMUNE, "--out",
                answers.toString());
        assertThat(none.exit()).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(none.err().strip()).isEqualTo("Tỉnh chưa có câu trả lời nào (đã chuyển, đã trả lời hoặc không thuộc"
                + " thẩm quyền) cho xã có mã \"tan-phuc\". Không tạo gói.");
        assertThat(answers).doesNotExist();

        loop.provinceAnswers();
        Run written = ReturnLoop.cli(province, "package", "answers", "--commune", ReturnLoop.COMMUNE, "--out",
                answers.toString());
        assertThat(written.exit()).as(written.err()).isZero();
        assertThat(written.out()).contains("Đã ghi gói trả lời " + answers).contains((loop.group.codes().size() + 2) + " ý kiến, gói số 1");
        assertThat(Files.list(files)).noneMatch(f -> f.getFileName().toString().endsWith(".part"));
        // Given to the province's own import, the return package is refused plainly.
        Run atProvince = ReturnLoop.cli(province, "package", "import", "--trust", answers.toString());
        assertThat(atProvince.exit()).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(atProvince.err()).contains("Thư mục dữ liệu này là của văn phòng tỉnh. Gói trả lời chỉ nhập ở văn phòng"
                + " xã được trả lời.");
        String provinceKey;
        try (AppContext p = TestContexts.open(province)) {
            provinceKey = p.officeKeys().fingerprint();
        }

        // The first return package: refused until the province's key is trusted, its fingerprint printed.
        String before = storedAtCommune();
        Run untrusted = ReturnLoop.cli(commune, "package", "import", answers.toString());
        assertThat(untrusted.exit()).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(untrusted.out()).contains(answers + "\tREFUSED\tGói trả lời đầu tiên của tỉnh").contains(provinceKey);
        assertThat(untrusted.err().lines()).hasSize(1).allMatch(l -> l.contains(provinceKey));
        assertThat(storedAtCommune()).isEqualTo(before);

        Run dry = ReturnLoop.cli(commune, "package", "import", answers.toString(), "--trust", "--dry-run");
        assertThat(dry.exit()).as(dry.err()).isZero();
        assertThat(dry.out()).contains(answers + "\tAPPLIED\t").contains("2 ý kiến cập nhật")
                .contains(loop.group.code() + "\t").contains(loop.single.code() + "\t")
                .contains("Mã không có ở xã (không nhận): zz-khong-co-9").contains("Chạy thử");
        assertThat(storedAtCommune()).as("a dry run stores nothing").isEqualTo(before);

        Run taken = ReturnLoop.cli(commune, "package", "import", answers.toString(), "--trust");
        assertThat(taken.exit()).as(taken.out() + taken.err()).isZero();
        assertThat(taken.out()).contains(answers + "\tAPPLIED\t")
                .contains(loop.single.code() + "\t" + loop.single.followUp().status().label() + "\tKhông thuộc thẩm quyền"
                        + "\tTòa án nhân dân khu vực");
        try (AppContext c = TestContexts.open(commune)) {
            // The province answered one member of the group: every hamlet of the issue has the answer.
            for (int id : loop.group.opinionIds()) {
                FollowUpIssue seen = c.followUps().issueOf(id).orElseThrow();
                assertThat(seen.followUp().status()).isEqualTo(OpinionStatus.ANSWERED);
                assertThat(seen.followUp().answerLetterNo()).isEqualTo("215/SGTVT-QLĐB");
                assertThat(seen.followUp().answerText()).isEqualTo("Đã bố trí vốn sửa tuyến đường trong quý IV năm 2026.");
                assertThat(seen.followUp().forwardAgency()).isEqualTo("Sở Giao thông vận tải");
                assertThat(seen.followUp().dueDate()).isEqualTo(LocalDate.of(2026, 8, 31));
                assertThat(seen.followUp().source()).isEqualTo(AnswerSource.PROVINCE);
                assertThat(c.opinions().find(id).orElseThrow().status()).isEqualTo(OpinionStatus.ANSWERED);
            }
            FollowUpIssue redirected = c.followUps().issueOf(loop.single.leadId()).orElseThrow();
            assertThat(redirected.followUp().status()).isEqualTo(OpinionStatus.NOT_COMPETENT);
            assertThat(redirected.followUp().redirectedTo()).isEqualTo("Tòa án nhân dân khu vực");
            assertThat(c.returnImports().trustedKey().orElseThrow().fingerprint()).isEqualTo(provinceKey);
            assertThat(c.followUps().issueOf(loop.other.leadId()).orElseThrow().followUp())
                    .as("an issue the province did not answer is left alone").isEqualTo(loop.other.followUp());
        }

        // The same file again: nothing changes.
        String after = storedAtCommune();
        Run again = ReturnLoop.cli(commune, "package", "import", answers.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains(answers + "\tUNCHANGED\tGói trả lời số 1 đã nhận rồi: không có gì thay đổi.");
        assertThat(storedAtCommune()).isEqualTo(after);

        // The province's next word on the other issue: package 2 follows on and is taken without --trust.
        try (AppContext p = TestContexts.open(province)) {
            p.provinceAnswers().answer(ReturnLoop.provinceIssue(p, loop.other.code()), new Answer("UBND tỉnh",
                    "9/UBND-KT", LocalDate.of(2026, 9, 2), "Đã giao Sở Công Thương kiểm tra.", AnswerResult.EXPLANATION));
        }
        Path second = files.resolve("tra-loi-2.zip");
        assertThat(ReturnLoop.cli(province, "package", "answers", "--commune", ReturnLoop.COMMUNE, "--out",
                second.toString()).exit()).isZero();
        Run next = ReturnLoop.cli(commune, "package", "import", second.toString());
        assertThat(next.exit()).as(next.out() + next.err()).isZero();
        assertThat(next.out()).contains("gói trả lời số 2: 1 ý kiến cập nhật, 2 không đổi");
        try (AppContext c = TestContexts.open(commune)) {
            assertThat(c.followUps().issueOf(loop.other.leadId()).orElseThrow().followUp().answerLetterNo())
                    .isEqualTo("9/UBND-KT");
        }
        // The older package 1 given again after 2: nothing changes.
        String latest = storedAtCommune();
        Run older = ReturnLoop.cli(commune, "package", "import", answers.toString());
        assertThat(older.exit()).isZero();
        assertThat(older.out()).contains("\tUNCHANGED\t");
        assertThat(storedAtCommune()).isEqualTo(latest);
    }

    private String storedAtCommune() {
        try (AppContext c = TestContexts.open(commune)) {
            return ReturnLoop.stored(c);
        }
    }
}
