package org.cutri.conference;

/** Placeholder replaced by the screen. */
public class ConferenceView {
    public void open(int conferenceId) {
    }
}
