package org.cutri.council;

import java.util.List;
import java.util.Optional;

import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.cutri.common.UserException;
import org.cutri.common.i18n.Messages;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.ui.ListEditorViewModel;

/** The list of terms (nhiệm kỳ) and its form: start and end year. */
public class TermViewModel extends ListEditorViewModel<CouncilTerm> {

    /** The usual length of a term: proposed as the end year when the start year is typed. */
    static final int USUAL_LENGTH = 5;

    private final CouncilService councils;

    private final StringProperty startYear = new SimpleStringProperty("");
    private final StringProperty endYear = new SimpleStringProperty("");

    private final StringBinding startYearError;
    private final StringBinding endYearError;
    private final BooleanBinding valid;
    private String proposedEndYear = "";

    public TermViewModel(CouncilService councils, Messages messages, TaskExecutor executor) {
        super(messages, executor, CouncilTerm::id);
        this.councils = councils;
        startYearError = rule(this::validateStart, startYear);
        endYearError = rule(this::validateEnd, startYear, endYear, selectedProperty(), items());
        valid = Bindings.createBooleanBinding(() -> startYearError.get() == null && endYearError.get() == null,
                startYearError, endYearError);
        // Typing the start year proposes the usual five-year term, until the user types an end year.
        startYear.addListener((obs, old, now) -> {
            Optional<Integer> start = year(now);
            if (start.isPresent() && (endYear.get().isBlank() || endYear.get().equals(proposedEndYear))) {
                proposedEndYear = String.valueOf(start.get() + USUAL_LENGTH);
                endYear.set(proposedEndYear);
            }
        });
    }

    private String validateStart() {
        if (startYear.get() == null || startYear.get().isBlank()) {
            return messages.get("council.term.startYear.required");
        }
        return year(startYear.get()).isEmpty() ? messages.get("council.term.year.invalid", startYear.get().strip())
                : null;
    }

    private String validateEnd() {
        if (endYear.get() == null || endYear.get().isBlank()) {
            return messages.get("council.term.endYear.required");
        }
        Optional<Integer> end = year(endYear.get());
        if (end.isEmpty()) {
            return messages.get("council.term.year.invalid", endYear.get().strip());
        }
        Optional<Integer> start = year(startYear.get());
        if (start.isEmpty()) {
            return null;
        }
        if (end.get() <= start.get()) {
            return messages.get("council.term.endYear.notAfterStart", String.valueOf(end.get()),
                    String.valueOf(start.get()));
        }
        CouncilTerm editing = selectedProperty().get();
        boolean duplicate = items().stream().anyMatch(t -> (editing == null || t.id() != editing.id())
                && t.startYear() == start.get() && t.endYear() == end.get());
        return duplicate ? messages.get("council.term.duplicate", start.get() + "–" + end.get()) : null;
    }

    /** A four-digit year the program accepts (1946–2200), if the text is one. */
    static Optional<Integer> year(String text) {
        String typed = text == null ? "" : text.strip();
        if (!typed.matches("\\d{4}")) {
            return Optional.empty();
        }
        int value = Integer.parseInt(typed);
        return value >= 1946 && value <= 2200 ? Optional.of(value) : Optional.empty();
    }

    @Override
    protected List<CouncilTerm> loadAll() {
        return councils.terms();
    }

    @Override
    protected String searchText(CouncilTerm item) {
        return item.label() + " " + item.startYear() + "-" + item.endYear();
    }

    @Override
    protected void loadForm(CouncilTerm item) {
        proposedEndYear = "";
        startYear.set(String.valueOf(item.startYear()));
        endYear.set(String.valueOf(item.endYear()));
    }

    @Override
    protected void clearForm() {
        proposedEndYear = "";
        startYear.set("");
        endYear.set("");
    }

    @Override
    protected BooleanBinding formValid() {
        return valid;
    }

    @Override
    protected Callable<CouncilTerm> storing(CouncilTerm editing) {
        int start = Integer.parseInt(startYear.get().strip());
        int end = Integer.parseInt(endYear.get().strip());
        return () -> editing == null ? councils.createTerm(start, end) : councils.updateTerm(editing.id(), start, end);
    }

    @Override
    protected Optional<UserException> deleteRefusal(CouncilTerm item) {
        return councils.termDeleteRefusal(item.id());
    }

    @Override
    protected void remove(CouncilTerm item) {
        councils.deleteTerm(item.id());
    }

    @Override
    protected String describe(CouncilTerm item) {
        return messages.get("council.term.describe", item.label());
    }

    public StringProperty startYearProperty() {
        return startYear;
    }

    public StringProperty endYearProperty() {
        return endYear;
    }

    public StringBinding startYearErrorProperty() {
        return startYearError;
    }

    public StringBinding endYearErrorProperty() {
        return endYearError;
    }
}
