package org.cutri.opinion;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;

import org.cutri.common.i18n.Messages;

/** The filter boxes of the opinion lists (the commune's and the province's): a list of choices, "all" first. */
public final class ChoiceBoxes {

    private ChoiceBoxes() {
    }

    /** "All" (value {@code null}) then every value of a fixed list, each shown by its label in the user's language. */
    public static <E extends Enum<E>> List<Choice<E>> allThen(String all, E[] values, Messages messages) {
        List<Choice<E>> choices = new ArrayList<>(values.length + 1);
        choices.add(new Choice<>(null, all));
        for (E value : values) {
            choices.add(new Choice<>(value, messages.label(value)));
        }
        return choices;
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
