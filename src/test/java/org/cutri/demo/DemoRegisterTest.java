package org.cutri.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.cutri.app.AppContext;
import org.cutri.numbering.RegisteredDocument;
import org.cutri.round.ContactRound;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's register of 2026: documents by hand, the rounds' plans and the July report, one number cancelled. */
class DemoRegisterTest {

    @TempDir
    Path folder;

    @Test
    void theDemoAsShownHasItsYearsRegisterWithThePlanAndReportNumbers() {
        try (AppContext context = TestContexts.open(folder)) {
            context.demo().load(false, true);
            List<RegisteredDocument> year = context.documentRegister().list(2026);

            // the year's own documents, then the demo plans issued around the day the demo is loaded (when in 2026)
            assertThat(year.subList(0, 10)).extracting(RegisteredDocument::number)
                    .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
            assertThat(year).extracting(RegisteredDocument::number)
                    .isEqualTo(java.util.stream.IntStream.rangeClosed(1, year.size()).boxed().toList());
            // numbers run in the order of their dates, as a register must (the demo plans once took 11-13 dated
            // before number 10)
            for (int i = 1; i < year.size(); i++) {
                assertThat(year.get(i).issuedOn()).as("date of number %d", year.get(i).number())
                        .isAfterOrEqualTo(year.get(i - 1).issuedOn());
            }
            assertThat(year.get(3).cancelled()).isTrue();
            assertThat(year.get(3).cancelReason()).startsWith("Ghi sai ngày họp");
            assertThat(year.get(3).cancelledOn()).isEqualTo(java.time.LocalDate.of(2026, 2, 2));
            List<ContactRound> rounds = context.rounds().list();
            ContactRound july = rounds.stream().filter(r -> r.name().contains("sau kỳ họp thứ 2")).findFirst()
                    .orElseThrow();
            ContactRound december = rounds.stream().filter(r -> r.name().contains("trước kỳ họp thứ 3")).findFirst()
                    .orElseThrow();
            assertThat(july.planNumber()).isEqualTo(7);
            assertThat(year.get(6).symbol()).isEqualTo("07/KH-MTTQ-BTT");
            assertThat(year.get(6).source()).isEqualTo("round-plan:" + july.id());
            assertThat(context.reports().issued(july.id())).hasValueSatisfying(i -> assertThat(i.number()).isEqualTo(9));
            assertThat(year.get(8).source()).isEqualTo("round-report:" + july.id());
            assertThat(december.planNumber()).isEqualTo(10);
            assertThat(year.get(9).symbol()).isEqualTo("10/KH-MTTQ-BTT");
            assertThat(year.stream().filter(RegisteredDocument::byHand)).hasSize(7);
        }
    }

    @Test
    void theDemoTestsStartFromHasAnEmptyRegister() {
        try (AppContext context = TestContexts.open(folder)) {
            context.demo().load(false);
            assertThat(context.documentRegister().list(2026)).isEmpty();
            assertThat(context.documentRegister().issue(org.cutri.numbering.IssueRequest.of("KH", "Kế hoạch",
                    java.time.LocalDate.of(2026, 5, 1), null)).number()).isEqualTo(1);
        }
    }
}
