package org.cutri.answer;

/** Whether an answer is satisfactory (thỏa đáng): the Front's assessment, and the voters' reaction when read back. */
public enum Assessment {
    SATISFACTORY,
    UNSATISFACTORY
}
