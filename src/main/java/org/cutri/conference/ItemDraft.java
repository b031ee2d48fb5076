package org.cutri.conference;

import java.time.LocalTime;

/** A programme item as typed. */
public record ItemDraft(LocalTime startTime, String content, String presenter) {
}
