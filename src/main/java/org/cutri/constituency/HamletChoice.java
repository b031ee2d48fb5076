package org.cutri.constituency;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One line of the constituency form's hamlet checklist: the hamlet, whether it is ticked, and the
 * other constituency of the same level it lies in now (saving with it ticked moves it here).
 */
public final class HamletChoice {

    private final int id;
    private final String name;
    private final Integer otherNumber;
    private final BooleanProperty checked;

    HamletChoice(int id, String name, Integer otherNumber, boolean checked) {
        this.id = id;
        this.name = name;
        this.otherNumber = otherNumber;
        this.checked = new SimpleBooleanProperty(checked);
    }

    public int id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** The number of the other constituency of this level and term it lies in, or null. */
    public Integer otherNumber() {
        return otherNumber;
    }

    public BooleanProperty checkedProperty() {
        return checked;
    }

    public boolean isChecked() {
        return checked.get();
    }
}
