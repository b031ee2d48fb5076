package org.cutri.assignment;

/** What applying the proposal changed: links added and, only when asked, hand-made links removed. */
public record ProposalResult(int added, int removed) {
}
