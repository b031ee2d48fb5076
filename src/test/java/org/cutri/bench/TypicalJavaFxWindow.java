package org.cutri.bench;

import javafx.application.Application;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * A second yardstick for the start-up benchmark (docs/benchmarks.md, "What a plain window with a table costs"): the
 * least a window like cutri's shows, with no data behind it: a menu bar, a sidebar of 14 buttons, a table of 12 rows
 * and 3 columns, a small form and a status line. Prints {@code STARTUP_READY} with the time of its first laid-out frame,
 * as {@link BareJavaFxWindow} does, then exits. {@code -Dtyp=table} shows the table alone.
 */
public final class TypicalJavaFxWindow {

    private TypicalJavaFxWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself (a separate class, so the jar's plain class path is enough to launch it). */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            String mode = System.getProperty("typ", "full");
            BorderPane root = new BorderPane();
            MenuBar menu = new MenuBar();
            for (String m : new String[] {"Tệp", "Sửa", "Trợ giúp"}) {
                Menu mm = new Menu(m);
                mm.getItems().addAll(new MenuItem(m + " 1"), new MenuItem(m + " 2"));
                menu.getMenus().add(mm);
            }
            root.setTop(menu);
            VBox side = new VBox(4);
            for (int i = 0; i < 14; i++) {
                side.getChildren().add(new Button("Màn hình " + i));
            }
            root.setLeft(side);
            root.setBottom(new Label("Sẵn sàng"));
            TableView<String[]> table = new TableView<>();
            for (int c = 0; c < 3; c++) {
                int col = c;
                TableColumn<String[], String> column = new TableColumn<>("Cột " + c);
                column.setCellValueFactory(d -> new SimpleStringProperty(d.getValue()[col]));
                table.getColumns().add(column);
            }
            for (int r = 0; r < 12; r++) {
                table.getItems().add(new String[] {"Thôn " + r, String.valueOf(r * 7), "ghi chú " + r});
            }
            if (mode.equals("table")) {
                root = new BorderPane(table);
            } else {
                VBox form = new VBox(6, new Label("Tên thôn"), new TextField(), new Label("Số hộ"), new TextField(),
                        new HBox(6, new Button("Lưu"), new Button("Xóa")));
                root.setCenter(new SplitPane(table, form));
            }
            BareJavaFxWindow.showAndReportFirstFrame(stage, new Scene(root, 1280, 800), "Xã Demo");
        }
    }
}
