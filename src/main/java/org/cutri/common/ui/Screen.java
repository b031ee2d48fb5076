package org.cutri.common.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Parent;

/** One area of the main window (hamlets, deputies, …). */
public interface Screen {

    /** The screen's content, built once. */
    Parent root();

    /** The last thing that happened, for the status bar ("Đã lưu Xóm Bến"). */
    ReadOnlyStringProperty status();

    /** Called each time the screen is shown: reload what other screens may have changed, focus the first field. */
    void activate();
}
