package org.cutri.common.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.util.Callback;
import javafx.util.StringConverter;

/**
 * The rows of a list of tick boxes (the hamlets of a constituency or a meeting, the deputies of a meeting). The list
 * is one field of the form: Tab enters it and leaves it, the arrows move along it, Space ticks the highlighted row.
 * The tick box of each row takes no focus, else Tab went from one row's box to the next instead of on to the next
 * field, and an arrow pressed on a box moved the focus out of the list.
 */
public final class CheckListCells {

    private CheckListCells() {
    }

    /** Cells showing {@code converter}'s text beside a tick box bound to {@code ticked}; the box is clicked, not focused. */
    public static <T> Callback<ListView<T>, ListCell<T>> forListView(Callback<T, ObservableValue<Boolean>> ticked,
            StringConverter<T> converter) {
        return list -> new CheckBoxListCell<>(ticked, converter) {
            @Override
            public void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                if (getGraphic() != null) {
                    getGraphic().setFocusTraversable(false);
                }
            }
        };
    }
}
