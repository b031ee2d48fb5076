package org.cutri.minutes;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import org.cutri.common.UserException;
import org.cutri.common.i18n.Messages;
import org.cutri.meeting.MeetingStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the status bar says about storing the minutes ("Đã lưu lúc 08:42:10"), and the meeting's status,
 * which becomes "đã tổ chức" once its minutes are being typed.
 */
final class MinutesStatus {

    private static final Logger LOG = LoggerFactory.getLogger(MinutesStatus.class);
    private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Messages messages;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ObjectProperty<MeetingStatus> meetingStatus = new SimpleObjectProperty<>();
    /** Counts the meetings shown: a field refused on a meeting already left is no longer on the screen. */
    private int shown;
    /** Whether the text points to a refused field ("xem dòng báo lỗi màu đỏ"). */
    private boolean pointsToRefusal;

    MinutesStatus(Messages messages) {
        this.messages = messages;
    }

    /** A change was stored; {@code becameHeld} when the meeting turned "held" with it. */
    void saved(boolean becameHeld) {
        pointsToRefusal = false;
        String now = LocalTime.now().format(SAVED_AT);
        if (becameHeld) {
            meetingStatus.set(MeetingStatus.HELD);
            text.set(messages.get("minutes.saved.held", now));
        } else {
            text.set(messages.get("minutes.saved", now));
        }
    }

    /**
     * A change was stored except a field whose text is not valid: that field keeps its stored value. Once another
     * meeting is shown ({@code meeting} is not {@link #shown()}) the refused text and its red line are gone, so
     * the status says only that the change was stored.
     */
    void savedExceptInvalid(boolean becameHeld, int meeting) {
        saved(becameHeld);
        if (meeting == shown) {
            text.set(messages.get("minutes.saved.partly", LocalTime.now().format(SAVED_AT)));
            pointsToRefusal = true;
        }
    }

    /** Which meeting is shown, to hand back to {@link #savedExceptInvalid} once a change is stored. */
    int shown() {
        return shown;
    }

    /** Another meeting is shown: the status no longer points to a red line that the screen no longer has. */
    void meetingChanged() {
        shown++;
        if (pointsToRefusal) {
            pointsToRefusal = false;
            text.set("");
        }
    }

    /** A change could not be stored: the reason in plain words, the details in the log. */
    void failed(Exception error) {
        pointsToRefusal = false;
        UserException user = UserException.find(error);
        if (user != null) {
            text.set(messages.get("minutes.notSaved", messages.of(user)));
        } else {
            LOG.error("Could not store the minutes", error);
            text.set(messages.get("minutes.notSaved", messages.get("common.error.unexpected")));
        }
    }

    void say(String message) {
        pointsToRefusal = false;
        text.set(message);
    }

    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    ObjectProperty<MeetingStatus> meetingStatusProperty() {
        return meetingStatus;
    }
}
