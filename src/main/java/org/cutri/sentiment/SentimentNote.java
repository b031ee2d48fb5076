package org.cutri.sentiment;

/**
 * A note of public sentiment (một nội dung tình hình Nhân dân): what people in one place think or ask about a topic,
 * as a hamlet's Front work group or a member organisation reported it.
 *
 * @param hamletId the hamlet of the register, or null for a place written freely
 * @param placeName where ("Thôn Đông Hải", "chợ xã"), as written when the note was stored
 * @param hotSpotNote what makes it a hot spot (điểm nóng); null unless {@code hotSpot}
 * @param candidateOpinion the people's opinion about the candidates (election periods only); may be null
 * @param resolved true once nothing more is to follow: such a note is not carried over
 * @param carriedFromId the note of an earlier period it continues ("tiếp tục từ kỳ trước"), else null
 * @param carriedOn true when this note was already carried over into a later period
 */
public record SentimentNote(int id, int periodId, int topicId, String topicName, Integer hamletId, String placeName,
        int sourceId, String sourceName, String content, Spread spread, boolean hotSpot, String hotSpotNote,
        String candidateOpinion, boolean resolved, Integer carriedFromId, boolean carriedOn) {

    /** Whether the note continues one of an earlier period. */
    public boolean carried() {
        return carriedFromId != null;
    }
}
