package org.cutri.app;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.cutri.common.i18n.Messages;

/** The main window's state: which area is shown, the commune in the title, the status line. */
public class MainViewModel {

    private final Messages messages;
    private final ObjectProperty<Area> area = new SimpleObjectProperty<>();
    private final StringProperty communeName = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty dataFolder = new SimpleStringProperty("");
    private final BooleanProperty opening = new SimpleBooleanProperty();
    private final StringBinding title;

    public MainViewModel(Messages messages, String dataFolder) {
        this.messages = messages;
        this.dataFolder.set(messages.get("app.status.dataFolder", dataFolder));
        this.title = Bindings.createStringBinding(() -> communeName.get() == null || communeName.get().isBlank()
                ? messages.get("app.title")
                : messages.get("app.title.commune", communeName.get()), communeName);
    }

    public ObjectProperty<Area> areaProperty() {
        return area;
    }

    public StringProperty communeNameProperty() {
        return communeName;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty dataFolderProperty() {
        return dataFolder;
    }

    /** True while the data is being opened: the window shows, but no area can be chosen yet. */
    public BooleanProperty openingProperty() {
        return opening;
    }

    public StringBinding titleProperty() {
        return title;
    }

    /** Shows an area; areas of later versions are refused with a note in the status bar. */
    public boolean open(Area target) {
        if (!target.available()) {
            status.set(messages.get("app.nav.later", messages.get(target.key())));
            return false;
        }
        area.set(target);
        return true;
    }
}
