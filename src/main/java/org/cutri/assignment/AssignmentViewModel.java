package org.cutri.assignment;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.cutri.common.UserException;
import org.cutri.common.i18n.Messages;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.text.VietText;
import org.cutri.deputy.Deputy;
import org.cutri.hamlet.Hamlet;

/**
 * The assignment screen: hamlets × deputies of the current term. Each toggle is committed at once in
 * the background; the proposal button adds what the constituencies propose.
 */
public class AssignmentViewModel {

    private final AssignmentService assignments;
    private final Messages messages;
    private final TaskExecutor executor;

    private final ObservableList<AssignmentRow> rows = FXCollections.observableArrayList();
    private final FilteredList<AssignmentRow> filtered = new FilteredList<>(rows);
    private final ObservableList<Deputy> deputies = FXCollections.observableArrayList();
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasTerm = new ReadOnlyBooleanWrapper();
    /** True until the matrix was read once: the screen says it is loading, not that there are no hamlets. */
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(true);
    private Integer termId;

    public AssignmentViewModel(AssignmentService assignments, Messages messages, TaskExecutor executor) {
        this.assignments = assignments;
        this.messages = messages;
        this.executor = executor;
        filterText.addListener((obs, old, now) -> filtered.setPredicate(
                row -> VietText.matches(row.hamlet().name() + " " + messages.label(row.hamlet().kind()), now)));
    }

    /** Loads the matrix of the current term again. */
    public void refresh() {
        busy.set(true);
        executor.execute(BackgroundTask.of(assignments::currentMatrix)
                .onSuccess(this::show)
                .onFailure(this::fail));
    }

    private void show(AssignmentMatrix matrix) {
        busy.set(false);
        loading.set(false);
        termId = matrix.term() == null ? null : matrix.term().id();
        hasTerm.set(termId != null);
        Map<Integer, Map<Integer, Boolean>> assignedByHamlet = new HashMap<>();
        Map<Integer, Set<Integer>> proposedByHamlet = new HashMap<>();
        for (Hamlet hamlet : matrix.hamlets()) {
            Map<Integer, Boolean> cells = new HashMap<>();
            for (Deputy deputy : matrix.deputies()) {
                cells.put(deputy.id(), matrix.isAssigned(deputy.id(), hamlet.id()));
            }
            assignedByHamlet.put(hamlet.id(), cells);
            proposedByHamlet.put(hamlet.id(), new HashSet<>());
        }
        matrix.proposed().forEach(p -> proposedByHamlet.computeIfAbsent(p.hamletId(), id -> new HashSet<>())
                .add(p.deputyId()));
        deputies.setAll(matrix.deputies());
        rows.setAll(matrix.hamlets().stream()
                .map(h -> new AssignmentRow(h, assignedByHamlet.get(h.id()), proposedByHamlet.get(h.id())))
                .toList());
        rows.forEach(row -> row.deputyCountProperty().addListener((obs, old, now) -> updateSummary()));
        updateSummary();
    }

    private void updateSummary() {
        if (termId == null) {
            summary.set(messages.get("assignment.noTerm"));
            warning.set("");
            return;
        }
        long missing = rows.stream()
                .mapToLong(row -> deputies.stream().filter(d -> row.state(d.id()) == AssignmentState.PROPOSED_MISSING).count())
                .sum();
        summary.set(messages.get("assignment.summary", rows.size(), deputies.size(), missing));
        List<String> alone = rows.stream().filter(row -> row.deputyCountProperty().get() == 0)
                .map(row -> row.hamlet().name()).toList();
        if (alone.isEmpty() || deputies.isEmpty()) {
            warning.set(deputies.isEmpty() && !rows.isEmpty() ? messages.get("assignment.noDeputies") : "");
        } else {
            warning.set(messages.get("assignment.warning.noDeputy", alone.size(), String.join(", ", alone)));
        }
    }

    /** Assigns or unassigns one deputy to one hamlet: shown at once, stored in the background. */
    public void toggle(AssignmentRow row, Deputy deputy) {
        BooleanProperty cell = row.assignedProperty(deputy.id());
        boolean now = !cell.get();
        cell.set(now);
        executor.execute(BackgroundTask.run(() -> assignments.set(deputy.id(), row.hamlet().id(), now))
                .onSuccess(ignored -> status.set(messages.get(now ? "assignment.status.assigned" : "assignment.status.removed",
                        deputy.fullName(), row.hamlet().name())))
                .onFailure(e -> {
                    cell.set(!now);
                    fail(e);
                }));
    }

    /** Adds every proposed link that is missing, keeping the hand-made ones, then shows how many were added. */
    public void applyProposal() {
        if (termId == null) {
            status.set(messages.get("assignment.noTerm"));
            return;
        }
        int term = termId;
        busy.set(true);
        executor.execute(BackgroundTask.of(() -> assignments.applyProposal(term))
                .onSuccess(added -> {
                    refresh();
                    status.set(added == 0 ? messages.get("assignment.proposal.nothing")
                            : messages.get("assignment.proposal.added", added));
                })
                .onFailure(this::fail));
    }

    private void fail(Exception e) {
        busy.set(false);
        loading.set(false);
        UserException user = UserException.find(e);
        if (user == null) {
            throw new IllegalStateException(e);
        }
        status.set(messages.of(user));
    }

    public FilteredList<AssignmentRow> filteredRows() {
        return filtered;
    }

    public ObservableList<AssignmentRow> rows() {
        return rows;
    }

    /** The columns, grouped by level (commune, province, National Assembly). */
    public ObservableList<Deputy> deputies() {
        return deputies;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasTermProperty() {
        return hasTerm.getReadOnlyProperty();
    }
}
