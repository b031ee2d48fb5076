package org.cutri.minutes;

import org.cutri.answer.MeetingAnswers;
import org.cutri.common.i18n.Messages;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An opinion that raises again an issue of an earlier round (nêu lại): once its content is stored, the earlier issues
 * the same-issue grouping puts with it are offered ("Có thể là ý kiến đã nêu trước: …"); the secretary links one, or
 * says none is it; a link can be undone. The look runs on the computation pool, never on the FX thread, and only the
 * newest look of an opinion fills its offers.
 */
public final class RaisedAgainOffers {

    private static final Logger LOG = LoggerFactory.getLogger(RaisedAgainOffers.class);

    private final MinutesService minutesService;
    private final Messages messages;
    private final TaskExecutor executor;
    private final MinutesStatus status;

    RaisedAgainOffers(MinutesService minutesService, Messages messages, TaskExecutor executor, MinutesStatus status) {
        this.minutesService = minutesService;
        this.messages = messages;
        this.executor = executor;
        this.status = status;
    }

    /** The opinion's content was stored: looks for earlier issues it may raise again (unless linked or refused). */
    void contentStored(OpinionEntry entry, String content) {
        int look = entry.startLook(content);
        if (look < 0) {
            return;
        }
        int id = entry.id();
        executor.execute(BackgroundTask.of(() -> minutesService.earlierLike(id, content)).computation()
                .onSuccess(found -> {
                    if (entry.newestLook(look)) {
                        entry.offers().setAll(found);
                    }
                })
                // Only a help while typing: a failed look offers nothing and the typing goes on.
                .onFailure(error -> LOG.warn("Could not look for earlier issues like opinion {}", id, error)));
    }

    /** Links the opinion to the earlier issue offered: it is "raised again", counted one more round. */
    public void link(OpinionEntry entry, MeetingAnswers.EarlierIssue offer) {
        int id = entry.id();
        if (id < 0) {
            return;
        }
        executor.execute(BackgroundTask.of(() -> minutesService.linkRaisedAgain(id, offer.opinionId()))
                .onSuccess(again -> {
                    entry.offers().clear();
                    entry.raisedAgainProperty().set(again);
                    status.say(messages.get("minutes.raisedAgain.done", again.code()));
                }).onFailure(status::failed));
    }

    /** Undoes the link; the offers come back at the next look. */
    public void unlink(OpinionEntry entry) {
        int id = entry.id();
        if (id < 0 || entry.raisedAgainProperty().get() == null) {
            return;
        }
        executor.execute(BackgroundTask.run(() -> minutesService.unlinkRaisedAgain(id)).onSuccess(v -> {
            entry.raisedAgainProperty().set(null);
            entry.forgetLook();
            status.say(messages.get("minutes.raisedAgain.undone"));
            contentStored(entry, entry.contentProperty().get());
        }).onFailure(status::failed));
    }

    /** None of the offers is this opinion: they go, and none is offered again for it on this screen. */
    public void refuse(OpinionEntry entry) {
        entry.refuseOffers();
    }
}
