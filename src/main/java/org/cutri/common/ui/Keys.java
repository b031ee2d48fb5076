package org.cutri.common.ui;

import javafx.scene.Node;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/** Keyboard shortcuts that work anywhere inside a screen. */
public final class Keys {

    public static final KeyCombination NEW_ROW = KeyCombination.keyCombination("Shortcut+N");

    private Keys() {
    }

    /** Runs the action when the key combination is pressed while focus is inside the node. */
    public static void on(Node node, KeyCombination combination, Runnable action) {
        node.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (combination.match(event)) {
                action.run();
                event.consume();
            }
        });
    }
}
