package org.cutri.answer;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.cutri.common.i18n.Messages;
import org.cutri.common.text.DateText;
import org.cutri.common.ui.Converters;
import org.cutri.common.ui.SearchableComboBox;
import org.cutri.opinion.Authority;

/**
 * The dialog "Thời hạn trả lời": the rule set shown (chosen among the sets), its days per authority and per named
 * agency, saved with "Lưu bộ thời hạn"; below, a new set from a day for a new legal text.
 */
public final class AnswerRulesView {

    private final AnswerRulesViewModel viewModel;
    private final Messages messages;
    private final VBox agencyRows = new VBox(4);

    public AnswerRulesView(AnswerRulesViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    /** Shows the dialog over {@code owner} until it is closed; true when a set was stored. */
    public boolean showAndWait(Window owner, java.time.LocalDate today) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("answer.rules.screen.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("answerRulesDialog");
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(messages.get("answer.rules.screen.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().setPrefSize(720, 600);
        viewModel.load(today);
        dialog.showAndWait();
        return viewModel.changedProperty().get();
    }

    private ScrollPane content() {
        SearchableComboBox<AnswerRuleSet> setBox = new SearchableComboBox<>();
        setBox.setId("ruleSetBox");
        setBox.setItems(viewModel.sets());
        setBox.setConverter(Converters.labels(s -> messages.get("answer.rules.screen.setLabel", s.name(),
                DateText.format(s.validFrom()))));
        setBox.valueProperty().bindBidirectional(viewModel.setProperty());
        setBox.setPrefWidth(460);
        setBox.setSearchPromptText(messages.get("common.picker.search"));
        setBox.setNoMatchText(messages.get("common.picker.noMatch"));

        Label explain = wrapped(messages.get("answer.rules.screen.explain"));
        explain.getStyleClass().add("form-hint");

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        TextField nameField = new TextField();
        nameField.setId("ruleSetNameField");
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        grid.addRow(0, new Label(messages.get("answer.rules.screen.name")), nameField);
        Label from = new Label();
        from.setId("ruleSetFromLabel");
        from.textProperty().bind(viewModel.validFromProperty());
        grid.addRow(1, new Label(messages.get("answer.rules.screen.from")), from);
        int row = 2;
        for (Authority authority : Authority.values()) {
            TextField days = new TextField();
            days.setId("days-" + authority.name().toLowerCase(java.util.Locale.ROOT));
            days.setPrefColumnCount(5);
            days.textProperty().bindBidirectional(viewModel.daysProperty(authority));
            HBox line = new HBox(6, days, new Label(messages.get("answer.rules.screen.days")));
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            grid.addRow(row++, new Label(messages.get("answer.rules.screen.daysFor", messages.label(authority))), line);
        }
        GridPane.setHgrow(nameField, Priority.ALWAYS);

        Label agencyTitle = new Label(messages.get("answer.rules.screen.agencies"));
        agencyTitle.getStyleClass().add("form-title");
        Button addAgency = new Button(messages.get("answer.rules.screen.addAgency"));
        addAgency.setId("addAgencyButton");
        addAgency.setOnAction(e -> viewModel.addAgency());
        viewModel.agencies().addListener((ListChangeListener<AnswerRulesViewModel.AgencyRow>) c -> showAgencies());
        showAgencies();

        Button save = new Button(messages.get("answer.rules.screen.save"));
        save.setId("saveRuleSetButton");
        save.setDefaultButton(false);
        save.disableProperty().bind(viewModel.busyProperty().or(viewModel.setProperty().isNull()));
        save.setOnAction(e -> viewModel.save());

        Label newTitle = new Label(messages.get("answer.rules.screen.newTitle"));
        newTitle.getStyleClass().add("form-title");
        TextField newFrom = new TextField();
        newFrom.setId("newRuleSetFromField");
        newFrom.setPromptText(messages.get("answer.screen.date.prompt"));
        newFrom.setPrefColumnCount(10);
        newFrom.textProperty().bindBidirectional(viewModel.newFromProperty());
        TextField newName = new TextField();
        newName.setId("newRuleSetNameField");
        newName.setPromptText(messages.get("answer.rules.screen.newName.prompt"));
        newName.textProperty().bindBidirectional(viewModel.newNameProperty());
        HBox.setHgrow(newName, Priority.ALWAYS);
        Button add = new Button(messages.get("answer.rules.screen.add"));
        add.setId("addRuleSetButton");
        add.disableProperty().bind(viewModel.busyProperty());
        add.setOnAction(e -> viewModel.addSet());
        HBox newRow = new HBox(6, new Label(messages.get("answer.rules.screen.newFrom")), newFrom, newName, add);
        newRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label newExplain = wrapped(messages.get("answer.rules.screen.newExplain"));
        newExplain.getStyleClass().add("form-hint");

        Label message = wrapped("");
        message.setId("ruleSetMessage");
        message.getStyleClass().add("form-message");
        message.textProperty().bind(viewModel.messageProperty());

        VBox box = new VBox(8, new HBox(8, new Label(messages.get("answer.rules.screen.set")), setBox), explain, grid,
                agencyTitle, agencyRows, addAgency, new HBox(8, save), message, newTitle, newRow, newExplain);
        box.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private void showAgencies() {
        agencyRows.getChildren().clear();
        for (AnswerRulesViewModel.AgencyRow row : viewModel.agencies()) {
            SearchableComboBox<Authority> authority = new SearchableComboBox<>();
            authority.getItems().setAll(Authority.values());
            authority.setConverter(Converters.labels(messages::label));
            authority.valueProperty().bindBidirectional(row.authorityProperty());
            authority.setPrefWidth(130);
            authority.setSearchPromptText(messages.get("common.picker.search"));
            authority.setNoMatchText(messages.get("common.picker.noMatch"));
            TextField agency = new TextField();
            agency.setPromptText(messages.get("answer.rules.screen.agency.prompt"));
            agency.textProperty().bindBidirectional(row.agencyProperty());
            HBox.setHgrow(agency, Priority.ALWAYS);
            TextField days = new TextField();
            days.setPrefColumnCount(5);
            days.textProperty().bindBidirectional(row.daysProperty());
            Button remove = new Button(messages.get("answer.rules.screen.removeAgency"));
            remove.setOnAction(e -> viewModel.removeAgency(row));
            HBox line = new HBox(6, authority, agency, days, new Label(messages.get("answer.rules.screen.days")), remove);
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            agencyRows.getChildren().add(line);
        }
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
