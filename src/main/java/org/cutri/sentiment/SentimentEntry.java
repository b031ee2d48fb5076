package org.cutri.sentiment;

/** A line of one of the lists the office can extend: a topic (chủ đề) or a source (nguồn: an organisation). */
public record SentimentEntry(int id, String name) {
}
