package org.cutri.app;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.cutri.common.i18n.Messages;
import org.cutri.common.ui.Screen;
import org.cutri.common.ui.Views;

/** The main window: the sidebar, the current screen and the status bar. */
public class MainView {

    private final MainViewModel viewModel;
    private final Messages messages;
    private final Map<Area, Supplier<Screen>> factories = new EnumMap<>(Area.class);
    private final Map<Area, Screen> screens = new EnumMap<>(Area.class);
    private final Map<Area, ToggleButton> buttons = new EnumMap<>(Area.class);
    private final Map<Area.Group, Label> headings = new EnumMap<>(Area.Group.class);
    private final java.util.List<javafx.scene.Node> actions = new java.util.ArrayList<>();
    private org.cutri.office.OfficeKind office = org.cutri.office.OfficeKind.COMMUNE;
    /** The data is on a database server: the areas for the PC's data file are not shown. */
    private boolean onServer;
    /** Someone else changed the data on the server since the shown screen last read it. */
    private boolean othersChanged;
    private final Parent root;

    @FXML private javafx.scene.control.MenuBar menuBar;
    @FXML private VBox sidebar;
    @FXML private javafx.scene.control.ScrollPane sidebarScroll;
    @FXML private StackPane content;
    @FXML private Label statusLabel;
    @FXML private Label folderLabel;

    private final ToggleGroup navigation = new ToggleGroup();
    private final org.cutri.help.GuideWindow guide;

    public MainView(MainViewModel viewModel, Messages messages, Map<Area, Supplier<Screen>> factories) {
        this(viewModel, messages);
        useScreens(factories);
    }

    /** The window before its screens exist (the data is still opening): {@link #useScreens} follows. */
    public MainView(MainViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.guide = new org.cutri.help.GuideWindow(messages);
        this.root = Views.load(this, messages);
    }

    /** The screens of the areas, built on first use; areas without one are shown as coming later. */
    public void useScreens(Map<Area, Supplier<Screen>> screens) {
        factories.putAll(screens);
        buttons.forEach((area, button) -> {
            if (!area.available() || !factories.containsKey(area)) {
                button.getStyleClass().add("nav-later");
                button.setTooltip(new Tooltip(messages.get("app.nav.later", messages.get(area.key()))));
            }
        });
    }

