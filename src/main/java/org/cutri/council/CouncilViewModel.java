package org.cutri.council;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.cutri.common.i18n.Messages;
import org.cutri.common.task.TaskExecutor;

/**
 * The council screen (Nhiệm kỳ và kỳ họp): the terms, and beside them the sessions of the chosen
 * term. Two list editors composed; the status line shows whichever spoke last.
 */
public class CouncilViewModel {

    private final TermViewModel terms;
    private final SessionViewModel sessions;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private boolean firstLoad = true;

    public CouncilViewModel(CouncilService councils, Messages messages, TaskExecutor executor) {
        this.terms = new TermViewModel(councils, messages, executor);
        this.sessions = new SessionViewModel(councils, messages, executor);
        sessions.termProperty().bind(terms.selectedProperty());
        // The first time the terms arrive, show the sessions of the newest (current) term.
        terms.items().addListener((javafx.collections.ListChangeListener<CouncilTerm>) change -> {
            if (firstLoad && !terms.items().isEmpty()) {
                firstLoad = false;
                if (terms.selectedProperty().get() == null) {
                    terms.selectedProperty().set(terms.items().get(0));
                }
            }
        });
        terms.statusProperty().addListener((obs, old, now) -> status.set(now));
        sessions.statusProperty().addListener((obs, old, now) -> status.set(now));
    }

    public TermViewModel terms() {
        return terms;
    }

    public SessionViewModel sessions() {
        return sessions;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Reloads both lists (the sessions follow the term selection). */
    public void refresh() {
        terms.refresh();
        sessions.refresh();
    }
}
