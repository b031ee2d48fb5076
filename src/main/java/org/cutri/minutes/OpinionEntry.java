package org.cutri.minutes;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.cutri.answer.MeetingAnswers;
import org.cutri.answer.RaisedAgain;

import org.cutri.common.text.NoDiacritics;
import org.cutri.common.i18n.Messages;
import org.cutri.meeting.Meeting;
import org.cutri.opinion.Authority;
import org.cutri.opinion.Opinion;
import org.cutri.opinion.OpinionDraft;
import org.cutri.opinion.OpinionField;
import org.cutri.opinion.OpinionKind;

/**
 * One opinion of the minutes being typed, as editable properties. Its database id is set by the worker
 * thread that inserted it, before any later save runs on that same thread. A vote count typed wrong is
 * never stored: the draft keeps the stored count until the text is a number again.
 */
public final class OpinionEntry {

    private final AtomicInteger id = new AtomicInteger(-1);
    private final StringProperty code = new SimpleStringProperty("");
    private final IntegerProperty number = new SimpleIntegerProperty();
    private final StringProperty content = new SimpleStringProperty("");
    private final ObjectProperty<OpinionKind> kind = new SimpleObjectProperty<>(OpinionKind.OPINION);
    private final ObjectProperty<OpinionField> field = new SimpleObjectProperty<>();
    private final ObjectProperty<Authority> authority = new SimpleObjectProperty<>();
    private final StringProperty authorityBody = new SimpleStringProperty("");
    private final ObjectProperty<Meeting.HamletRef> hamlet = new SimpleObjectProperty<>();
    private final BooleanProperty speakerConsent = new SimpleBooleanProperty();
    private final StringProperty speakerName = new SimpleStringProperty("");
    private final StringProperty votesFor = new SimpleStringProperty("");
    private final StringProperty votersPresent = new SimpleStringProperty("");
    private final BooleanProperty answered = new SimpleBooleanProperty();
    private final StringProperty answeredBy = new SimpleStringProperty("");
    private final StringProperty answerText = new SimpleStringProperty("");
    private final BooleanProperty approved = new SimpleBooleanProperty(true);
    private final BooleanProperty voteRecorded = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    /** True while the content looks typed without diacritics: flagged on screen and asked about before printing. */
    private final BooleanBinding noDiacritics = Bindings.createBooleanBinding(
            () -> NoDiacritics.suspected(content.get()), content);
    /** The earlier opinion this one raises again (nêu lại), null when not linked. */
    private final ObjectProperty<RaisedAgain> raisedAgain = new SimpleObjectProperty<>();
    /** Earlier issues the stored content may raise again, offered to link (empty when none or linked). */
    private final ObservableList<MeetingAnswers.EarlierIssue> offers = FXCollections.observableArrayList();
    /** The content the last look for earlier issues was made for, and how many looks were started (newest wins). */
    private String lookedFor;
    private int looks;
    /** The secretary said none of the offers is this opinion: no more offers for it on this screen. */
    private boolean offersRefused;
    /**
     * The stored version this entry's next edit is stored over (V9_6): set when loaded, raised by each edit stored;
     * read and written by the write queue's thread, so an edit queued behind another is stored over the version
     * that one left.
     */
    private final java.util.concurrent.atomic.AtomicInteger version = new java.util.concurrent.atomic.AtomicInteger();
    /** The counts as stored, kept while the text typed is not a number. */
    private Integer storedVotesFor;
    private Integer storedVotersPresent;

    /** Fills the properties from a stored opinion. */
    void load(Opinion opinion, List<OpinionField> fields, List<Meeting.HamletRef> hamlets) {
        id.set(opinion.id());
        version.set(opinion.version());
        code.set(opinion.code());
        content.set(opinion.content());
        kind.set(opinion.kind());
        field.set(opinion.fieldId() == null ? null
                : fields.stream().filter(f -> f.id() == opinion.fieldId()).findFirst().orElse(null));
        authority.set(opinion.authority());
        authorityBody.set(opinion.authorityBody() == null ? "" : opinion.authorityBody());
        hamlet.set(opinion.hamletId() == null ? null
                : hamlets.stream().filter(h -> h.id() == opinion.hamletId()).findFirst().orElse(null));
        speakerConsent.set(opinion.speakerConsent());
        speakerName.set(opinion.speakerName() == null ? "" : opinion.speakerName());
        votesFor.set(opinion.votesFor() == null ? "" : String.valueOf(opinion.votesFor()));
        votersPresent.set(opinion.votersPresent() == null ? "" : String.valueOf(opinion.votersPresent()));
        answered.set(opinion.answeredAtMeeting());
        answeredBy.set(opinion.answeredBy() == null ? "" : opinion.answeredBy());
        answerText.set(opinion.answerText() == null ? "" : opinion.answerText());
        storedVotesFor = opinion.votesFor();
        storedVotersPresent = opinion.votersPresent();
        approved.set(opinion.approved());
        voteRecorded.set(recorded(opinion.votesFor(), opinion.votersPresent()));
    }

