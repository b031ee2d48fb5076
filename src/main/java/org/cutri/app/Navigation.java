package org.cutri.app;

/**
 * Lets one screen open another (the opinions list opens an opinion's meeting in the minutes screen)
 * without the feature packages knowing each other. Attached to the main view once it exists.
 */
final class Navigation {

    private MainView view;

    void attach(MainView mainView) {
        this.view = mainView;
    }

    /** Shows the minutes screen with this meeting. */
    void openMeeting(int meetingId) {
        if (view == null) {
            return;
        }
        view.showArea(Area.MEETINGS);
        if (view.screen(Area.MEETINGS) instanceof org.cutri.minutes.MinutesView minutes) {
            minutes.open(meetingId);
        }
    }

    /** Shows the plans screen with this plan (a duty of the calendar was opened). */
    void openPlan(int planId) {
        if (view == null) {
            return;
        }
        view.showArea(Area.PLANS);
        if (view.screen(Area.PLANS) instanceof org.cutri.plan.PlansView plans) {
            plans.open(planId);
        }
    }

    /**
     * Shows the screen where a duty's work is done (the rounds, the minutes, the report, the answers, the public
     * sentiment), on the record {@code sourceId} names there (the round, the period) when it is not null.
     */
    void openWork(org.cutri.plan.DutyWork work, Integer sourceId) {
        if (view == null || work == null) {
            return;
        }
        view.showArea(switch (work) {
            case ROUNDS -> Area.ROUNDS;
            case MINUTES -> Area.MEETINGS;
            case REPORTS -> Area.REPORTS;
            case ANSWERS -> Area.ANSWERS;
            case SENTIMENT -> Area.SENTIMENT;
            case DRAFT_COMMENTS -> Area.DRAFT_COMMENTS;
            case CONFERENCES -> Area.CONFERENCES;
        });
        if (sourceId != null) {
            openSource(work, sourceId);
        }
    }

    /** Chooses the record of the opened work on its screen: the period of public sentiment, the round. */
    private void openSource(org.cutri.plan.DutyWork work, int sourceId) {
        switch (work) {
            case SENTIMENT -> on(Area.SENTIMENT, org.cutri.sentiment.SentimentView.class, s -> s.openPeriod(sourceId));
            case ROUNDS -> on(Area.ROUNDS, org.cutri.meeting.PlanningView.class, s -> s.openRound(sourceId));
            case MINUTES -> on(Area.MEETINGS, org.cutri.minutes.MinutesView.class, s -> s.openRound(sourceId));
            case REPORTS -> on(Area.REPORTS, org.cutri.report.ReportView.class, s -> s.openRound(sourceId));
            case ANSWERS -> on(Area.ANSWERS, org.cutri.answer.FollowUpView.class, s -> s.openRound(sourceId));
            case CONFERENCES -> on(Area.CONFERENCES, org.cutri.conference.ConferenceView.class, s -> s.open(sourceId));
            case DRAFT_COMMENTS -> on(Area.DRAFT_COMMENTS, org.cutri.draft.DraftCommentsView.class, s -> s.open(sourceId));
        }
    }

    /** Acts on the area's screen when it is of this type. */
    private <T> void on(Area area, Class<T> type, java.util.function.Consumer<T> action) {
        Object screen = view.screen(area);
        if (type.isInstance(screen)) {
            action.accept(type.cast(screen));
        }
    }

    /** The data was replaced by a restored backup: the window shows it (its screens read it again). */
    void dataReplaced() {
        if (view != null) {
            view.dataReplaced();
        }
    }
}