    @FXML
    private void initialize() {
        Area.Group group = null;
        for (Area area : Area.values()) {
            if (area.group() != group) {
                group = area.group();
                Label heading = new Label(messages.get("app.nav.group." + group.name().toLowerCase(java.util.Locale.ROOT)));
                heading.getStyleClass().add("nav-heading");
                headings.put(group, heading);
                sidebar.getChildren().add(heading);
            }
            ToggleButton button = new ToggleButton(messages.get(area.key()));
            button.setId("nav-" + area.name().toLowerCase(java.util.Locale.ROOT));
            button.getStyleClass().add("nav-button");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setToggleGroup(navigation);
            button.setUserData(area);
            // On a short screen the sidebar scrolls: the entry reached with Tab, or chosen, is brought into sight.
            button.focusedProperty().addListener((obs, was, is) -> {
                if (is) {
                    reveal(button);
                }
            });
            button.selectedProperty().addListener((obs, was, is) -> {
                if (is) {
                    reveal(button);
                }
            });
            buttons.put(area, button);
            sidebar.getChildren().add(button);
        }
        navigation.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                // Clicking the shown area again must not leave the sidebar without a choice.
                if (old != null) {
                    old.setSelected(true);
                }
                return;
            }
            Area area = (Area) now.getUserData();
            if (!area.available() || !factories.containsKey(area)) {
                viewModel.open(area);
                reselect(old);
                return;
            }
            viewModel.open(area);
        });
        viewModel.areaProperty().addListener((obs, old, now) -> show(now));
        viewModel.officeProperty().addListener((obs, old, now) -> showOffice(now));
        showOffice(viewModel.officeProperty().get());
        viewModel.demoProperty().addListener((obs, was, is) -> showDemoBanner(is));
        folderLabel.textProperty().bind(viewModel.dataFolderProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        showWhileOpening();
    }

    /** What the banner's "clear the demo" button does (the window asks first); nothing until set. */
    private Runnable clearDemo = () -> { };

    /** The window's way to clear the demo, asked for by the banner shown over a demo's screens. */
    public void onClearDemo(Runnable action) {
        clearDemo = action;
    }

    /**
     * Beside the menus, over every screen, while the data holds the invented demo: it says so (nothing printed from it
     * is real) and offers to clear it. In the menu bar's row, so no screen loses a line at 1280×720; built only when
     * needed: a real office's window never carries it.
     */
    private void showDemoBanner(boolean shown) {
        BorderPane main = (BorderPane) root;
        if (!shown) {
            main.setTop(menuBar);
            return;
        }
        Label text = new Label(messages.get("app.demo.banner"));
        javafx.scene.control.Button clear = new javafx.scene.control.Button(messages.get("app.demo.clear"));
        clear.setId("clearDemoButton");
        clear.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        clear.setOnAction(event -> clearDemo.run());
        javafx.scene.layout.HBox banner = new javafx.scene.layout.HBox(10, text, clear);
        banner.setId("demoBanner");
        banner.getStyleClass().add("demo-banner");
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(menuBar, banner);
        javafx.scene.layout.HBox.setHgrow(menuBar, javafx.scene.layout.Priority.ALWAYS);
        main.setTop(row);
    }

    /** While the data opens the sidebar waits and the content says so (never an empty screen). */
    private void showWhileOpening() {
        Label opening = new Label(messages.get("app.opening"));
        opening.setId("openingLabel");
        opening.getStyleClass().add("welcome");
        javafx.scene.control.ProgressIndicator progress = new javafx.scene.control.ProgressIndicator();
        progress.setMaxSize(36, 36);
        VBox pane = new VBox(12, progress, opening);
        pane.setId("openingPane");
        pane.setAlignment(javafx.geometry.Pos.CENTER);
        sidebar.disableProperty().bind(viewModel.openingProperty());
        java.util.List<javafx.scene.Node> welcome = java.util.List.copyOf(content.getChildren());
        javafx.beans.value.ChangeListener<Boolean> shown = (obs, old, now) -> {
            if (now) {
                content.getChildren().setAll(pane);
            } else if (content.getChildren().contains(pane)) {
                content.getChildren().setAll(welcome);
            }
        };
        viewModel.openingProperty().addListener(shown);
        shown.changed(null, false, viewModel.openingProperty().get());
    }

    /** Shows this (the password prompt) where the screens will be, while the data is not open yet. */
    public void showInPlaceOfScreens(javafx.scene.Node node) {
        content.getChildren().setAll(node);
    }

    /** Trợ giúp → Hướng dẫn sử dụng: the whole guide from its top, to read or to look a chapter up. */
    @FXML
    private void openGuide() {
        guide.show(root.getScene().getWindow());
    }

    /**
     * F1 anywhere in the window (Trợ giúp → Hướng dẫn cho màn hình này): the guide at the section about the screen
     * shown; from its top while no screen is shown yet.
     */
    @FXML
    private void openGuideOnScreen() {
        Area shown = viewModel.areaProperty().get();
        if (shown == null) {
            guide.show(root.getScene().getWindow());
        } else {
            guide.showSection(root.getScene().getWindow(), shown.guideSection());
        }
    }

    /** Trợ giúp → Giới thiệu: the version and the licence. */
    @FXML
    private void showAbout() {
        org.cutri.help.AboutBox.show(root.getScene().getWindow(), messages);
    }

    private void reselect(Toggle previous) {
        javafx.application.Platform.runLater(() -> navigation.selectToggle(previous));
    }

    private void show(Area area) {
        Screen screen = screens.computeIfAbsent(area, a -> {
            StartupProbe.step("screen " + a);
            Screen created = factories.get(a).get();
            StartupProbe.step("screen built " + a);
            created.status().addListener((obs, old, now) -> viewModel.statusProperty().set(now));
            return created;
        });
        content.getChildren().setAll(screen.root());
        // The status bar speaks for the screen shown, never for the one left behind.
        viewModel.statusProperty().set(screen.status().get());
        ToggleButton button = buttons.get(area);
        if (!button.isSelected()) {
            button.setSelected(true);
        }
        screen.activate();
    }

    /**
     * Adds a command button below the sidebar's areas (e.g. the register import). The id lets tests and
     * shortcuts find it.
     */
    public javafx.scene.control.Button addSidebarAction(String id, String text, String tooltip, Runnable action) {
        javafx.scene.control.Button button = new javafx.scene.control.Button(text);
        button.setId(id);
        button.getStyleClass().add("nav-action");
        button.setMaxWidth(Double.MAX_VALUE);
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(event -> action.run());
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        gap.setMinHeight(12);
        sidebar.getChildren().addAll(gap, button);
        actions.add(gap);
        actions.add(button);
        showOffice(office);
        return button;
    }

    /**
     * Shows the areas of this kind of office only (a province office imports and consolidates; a commune
     * office keeps its register and rounds); the commands below the areas belong to the commune office. When
     * the shown area is not for this office, the office's first area is shown instead.
     */
    public void showOffice(org.cutri.office.OfficeKind kind) {
        office = kind;
        for (Map.Entry<Area, ToggleButton> entry : buttons.entrySet()) {
            boolean mine = entry.getKey().shownAt(kind) && !(onServer && entry.getKey().fileOnly());
            entry.getValue().setVisible(mine);
            entry.getValue().setManaged(mine);
        }
        for (Map.Entry<Area.Group, Label> entry : headings.entrySet()) {
            boolean used = buttons.keySet().stream().anyMatch(a -> a.group() == entry.getKey() && a.shownAt(kind));
            entry.getValue().setVisible(used);
            entry.getValue().setManaged(used);
        }
        boolean commune = kind == org.cutri.office.OfficeKind.COMMUNE;
        for (javafx.scene.Node action : actions) {
            action.setVisible(commune);
            action.setManaged(commune);
        }
        Area shown = viewModel.areaProperty().get();
        if (shown != null && !shown.shownAt(kind)) {
            java.util.Arrays.stream(Area.values())
                    .filter(a -> a.office() == kind && a.available() && factories.containsKey(a))
                    // The office's own areas first (a province opens on receiving packages, not on reports).
                    .min(java.util.Comparator.comparing((Area a) -> a.office() == kind ? 0 : 1))
                    .ifPresent(viewModel::open);
        }
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    Messages messages() {
        return messages;
    }

    /** The kind of office the sidebar is showing areas for. */
    public org.cutri.office.OfficeKind office() {
        return office;
    }

    /**
     * The data is on a database server (decision 0048): backups and the file's password are the server's business
     * (pg_dump, accounts), so their areas are not shown.
     */
    public void dataOnServer(boolean server) {
        onServer = server;
        showOffice(office);
    }

    /** Shows a line in the status bar. */
    public void showStatus(String text) {
        viewModel.statusProperty().set(text);
    }

    /**
     * Someone else changed the data on the shared server: the status bar says so and F5 (Trợ giúp → Tải lại) shows the
     * newest; the shown screen is not reloaded under the hands of someone typing.
     */
    public void othersChanged() {
        othersChanged = true;
        viewModel.statusProperty().set(messages.get("app.status.othersChanged"));
    }

    /** F5: the shown screen reads its data again (after someone else's changes on the server). */
    @FXML
    private void reload() {
        othersChanged = false;
        refreshShownScreen();
        viewModel.statusProperty().set(messages.get("app.status.reloaded"));
    }

    /** True while another person's change on the server has not been loaded yet (F5). */
    public boolean othersChangedNotLoaded() {
        return othersChanged;
    }

    /** Loads the shown screen again, after its data changed behind its back (an import). */
    public void refreshShownScreen() {
        Area area = viewModel.areaProperty().get();
        Screen screen = area == null ? null : screens.get(area);
        if (screen != null) {
            screen.activate();
        }
    }

    /**
     * The data was replaced (a backup restored): every other screen is built again when next shown, the shown one
     * reads its data again, and the title and the kind of office are read again.
     */
    public void dataReplaced() {
        Area shown = viewModel.areaProperty().get();
        screens.keySet().removeIf(area -> area != shown);
        viewModel.reload();
        refreshShownScreen();
    }

    /** Shows an area as if its sidebar button was pressed (another screen asked for it). */
    public void showArea(Area area) {
        viewModel.open(area);
    }

    /** Scrolls the sidebar so the entry is wholly in sight (it does nothing when the whole sidebar fits). */
    private void reveal(javafx.scene.Node entry) {
        double viewport = sidebarScroll.getViewportBounds().getHeight();
        double extra = sidebar.getLayoutBounds().getHeight() - viewport;
        if (extra <= 0 || viewport <= 0) {
            return;
        }
        javafx.geometry.Bounds bounds = entry.getBoundsInParent();
        double top = sidebarScroll.getVvalue() * extra;
        if (bounds.getMinY() < top) {
            sidebarScroll.setVvalue(Math.max(0, bounds.getMinY() / extra));
        } else if (bounds.getMaxY() > top + viewport) {
            sidebarScroll.setVvalue(Math.min(1, (bounds.getMaxY() - viewport) / extra));
        }
    }

    /** The screen shown for an area, once it was opened (for tests and for the menu). */
    public Screen screen(Area area) {
        return screens.get(area);
    }

    public Parent root() {
        return root;
    }
}
