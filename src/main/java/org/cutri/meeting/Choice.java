package org.cutri.meeting;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One line of a checklist in the meeting form (a hamlet, a deputy): what it is and whether it is ticked. */
public final class Choice {

    private final int id;
    private final String label;
    private final BooleanProperty selected = new SimpleBooleanProperty();

    public Choice(int id, String label) {
        this.id = id;
        this.label = label;
    }

    public int id() {
        return id;
    }

    public String label() {
        return label;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isSelected() {
        return selected.get();
    }

    public void setSelected(boolean value) {
        selected.set(value);
    }

    @Override
    public String toString() {
        return label;
    }
}
