package org.cutri.assignment;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import org.cutri.hamlet.Hamlet;

/** One hamlet's row of the matrix: a check per deputy, what is proposed, how many deputies it has. */
public final class AssignmentRow {

    private final Hamlet hamlet;
    private final Map<Integer, BooleanProperty> assigned = new HashMap<>();
    private final Set<Integer> proposed;
    private final ReadOnlyIntegerWrapper deputyCount = new ReadOnlyIntegerWrapper();

    AssignmentRow(Hamlet hamlet, Map<Integer, Boolean> assignedByDeputy, Set<Integer> proposedDeputies) {
        this.hamlet = hamlet;
        this.proposed = Set.copyOf(proposedDeputies);
        assignedByDeputy.forEach((deputyId, value) -> {
            BooleanProperty property = new SimpleBooleanProperty(value);
            property.addListener((obs, old, now) -> countAgain());
            assigned.put(deputyId, property);
        });
        countAgain();
    }

    private void countAgain() {
        deputyCount.set((int) assigned.values().stream().filter(BooleanProperty::get).count());
    }

    public Hamlet hamlet() {
        return hamlet;
    }

    /** Whether the deputy is assigned to this hamlet (as stored, or as just clicked). */
    public BooleanProperty assignedProperty(int deputyId) {
        return assigned.computeIfAbsent(deputyId, id -> {
            BooleanProperty property = new SimpleBooleanProperty(false);
            property.addListener((obs, old, now) -> countAgain());
            return property;
        });
    }

    public boolean isProposed(int deputyId) {
        return proposed.contains(deputyId);
    }

    public AssignmentState state(int deputyId) {
        return AssignmentState.of(assignedProperty(deputyId).get(), isProposed(deputyId));
    }

    /** How many deputies meet this hamlet's voters. */
    public ReadOnlyIntegerProperty deputyCountProperty() {
        return deputyCount.getReadOnlyProperty();
    }
}
