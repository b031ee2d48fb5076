package org.cutri.numbering;

/** Whether a registered number stands or was cancelled (a cancelled number is kept, with its reason, and never reused). */
public enum DocumentStatus {
    ISSUED, CANCELLED
}
