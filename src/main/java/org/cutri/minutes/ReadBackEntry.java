package org.cutri.minutes;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.cutri.answer.Assessment;
import org.cutri.answer.FollowUp;
import org.cutri.answer.FollowUpIssue;
import org.cutri.answer.MeetingAnswers;
import org.cutri.common.i18n.Messages;
import org.cutri.common.text.DateText;
import org.cutri.opinion.OpinionStatus;

/** One answer read back at the meeting: the issue and its answer in short, and the voters' reaction as chosen. */
public final class ReadBackEntry {

    /** The longest content and answer shown in the section (the whole text is in the follow-up screen). */
    static final int SHORT = 160;

    private final MeetingAnswers.ReadBackItem item;
    private final String heading;
    private final String answer;
    private final ObjectProperty<Assessment> reaction = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");

    ReadBackEntry(MeetingAnswers.ReadBackItem item, Messages messages) {
        this.item = item;
        FollowUpIssue issue = item.issue();
        this.heading = messages.get("minutes.readBack.heading", issue.code(), shorten(issue.content()),
                issue.roundName(), String.join(", ", issue.hamlets()));
        this.answer = answer(issue.followUp(), messages);
        reaction.set(item.reaction());
        note.set(item.note() == null ? "" : item.note());
    }

    /** The answer in short with its letter, or where the issue stands when it has none. */
    static String answer(FollowUp f, Messages messages) {
        String status = messages.label(f.status());
        String text;
        if (f.status() == OpinionStatus.ANSWERED && f.answerText() != null) {
            String letter = f.answerLetterNo() == null
                    ? messages.get("minutes.readBack.letter.noNumber", DateText.format(f.answerDate()), f.answerAgency())
                    : messages.get("minutes.readBack.letter", f.answerLetterNo(), DateText.format(f.answerDate()),
                            f.answerAgency());
            text = messages.get("minutes.readBack.answer", letter, shorten(f.answerText()));
        } else if (f.status() == OpinionStatus.ANSWERED) {
            text = messages.get("minutes.readBack.answeredNoText", status);
        } else if (f.status() == OpinionStatus.NOT_COMPETENT) {
            text = messages.get("minutes.readBack.redirected", f.redirectedTo());
        } else if (f.forwarded()) {
            text = messages.get("minutes.readBack.forwarded", status, f.forwardAgency(), DateText.format(f.forwardDate()),
                    f.dueDate() == null ? "" : DateText.format(f.dueDate()));
        } else {
            text = messages.get("minutes.readBack.noAnswer", status);
        }
        if (f.assessment() != null) {
            text += " " + messages.get("minutes.readBack.assessed", messages.label(f.assessment()));
        }
        return text;
    }

    static String shorten(String text) {
        return shorten(text, SHORT);
    }

    /** The text on one line, cut to {@code length} characters with "…". */
    static String shorten(String text, int length) {
        String one = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return one.length() <= length ? one : one.substring(0, length).strip() + "…";
    }

    public MeetingAnswers.ReadBackItem item() {
        return item;
    }

    /** "MÃ — nội dung (đợt, thôn)". */
    public String heading() {
        return heading;
    }

    /** The answer in short with its letter, or where the issue stands. */
    public String answer() {
        return answer;
    }

    /** The voters' reaction recorded at this meeting, null when none. */
    public ObjectProperty<Assessment> reactionProperty() {
        return reaction;
    }

    /** The voters' words with the reaction ("trả lời chưa đúng câu hỏi"). */
    public StringProperty noteProperty() {
        return note;
    }
}
