package org.cutri.common.ui;

import javafx.beans.binding.Bindings;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/**
 * Binds the controls every list-and-form screen has to its {@link ListEditorViewModel}: the table shows
 * the filtered rows and follows the selection both ways, the form's title says "new" or "edit", the
 * error line shows only when there is an error, Save waits for the rows and Delete for a row.
 */
public final class ListEditorControls {

    private ListEditorControls() {
    }

    public static <T> void bind(ListEditorViewModel<T> viewModel, TableView<T> table, Label formTitle, Label formError,
            Button saveButton, Button deleteButton, String newTitle, String editTitle) {
        SortedList<T> sorted = new SortedList<>(viewModel.filteredItems());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != viewModel.selectedProperty().get()) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
        });
        formError.textProperty().bind(viewModel.formErrorProperty());
        formError.visibleProperty().bind(viewModel.formErrorProperty().isNotEmpty());
        formError.managedProperty().bind(formError.visibleProperty());
        formTitle.textProperty().bind(Bindings.when(viewModel.selectedProperty().isNull())
                .then(newTitle).otherwise(editTitle));
        // Save stays pressable on a wrong form: pressing it shows every field's message (FormDecorations).
        saveButton.disableProperty().bind(viewModel.loadingProperty().or(viewModel.busyProperty()));
        deleteButton.disableProperty().bind(viewModel.selectedProperty().isNull().or(viewModel.busyProperty()));
    }
}
