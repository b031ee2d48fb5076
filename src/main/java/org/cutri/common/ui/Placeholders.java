package org.cutri.common.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

import org.cutri.common.i18n.Messages;

/**
 * What a list shows when it has no rows. While its data loads it says so ("Đang tải…" beside a
 * spinner), never "nothing here": an empty text shown too early reads as lost data.
 */
public final class Placeholders {

    /** The style class of the placeholder's text, for tests and styling. */
    public static final String TEXT_CLASS = "placeholder-text";

    private Placeholders() {
    }

    /** The loading line while {@code loading} holds, else the empty text. */
    public static Node of(ObservableBooleanValue loading, ObservableValue<String> emptyText, Messages messages) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.setMaxSize(18, 18);
        Label loadingLabel = new Label(messages.get("common.loading"), spinner);
        loadingLabel.getStyleClass().addAll(TEXT_CLASS, "placeholder-loading");
        HBox loadingLine = new HBox(loadingLabel);
        loadingLine.setAlignment(Pos.CENTER);
        Label empty = new Label();
        empty.getStyleClass().add(TEXT_CLASS);
        empty.setWrapText(true);
        empty.textProperty().bind(emptyText);
        loadingLine.visibleProperty().bind(Bindings.createBooleanBinding(loading::get, loading));
        empty.visibleProperty().bind(loadingLine.visibleProperty().not());
        // The spinner only animates while it is shown.
        spinner.visibleProperty().bind(loadingLine.visibleProperty());
        StackPane pane = new StackPane(loadingLine, empty);
        pane.setPadding(new javafx.geometry.Insets(12));
        return pane;
    }

    /** A fixed text for a list with nothing to load: it wraps instead of being cut. */
    public static Label text(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(TEXT_CLASS);
        label.setWrapText(true);
        label.setPadding(new javafx.geometry.Insets(12));
        return label;
    }

    /** The same with a fixed empty text, read from the messages. */
    public static Node of(ObservableBooleanValue loading, String emptyKey, Messages messages) {
        return of(loading, new javafx.beans.property.SimpleStringProperty(messages.get(emptyKey)), messages);
    }
}
