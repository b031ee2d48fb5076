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

    /** Shows the screen where a duty's work is done (the rounds, the minutes, the report, the answers). */
    void openWork(org.cutri.plan.DutyWork work) {
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
            case CONFERENCES -> Area.PLANS; // the area of conferences replaces this line
        });
    }

    /** Shows the screen of a duty's work with its record chosen there (a draft whose comments are due). */
    void openWork(org.cutri.plan.DutyWork work, Integer sourceId) {
        openWork(work);
        if (view != null && work == org.cutri.plan.DutyWork.DRAFT_COMMENTS && sourceId != null
                && view.screen(Area.DRAFT_COMMENTS) instanceof org.cutri.draft.DraftCommentsView drafts) {
            drafts.open(sourceId);
        }
    }

    /** The data was replaced by a restored backup: the window shows it (its screens read it again). */
    void dataReplaced() {
        if (view != null) {
            view.dataReplaced();
        }
    }
}
