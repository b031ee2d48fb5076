package org.cutri.common.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.AccessibleRole;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Skin;
import javafx.util.StringConverter;

import org.cutri.common.text.VietText;

/**
 * The program's picker: a combo box whose list filters as the user types, the way every list filters,
 * case and diacritics ignored ("dong hai" finds "Thôn Đông Hải", "tinh" finds "… HĐND tỉnh …"; every typed
 * word must occur, see {@link VietText#matches}); lines holding the words together come first.
 *
 * <p>How it behaves: a click, Space, ↓/↑ or F4 opens the list with a search field over the box; typing a
 * letter while the box has the focus opens it with that letter typed. ↓/↑ move the highlight, Enter or a
 * click takes the highlighted line (the first match while typing), Tab takes it and moves on, Esc or
 * leaving the box closes the list. The value changes only when the user takes a line or the program sets
 * it: filtering, an empty match or a list replaced behind it never clears or changes the value.
 *
 * <p>Why not ControlsFX's {@code SearchableComboBox} or a plain {@code ComboBox}: both tie the value to a
 * selection model over the (filtered) items, so replacing the items or filtering sets the value to null
 * and back (the minutes screen loaded a meeting twice and raised stacked errors), and ControlsFX filters
 * with {@code toLowerCase().contains}, which needs diacritics.
 *
 * <p>To use it in a screen: declare it in the FXML like a combo box
 * ({@code <SearchableComboBox fx:id="roundBox" promptText="%x.prompt"/>} with
 * {@code <?import org.cutri.common.ui.SearchableComboBox?>}), then in the view
 * {@code box.setItems(viewModel.rounds()); box.setConverter(Converters.labels(ContactRound::name));
 * box.valueProperty().bindBidirectional(viewModel.roundProperty());}. Give the search field's prompt and the
 * "nothing matches" line in the FXML: {@code searchPromptText="%common.picker.search"
 * noMatchText="%common.picker.noMatch"}. Replace the items with {@code setAll} freely: the value is kept
 * as it is, so the view-model needs no guard against a value cleared while its list is refreshed.
 *
 * @param <T> the type of the values to choose from
 */
public class SearchableComboBox<T> extends ComboBoxBase<T> {

    private final ObjectProperty<ObservableList<T>> items = new SimpleObjectProperty<>(this, "items",
            FXCollections.observableArrayList());
    private final ObjectProperty<StringConverter<T>> converter = new SimpleObjectProperty<>(this, "converter",
            Converters.labels(String::valueOf));
    private final StringProperty searchPromptText = new SimpleStringProperty(this, "searchPromptText", "");
    private final StringProperty noMatchText = new SimpleStringProperty(this, "noMatchText", "");

    public SearchableComboBox() {
        getStyleClass().addAll("combo-box", "searchable-combo-box");
        setAccessibleRole(AccessibleRole.COMBO_BOX);
    }

    public SearchableComboBox(ObservableList<T> items) {
        this();
        setItems(items);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new SearchableComboBoxSkin<>(this);
    }

    /** The values to choose from. The list may be replaced or changed at any time; the value stays. */
    public final ObjectProperty<ObservableList<T>> itemsProperty() {
        return items;
    }

    public final ObservableList<T> getItems() {
        return items.get();
    }

    public final void setItems(ObservableList<T> value) {
        items.set(value);
    }

    /** How a value is shown, in the box and in the list; the filter looks in the same text. */
    public final ObjectProperty<StringConverter<T>> converterProperty() {
        return converter;
    }

    public final StringConverter<T> getConverter() {
        return converter.get();
    }

    public final void setConverter(StringConverter<T> value) {
        converter.set(value);
    }

    /** The prompt of the search field while the list is open ("Gõ để lọc…"). */
    public final StringProperty searchPromptTextProperty() {
        return searchPromptText;
    }

    public final String getSearchPromptText() {
        return searchPromptText.get();
    }

    public final void setSearchPromptText(String value) {
        searchPromptText.set(value);
    }

    /** The line shown in the open list when nothing matches what is typed. */
    public final StringProperty noMatchTextProperty() {
        return noMatchText;
    }

    public final String getNoMatchText() {
        return noMatchText.get();
    }

    public final void setNoMatchText(String value) {
        noMatchText.set(value);
    }

    /** The text a value is shown (and found) by. */
    String label(T value) {
        if (value == null) {
            return "";
        }
        StringConverter<T> shown = getConverter();
        String text = shown == null ? String.valueOf(value) : shown.toString(value);
        return text == null ? "" : text;
    }

    /**
     * The values whose label holds every word typed, case and diacritics ignored; those holding the typed
     * words together, in that order ("thu 2" in "Kỳ họp thứ 2 …" rather than "thứ 3 … 2026"), come first.
     */
    List<T> matching(List<T> values, String typed) {
        String query = VietText.fold(typed);
        List<T> together = new ArrayList<>();
        List<T> apart = new ArrayList<>();
        for (T value : values) {
            String text = VietText.fold(label(value));
            if (query.isEmpty() || text.contains(query)) {
                together.add(value);
            } else if (VietText.matches(text, query)) {
                apart.add(value);
            }
        }
        together.addAll(apart);
        return together;
    }
}
