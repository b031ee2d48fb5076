package org.cutri.common.ui;

import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckBox;

/**
 * The "with speakers' names" check box of every screen from which names leave the program (the compiled report,
 * the package for the province, the minutes): the names are chosen only once the user has confirmed, in a
 * question saying they are personal data, whose default answer is "Không". Unticking needs no question.
 */
public final class NamesChoice {

    private NamesChoice() {
    }

    public static void bind(CheckBox box, BooleanProperty withNames, Dialogs dialogs, String title, String text) {
        box.setSelected(withNames.get());
        box.selectedProperty().addListener((obs, old, now) -> {
            if (now && !withNames.get()) {
                if (dialogs.confirmPersonalData(title, text)) {
                    withNames.set(true);
                } else {
                    box.setSelected(false);
                }
            } else if (!now) {
                withNames.set(false);
            }
        });
        withNames.addListener((obs, old, now) -> {
            if (!now) {
                box.setSelected(false);
            }
        });
    }
}
