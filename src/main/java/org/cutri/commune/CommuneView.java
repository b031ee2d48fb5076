package org.cutri.commune;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

import org.cutri.common.i18n.Messages;
import org.cutri.common.ui.FormDecorations;
import org.cutri.common.ui.Screen;
import org.cutri.common.ui.Views;

/** The office profile screen (Thông tin đơn vị): thin, binds the view-model to the form and the preview. */
public class CommuneView implements Screen {

    private final CommuneViewModel viewModel;
    private final Parent root;
    private final FormDecorations.Form form = FormDecorations.form();

    @FXML private TextField communeNameField;
    @FXML private TextField provinceNameField;
    @FXML private TextField placeNameField;
    @FXML private TextField headerLine1Field;
    @FXML private TextField headerLine2Field;
    @FXML private TextField headerLine3Field;
    @FXML private TextField symbolCodeField;
    @FXML private TextField chairNameField;
    @FXML private TextArea viceChairNamesArea;
    @FXML private TextField secretaryNameField;
    @FXML private Label headerPreview;
    @FXML private Label numberPreview;
    @FXML private Label datePreview;
    @FXML private Label formError;
    @FXML private Button saveButton;

    public CommuneView(CommuneViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.root = Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        communeNameField.textProperty().bindBidirectional(viewModel.communeNameProperty());
        provinceNameField.textProperty().bindBidirectional(viewModel.provinceNameProperty());
        placeNameField.textProperty().bindBidirectional(viewModel.placeNameProperty());
        headerLine1Field.textProperty().bindBidirectional(viewModel.headerLine1Property());
        headerLine2Field.textProperty().bindBidirectional(viewModel.headerLine2Property());
        headerLine3Field.textProperty().bindBidirectional(viewModel.headerLine3Property());
        symbolCodeField.textProperty().bindBidirectional(viewModel.symbolCodeProperty());
        chairNameField.textProperty().bindBidirectional(viewModel.chairNameProperty());
        viceChairNamesArea.textProperty().bindBidirectional(viewModel.viceChairNamesProperty());
        secretaryNameField.textProperty().bindBidirectional(viewModel.secretaryNameProperty());

        form.bind(communeNameField, viewModel.communeNameErrorProperty());
        form.bind(provinceNameField, viewModel.provinceNameErrorProperty());
        form.bind(placeNameField, viewModel.placeNameErrorProperty());
        form.bind(headerLine1Field, viewModel.headerLine1ErrorProperty());
        form.bind(headerLine2Field, viewModel.headerLine2ErrorProperty());
        form.bind(headerLine3Field, viewModel.headerLine3ErrorProperty());
        form.bind(symbolCodeField, viewModel.symbolCodeErrorProperty());
        form.bind(chairNameField, viewModel.chairNameErrorProperty());
        form.bind(viceChairNamesArea, viewModel.viceChairNamesErrorProperty());
        form.bind(secretaryNameField, viewModel.secretaryNameErrorProperty());

        headerPreview.textProperty().bind(viewModel.headerPreviewProperty());
        numberPreview.textProperty().bind(viewModel.numberPreviewProperty());
        datePreview.textProperty().bind(viewModel.datePreviewProperty());
        formError.textProperty().bind(viewModel.formErrorProperty());
        formError.visibleProperty().bind(viewModel.formErrorProperty().isNotEmpty());
        formError.managedProperty().bind(formError.visibleProperty());
        // Save stays pressable on a wrong form: pressing it shows every field's message.
        saveButton.disableProperty().bind(viewModel.busyProperty());
    }

    @FXML
    private void save() {
        if (!viewModel.save()) {
            form.showAll();
        }
    }

    @FXML
    private void revert() {
        viewModel.revert();
        form.calm();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public ReadOnlyStringProperty status() {
        return viewModel.statusProperty();
    }

    @Override
    public void activate() {
        viewModel.load();
        Platform.runLater(communeNameField::requestFocus);
    }
}
