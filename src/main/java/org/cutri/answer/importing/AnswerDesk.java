package org.cutri.answer.importing;

import java.util.List;

import org.cutri.common.task.TaskMonitor;

/**
 * Where an answer list is imported: a commune's round ({@link AnswerImportService#forRound}) or the issues a province
 * follows up. {@link AnswerImporter} reads and checks the list the same way for both; the desk says which issues a
 * row may answer, which one a code names, and stores the answers.
 */
public interface AnswerDesk {

    /** Reads the issues now: what one preview or one import checks the rows against, and stores into. */
    Issues read();

    /**
     * The message key for a reason or a step whose words depend on the office ("không có trong đợt này" at the
     * commune, "không có trong các xã đã nhận" at the province): {@code answerimport.NAME} unless the desk has its own.
     * Used for {@code match.unknownCode}, {@code match.noText}, {@code match.unknownCodeNoText},
     * {@code progress.matching} and {@code dialog.intro}.
     */
    default String key(String name) {
        return "answerimport." + name;
    }

    /** The longest agency, letter number and answer text the desk keeps (a longer one is a row problem). */
    default Limits limits() {
        return Limits.NONE;
    }

    /** The longest texts kept. */
    record Limits(int agency, int letterNo, int answer) {
        public static final Limits NONE = new Limits(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    /** The issues as read once. */
    interface Issues {

        /** Every issue a row may answer, for the match by content. */
        List<AnswerTarget> all();

        /**
         * The issue a row's code names; {@code commune} is the row's "Xã" cell ("" when the list has none), which the
         * province uses when the same code is in several communes.
         */
        CodeLookup find(String code, String commune);

        /** Stores each row's answer on its issue, all in one transaction; a failure stores nothing. */
        void store(List<AnswerImportRow> rows, TaskMonitor monitor);
    }

    /** What a code names: an issue, nothing, or a reason it cannot say (a message key with its arguments). */
    record CodeLookup(AnswerTarget target, String problemKey, List<Object> problemArgs) {

        public static final CodeLookup NONE = new CodeLookup(null, null, List.of());

        public CodeLookup {
            problemArgs = List.copyOf(problemArgs);
        }

        public static CodeLookup found(AnswerTarget target) {
            return new CodeLookup(target, null, List.of());
        }

        public static CodeLookup problem(String key, Object... args) {
            return new CodeLookup(null, key, List.of(args));
        }

        public boolean refused() {
            return problemKey != null;
        }
    }
}
