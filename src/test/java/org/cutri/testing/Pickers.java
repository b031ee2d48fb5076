package org.cutri.testing;

import javafx.scene.input.KeyCode;

import org.cutri.common.ui.SearchableComboBox;
import org.testfx.api.FxRobot;

/** Choosing in the program's pickers ({@link SearchableComboBox}) as a user does: click, type, Enter. */
public final class Pickers {

    private Pickers() {
    }

    /** The picker this query finds. */
    public static <T> SearchableComboBox<T> picker(FxRobot robot, String query) {
        return robot.lookup(query).query();
    }

    /**
     * Clicks the picker, types this text in its search field and takes the first line that matches with
     * Enter; waits until the list has closed and returns the value taken.
     */
    public static <T> T pick(FxRobot robot, String query, String typed) {
        SearchableComboBox<T> box = picker(robot, query);
        robot.clickOn(box).write(typed).type(KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> !box.isShowing());
        return FxTestSupport.onFx(box::getValue);
    }
}
