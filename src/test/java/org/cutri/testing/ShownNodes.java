package org.cutri.testing;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;

/** What a user can see of a scene: the nodes shown (they and every parent visible), read on the FX thread. */
public final class ShownNodes {

    private ShownNodes() {
    }

    /** Every shown node of this type under the root, in scene order. */
    public static <T extends Node> List<T> of(Parent root, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    /** The texts of every shown label, button and other labeled control under the root. */
    public static List<String> texts(Parent root) {
        return of(root, Labeled.class).stream().map(Labeled::getText).filter(t -> t != null && !t.isEmpty()).toList();
    }

    private static <T extends Node> void collect(Node node, Class<T> type, List<T> found) {
        if (!node.isVisible()) {
            return;
        }
        if (type.isInstance(node)) {
            found.add(type.cast(node));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, type, found);
            }
        }
    }
}
