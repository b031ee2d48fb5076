package org.cutri.opinion;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;

/** The filter boxes of the opinion lists (the commune's and the province's): a list of choices, "all" first. */
public final class ChoiceBoxes {

    private ChoiceBoxes() {
    }

    /** The chosen value, or {@code null} for "all" or nothing chosen. */
    public static <T> T valueOf(ObjectProperty<Choice<T>> chosen) {
        return chosen.get() == null ? null : chosen.get().value();
    }

    /**
     * Replaces every choice after the first ("all") one, keeping the chosen value when it is still
     * offered and falling back to "all" otherwise.
     */
    public static <T> void replaceKeeping(ObservableList<Choice<T>> list, ObjectProperty<Choice<T>> chosen,
            List<Choice<T>> choices) {
        T value = valueOf(chosen);
        Choice<T> first = list.get(0);
        List<Choice<T>> all = new ArrayList<>(choices.size() + 1);
        all.add(first);
        all.addAll(choices);
        list.setAll(all);
        chosen.set(all.stream().filter(c -> Objects.equals(c.value(), value)).findFirst().orElse(first));
    }
}
