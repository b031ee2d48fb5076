package org.cutri.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.cutri.app.AppContext;
import org.cutri.hamlet.Hamlet;
import org.cutri.meeting.MeetingDraft;
import org.cutri.meeting.MeetingForm;
import org.cutri.meeting.MeetingStatus;
import org.cutri.opinion.Opinion;
import org.cutri.round.ContactRound;
import org.cutri.round.RoundDraft;
import org.cutri.round.RoundKind;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A power cut while the secretary types the minutes: the program is killed (kill -9) in the middle of
 * storing an opinion. Everything stored before must be there, word for word, and the data must open cleanly.
 */
class CrashWhileTypingTest {

    @TempDir
    Path folder;

    @TempDir
    Path work;

    @Test
    void opinionsStoredBeforeAKillAreIntactAndTheDataOpens() throws Exception {
        int meetingId;
        int before;
        try (AppContext context = TestContexts.open(folder)) {
            context.demo().load(false);
            Hamlet ben = context.hamlets().list().stream().filter(h -> h.name().equals("Xóm Bến")).findFirst()
                    .orElseThrow();
            ContactRound round = context.rounds().create(new RoundDraft(null, RoundKind.BEFORE_SESSION,
                    "Tiếp xúc cử tri trước kỳ họp thứ hai", null, null, LocalDate.of(2026, 11, 20),
                    LocalDate.of(2026, 11, 25), null, null, null, null));
            meetingId = context.meetings().create(new MeetingDraft(round.id(), LocalDate.of(2026, 11, 21),
                    LocalTime.of(8, 0), null, "Nhà văn hóa xóm Bến", MeetingForm.IN_PERSON, null, null,
                    MeetingStatus.PLANNED, List.of(ben.id()), List.of())).id();
            before = context.opinions().listByMeeting(meetingId).size();
        }

        Process child = start(TypingProcess.class.getName(), folder.toString(), String.valueOf(meetingId));
        List<String> lines = new CopyOnWriteArrayList<>();
        CompletableFuture<Boolean> reachedThree = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    lines.add(line);
                    if (line.equals("saved 3")) {
                        return true;
                    }
                }
                return false;
            } catch (java.io.IOException e) {
                return false;
            }
        });
        boolean three;
        try {
            three = reachedThree.get(90, TimeUnit.SECONDS);
            // Let the fourth opinion be written a few times, then pull the plug in the middle of it.
            Thread.sleep(300);
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(three).as("the second program printed: %s; errors: %s", lines,
                Files.exists(work.resolve("err.txt")) ? Files.readString(work.resolve("err.txt")) : "").isTrue();
        assertThat(child.isAlive()).isFalse();

        try (AppContext reopened = TestContexts.open(folder)) {
            List<Opinion> stored = reopened.opinions().listByMeeting(meetingId);
            assertThat(stored.size() - before).as("three typed and stored, a fourth being typed").isBetween(3, 4);
            assertThat(stored).extracting(Opinion::content).containsSubsequence(TypingProcess.TEXTS);
            assertThat(reopened.database().tableCounts()).as("the database opens and reads cleanly").isNotEmpty();
        }
    }

    private Process start(String mainClass, String... args) throws java.io.IOException {
        Path argFile = work.resolve("java-args.txt");
        List<String> quoted = new ArrayList<>();
        for (String arg : List.of("-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true",
                "-Dcutri.log.dir=" + work.resolve("logs"), "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8")) {
            quoted.add("\"" + arg.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        }
        Files.write(argFile, quoted, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("@" + argFile);
        command.add(mainClass);
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(work.resolve("err.txt").toFile()).start();
    }
}
