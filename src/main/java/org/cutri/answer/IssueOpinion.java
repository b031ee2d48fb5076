package org.cutri.answer;

/**
 * One opinion of an issue as the follow-up screen lists it: its code, the hamlet that raised it and its text.
 */
public record IssueOpinion(int opinionId, String code, String hamletName, String content) {
}
