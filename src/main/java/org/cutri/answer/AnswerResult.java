package org.cutri.answer;

/** What an answer did (kết quả trả lời): settled by action, by a new rule or decision, or only explained. */
public enum AnswerResult {
    /** Resolved by a concrete action (the road repaired, the allowance paid). */
    ACTION,
    /** A new rule, policy or decision was issued. */
    DECISION,
    /** Explanation or information only: nothing changes for the voters. */
    EXPLANATION
}
