package org.cutri.common.ui;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * Column titles are words of the program, not data: a column is never narrower than its title
 * ("Đơn vị BC", not "Đơn vị ..."). When the titles together are wider than the table, it scrolls
 * sideways instead of cutting them.
 */
public final class TableHeaders {

    /** Room for the sort arrow beside a sorted column's title. */
    private static final double SORT_ARROW = 14;

    private TableHeaders() {
    }

    /** Keeps every column of the table at least as wide as its title, now and when columns change. */
    public static void keepWhole(TableView<?> table) {
        table.widthProperty().addListener((obs, old, now) -> fit(table));
        // New columns get their headers only in the table's next layout: lay it out first, so a column added with
        // the data (the assignment grid's deputies) is measured too, not only when the window is next resized.
        Runnable fitNewColumns = () -> {
            table.applyCss();
            table.layout();
            fit(table);
        };
        table.getColumns().addListener((ListChangeListener<Object>) change -> Platform.runLater(fitNewColumns));
        table.sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                Platform.runLater(fitNewColumns);
            }
        });
    }

    private static void fit(TableView<?> table) {
        for (Node node : table.lookupAll(".column-header")) {
            if (!(node instanceof TableColumnHeader header)) {
                continue;
            }
            TableColumnBase<?, ?> column = header.getTableColumn();
            if (column == null || !column.getColumns().isEmpty() || !column.isVisible()) {
                continue;
            }
            Node found = header.lookup(".label");
            if (!(found instanceof Label label)) {
                continue;
            }
            double needed = Math.ceil(label.prefWidth(-1) + header.snappedLeftInset() + header.snappedRightInset()
                    + (table.getSortOrder().contains(column) ? SORT_ARROW : 0)) + 2;
            if (column.getMinWidth() < needed) {
                column.setMinWidth(needed);
            }
        }
    }
}
