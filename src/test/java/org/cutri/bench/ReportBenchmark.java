package org.cutri.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.cutri.app.AppContext;
import org.cutri.common.i18n.Messages;
import org.cutri.document.OfficialDocument;
import org.cutri.grouping.GroupSuggestion;
import org.cutri.hamlet.Hamlet;
import org.cutri.meeting.Meeting;
import org.cutri.meeting.MeetingDraft;
import org.cutri.meeting.MeetingForm;
import org.cutri.meeting.MeetingStatus;
import org.cutri.opinion.Authority;
import org.cutri.opinion.OpinionDraft;
import org.cutri.opinion.OpinionField;
import org.cutri.opinion.OpinionKind;
import org.cutri.report.CompiledReport;
import org.cutri.report.ReportDocument;
import org.cutri.report.ReportFiles;
import org.cutri.round.ContactRound;
import org.cutri.round.RoundDraft;
import org.cutri.round.RoundKind;

/**
 * Times compiling a round of 5,000 opinions (the demo commune, 60 held meetings): the suggestion step
 * ({@code GroupService.suggest}), the report model, and writing .docx, .xlsx and .pdf. The opinions use the
 * varied wordings of {@link GroupingBenchmark}. Prints each step's time (and the writing thread's processor time);
 * arguments: opinions (5,000), runs (3). No assertion (docs/benchmarks.md).
 */
public final class ReportBenchmark {

    /** The writing thread's own processor time: on a shared machine it says more than the wall clock. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path folder = Files.createTempDirectory("cutri-report-bench");
        try (AppContext context = AppContext.open(folder.resolve("data"), Messages.load(Messages.VIETNAMESE))) {
            context.demo().load(false);
            ContactRound round = context.rounds().create(new RoundDraft(null, RoundKind.BEFORE_SESSION,
                    "Tiếp xúc cử tri trước kỳ họp thứ 9 (thử tải)", LocalDate.of(2028, 5, 20), null,
                    LocalDate.of(2028, 6, 1), LocalDate.of(2028, 6, 30), null, null, LocalDate.of(2028, 7, 5), null));
            List<Hamlet> hamlets = context.hamlets().list();
            List<OpinionField> fields = context.opinions().fields();
            List<Meeting> meetings = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                Hamlet hamlet = hamlets.get(i % hamlets.size());
                Meeting meeting = context.meetings().create(new MeetingDraft(round.id(), LocalDate.of(2028, 6, 1 + i % 28),
                        LocalTime.of(8, 0), LocalTime.of(10, 0), "Nhà văn hóa", MeetingForm.IN_PERSON, null, null,
                        MeetingStatus.HELD, List.of(hamlet.id()), List.of()));
                meetings.add(meeting);
            }
            Random random = new Random(2026);
            var texts = GroupingBenchmark.generate(count, random);
            Authority[] authorities = Authority.values();
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                Authority authority = authorities[random.nextInt(authorities.length)];
                context.opinions().add(meetings.get(i % meetings.size()).id(), new OpinionDraft(null,
                        texts.get(i).text(), OpinionKind.PETITION, fields.get(random.nextInt(fields.size())).id(),
                        authority, authority == Authority.OTHER ? "Điện lực Tân Phúc" : null, null, false,
                        random.nextInt(20) == 0 ? 5 : null, random.nextInt(20) == 0 ? 40 : null, false, null, null));
            }
            System.out.printf("typed %d opinions in %d ms (set-up, not timed below)%n", count, ms(start));

            for (int run = 1; run <= runs; run++) {
                System.out.printf("-- run %d%n", run);
                start = System.nanoTime();
                List<GroupSuggestion> suggestions = context.groups().suggest(round.id());
                System.out.printf("suggest: %d ms (%d groups)%n", ms(start), suggestions.size());

                start = System.nanoTime();
                CompiledReport report = context.reports().compile(round.id(), false);
                System.out.printf("model: %d ms (%d received, %d approved, %d issues)%n", ms(start),
                        report.counts().received(), report.counts().approved(), report.counts().issues());

                start = System.nanoTime();
                OfficialDocument document = ReportDocument.build(report, context.reports().profile(), 1,
                        LocalDate.of(2028, 7, 1));
                for (String extension : List.of("docx", "xlsx", "pdf")) {
                    long t = System.nanoTime();
                    long cpu = THREADS.getCurrentThreadCpuTime();
                    Path file = folder.resolve("bao-cao." + extension);
                    ReportFiles.save(report, document, file);
                    System.out.printf("%s: %d ms (cpu %d ms, %d KB)%n", extension, ms(t),
                            (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000, Files.size(file) / 1024);
                }
                System.out.printf("three files: %d ms%n", ms(start));
            }
        }
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
