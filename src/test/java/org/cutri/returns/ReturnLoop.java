package org.cutri.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.cutri.answer.Answer;
import org.cutri.answer.AnswerResult;
import org.cutri.answer.FollowUpIssue;
import org.cutri.answer.Forwarding;
import org.cutri.app.AppContext;
import org.cutri.cli.CutriCommand;
import org.cutri.province.Approvals;
import org.cutri.province.ImportedOpinion;
import org.cutri.province.PackageImportSummary;
import org.cutri.provinceanswer.ProvinceAnswerIssue;
import org.cutri.provinceanswer.ProvinceAnswerService;
import org.cutri.round.ContactRound;
import org.cutri.testing.TestContexts;

/**
 * A commune (the demo, its July round reviewed and its groups accepted) that handed its July package to a province,
 * on real H2 files: the start of every return-package test. The province's answers are recorded through its own
 * service ({@link ProvinceAnswerService}, as its screen does); only rows no office can make that way (an opinion the
 * commune does not have, another commune's) are written with plain SQL by {@link #foreignAnswer}.
 */
final class ReturnLoop {

    static final String COMMUNE = "tan-phuc";

    final Path commune;
    final Path province;
    final Path files;
    final Path communePackage;
    final int julyId;
    /** The July issues at the commune: a group (two hamlets or more) and two single opinions. */
    final FollowUpIssue group;
    final FollowUpIssue single;
    final FollowUpIssue other;

    /** One run of the command line in this process. */
    record Run(int exit, String out, String err) {
    }

    static Run cli(Path dataFolder, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataFolder.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = org.cutri.testing.CommandLines.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The commune's, the province's data and the files they exchange, in folders of {@code root}. */
    ReturnLoop(Path root) {
        try {
            this.commune = Files.createDirectories(root.resolve("xa"));
            this.province = Files.createDirectories(root.resolve("tinh"));
            this.files = Files.createDirectories(root.resolve("tep"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        communePackage = files.resolve("xa-gui-tinh.zip");
        try (AppContext c = TestContexts.open(commune)) {
            c.demo().load(false, true);
            ContactRound july = c.rounds().list().stream().filter(r -> r.startDate().getMonthValue() == 7).findFirst()
                    .orElseThrow();
            julyId = july.id();
            List<FollowUpIssue> issues = c.followUps().issues(julyId);
            group = issues.stream().filter(i -> i.groupId() != null && i.opinionIds().size() > 1).findFirst().orElseThrow();
            List<FollowUpIssue> singles = issues.stream().filter(i -> i.groupId() == null).toList();
            single = singles.get(0);
            other = singles.get(1);
            Files.write(communePackage, c.packageExporter().export(julyId, false, List.of()).bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (AppContext p = TestContexts.open(province)) {
            List<PackageImportSummary> imported = p.packageImporter().importAll(List.of(communePackage),
                    Approvals.of(true, false));
            assertThat(imported).allMatch(summary -> summary.outcome() == PackageImportSummary.Outcome.NEW);
        }
    }

    /** The codes the province holds for the commune's July round. */
    List<String> provinceCodes() {
        try (AppContext p = TestContexts.open(province)) {
            return p.importedPackages().opinions(COMMUNE, julyId).stream().map(ImportedOpinion::code).toList();
        }
    }

    /** The province's issue holding one of the commune's opinions (a group holds all of its members). */
    static ProvinceAnswerIssue provinceIssue(AppContext province, String opinionCode) {
        return province.provinceAnswers().issues().stream().filter(i -> i.opinions().stream()
                .anyMatch(o -> o.communeCode().equals(COMMUNE) && o.code().equals(opinionCode))).findFirst().orElseThrow();
    }

    /**
     * Writes a follow-up row the province's service never makes (an opinion code the commune does not have, another
     * commune's opinion): what a hostile or mistaken package may carry.
     */
    static void foreignAnswer(AppContext province, String communeCode, String opinionCode, String status,
            String forwardAgency, LocalDate forwardDate, LocalDate dueDate, String answerAgency, String answerLetterNo,
            LocalDate answerDate, String answerText, String resultKind, String redirectedTo) {
        province.database().jdbi().useHandle(h -> {
            h.createUpdate("DELETE FROM province_answer WHERE commune_code = :c AND opinion_code = :o")
                    .bind("c", communeCode).bind("o", opinionCode).execute();
            h.createUpdate("INSERT INTO province_answer (commune_code, opinion_code, status, forward_agency,"
                    + " forward_letter_no, forward_date, due_date, answer_agency, answer_letter_no, answer_date, answer_text,"
                    + " result_kind, redirected_to, updated_at) VALUES (:c, :o, :s, :fa, :fl, :fd, :due, :aa, :al, :ad, :at,"
                    + " :rk, :rt, :now)")
                    .bind("c", communeCode).bind("o", opinionCode).bind("s", status).bind("fa", forwardAgency)
                    .bind("fl", forwardAgency == null ? null : "88/MTTQ-BTT").bind("fd", forwardDate).bind("due", dueDate)
                    .bind("aa", answerAgency).bind("al", answerLetterNo).bind("ad", answerDate).bind("at", answerText)
                    .bind("rk", resultKind).bind("rt", redirectedTo).bind("now", LocalDateTime.now()).execute();
        });
    }

    /**
     * The province's answers for the commune, recorded through its service: the group (found by its second member's
     * code) forwarded and answered, one opinion redirected; plus one row with a code the commune does not have.
     */
    void provinceAnswers() {
        try (AppContext p = TestContexts.open(province)) {
            ProvinceAnswerService answers = p.provinceAnswers();
            ProvinceAnswerIssue forwarded = answers.forward(provinceIssue(p, group.codes().get(1)),
                    new Forwarding("Sở Giao thông vận tải", "88/MTTQ-BTT", LocalDate.of(2026, 8, 1)));
            answers.answer(forwarded, new Answer("Sở Giao thông vận tải", "215/SGTVT-QLĐB", LocalDate.of(2026, 8, 20),
                    "Đã bố trí vốn sửa tuyến đường trong quý IV năm 2026.", AnswerResult.ACTION));
            answers.notCompetent(provinceIssue(p, single.code()), "Tòa án nhân dân khu vực");
            foreignAnswer(p, COMMUNE, "zz-khong-co-9", "ANSWERED", null, null, null, "Sở Tài chính", "1/STC",
                    LocalDate.of(2026, 8, 2), "Không thuộc xã này.", "EXPLANATION", null);
            // Another commune's answer never goes into this commune's package.
            foreignAnswer(p, "xa-khac", "x-1", "ANSWERED", null, null, null, "Sở Y tế", "2/SYT", LocalDate.of(2026, 8, 3),
                    "Trả lời cho xã khác.", "EXPLANATION", null);
        }
    }

    /** What the commune's follow-up and bookkeeping hold now, to compare before and after. */
    static String stored(AppContext c) {
        return c.database().jdbi().withHandle(h -> String.join("\n",
                h.createQuery("SELECT opinion_id || '|' || COALESCE(answer_letter_no, '') || '|' || source || '|' || version"
                        + " FROM opinion_followup ORDER BY opinion_id").mapTo(String.class).list())
                + "\n" + String.join("\n", h.createQuery("SELECT id || '|' || status FROM opinion ORDER BY id")
                        .mapTo(String.class).list())
                + "\nreceived=" + h.createQuery("SELECT COUNT(*) FROM received_return").mapTo(Integer.class).one()
                + "\nkeys=" + h.createQuery("SELECT COUNT(*) FROM trusted_province_key").mapTo(Integer.class).one());
    }
}