    /**
     * What is typed now, as a draft to store; a count that is not a number keeps its stored value, and more votes for
     * than voters present keeps the stored vote, so the opinion's other fields are still stored.
     */
    OpinionDraft draft() {
        Integer votes = Typed.count(votesFor.get()).orKept(storedVotesFor);
        Integer voters = Typed.count(votersPresent.get()).orKept(storedVotersPresent);
        if (exceeds(votes, voters)) {
            votes = storedVotesFor;
            voters = storedVotersPresent;
        }
        return new OpinionDraft(hamlet.get() == null ? null : hamlet.get().id(), content.get(), kind.get(),
                field.get() == null ? null : field.get().id(), authority.get(), authorityBody.get(),
                speakerName.get(), speakerConsent.get(), votes, voters, answered.get(), answeredBy.get(),
                answerText.get());
    }

    private static boolean exceeds(Integer votes, Integer voters) {
        return votes != null && voters != null && votes > voters;
    }

    /** The draft was stored: its counts are now the ones kept. */
    void stored(OpinionDraft draft) {
        storedVotesFor = draft.votesFor();
        storedVotersPresent = draft.votersPresent();
    }

    /** Shows the vote of the draft: recorded or not, approved or not. */
    void showVote(OpinionDraft draft, boolean approvedByMajority) {
        approved.set(approvedByMajority);
        voteRecorded.set(recorded(draft.votesFor(), draft.votersPresent()));
    }

    /**
     * Why a count typed is refused (one line per field, or one for more votes for than voters present), empty when
     * both are counts or blank and the votes for are not more than the voters.
     */
    String countErrors(Messages messages) {
        Integer votes = Typed.count(votesFor.get()).value();
        Integer voters = Typed.count(votersPresent.get()).value();
        String exceeding = !exceeds(votes, voters) ? "" : messages.get("minutes.opinion.votes.moreThanPresent",
                String.valueOf(votes), String.valueOf(voters), storedVotersPresent == null || storedVotesFor == null
                        ? messages.get("minutes.opinion.votes.keptNone")
                        : messages.get("minutes.opinion.votes.kept", storedVotesFor + "/" + storedVotersPresent));
        return Stream.of(
                Typed.countError(messages, "minutes.opinion.votes.name", votesFor.get(), storedVotesFor),
                Typed.countError(messages, "minutes.opinion.voters.name", votersPresent.get(), storedVotersPresent),
                exceeding)
                .filter(e -> !e.isEmpty()).collect(Collectors.joining("\n"));
    }

    private static boolean recorded(Integer votes, Integer voters) {
        return votes != null && voters != null && voters > 0;
    }

    /** The stored version the next edit is stored over. */
    java.util.concurrent.atomic.AtomicInteger version() {
        return version;
    }

    /** The database id, or -1 while the row is being inserted. */
    public int id() {
        return id.get();
    }

    void setId(int value) {
        id.set(value);
    }

    public StringProperty codeProperty() {
        return code;
    }

    public IntegerProperty numberProperty() {
        return number;
    }

    public StringProperty contentProperty() {
        return content;
    }

    /** Whether the content looks typed without Vietnamese diacritics (see {@link NoDiacritics}). */
    public BooleanBinding noDiacriticsProperty() {
        return noDiacritics;
    }

    public ObjectProperty<OpinionKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<OpinionField> fieldProperty() {
        return field;
    }

    public ObjectProperty<Authority> authorityProperty() {
        return authority;
    }

    public StringProperty authorityBodyProperty() {
        return authorityBody;
    }

    public ObjectProperty<Meeting.HamletRef> hamletProperty() {
        return hamlet;
    }

    public BooleanProperty speakerConsentProperty() {
        return speakerConsent;
    }

    public StringProperty speakerNameProperty() {
        return speakerName;
    }

    public StringProperty votesForProperty() {
        return votesFor;
    }

    public StringProperty votersPresentProperty() {
        return votersPresent;
    }

    public BooleanProperty answeredProperty() {
        return answered;
    }

    public StringProperty answeredByProperty() {
        return answeredBy;
    }

    public StringProperty answerTextProperty() {
        return answerText;
    }

    /** False when the majority did not approve it: kept, marked, left out of the compilation. */
    public BooleanProperty approvedProperty() {
        return approved;
    }

    /** True when both the votes for and the voters present are recorded. */
    public BooleanProperty voteRecordedProperty() {
        return voteRecorded;
    }

    /** The earlier opinion this one raises again, null when not linked. */
    public ObjectProperty<RaisedAgain> raisedAgainProperty() {
        return raisedAgain;
    }

    /** Earlier issues this opinion may raise again, the likeliest first. */
    public ObservableList<MeetingAnswers.EarlierIssue> offers() {
        return offers;
    }

    /** Starts a look for earlier issues for this content: its number, or -1 when there is nothing new to look for. */
    int startLook(String content) {
        if (offersRefused || raisedAgain.get() != null || id() < 0 || content == null
                || content.equals(lookedFor)) {
            return -1;
        }
        lookedFor = content;
        return ++looks;
    }

    /** Whether the look numbered so is still the newest and its offers may be shown. */
    boolean newestLook(int look) {
        return look == looks && raisedAgain.get() == null && !offersRefused;
    }

    /** Forgets the last look (after an undone link the same content is offered again). */
    void forgetLook() {
        lookedFor = null;
        looks++;
    }

    void refuseOffers() {
        offersRefused = true;
        looks++;
        offers.clear();
    }

    /** Why a count typed is refused or the last save was refused (more votes than voters), empty when saved. */
    public StringProperty errorProperty() {
        return error;
    }
}
