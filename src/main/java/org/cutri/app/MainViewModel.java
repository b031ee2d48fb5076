package org.cutri.app;

import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.cutri.common.i18n.Messages;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;
import org.cutri.commune.CommuneService;
import org.cutri.demo.DemoService;
import org.cutri.office.OfficeKind;
import org.cutri.office.OfficeService;

/**
 * The main window's state: which area is shown, the commune in the title, the kind of office whose areas
 * the sidebar shows, the status line; and, once the data is open, the first-start offer on empty data.
 */
public class MainViewModel {

    /** The answers to the first-start question on empty data. */
    public enum FirstStart { DEMO, EMPTY, PROVINCE }

    /** What is still empty as the data opens: the register (a commune office's), the office profile. */
    private record EmptyData(boolean register, boolean profile) {
    }

    private final Messages messages;
    private final ObjectProperty<Area> area = new SimpleObjectProperty<>();
    private final StringProperty communeName = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty dataFolder = new SimpleStringProperty("");
    private final BooleanProperty opening = new SimpleBooleanProperty();
    private final BooleanProperty demo = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<OfficeKind> office = new ReadOnlyObjectWrapper<>(OfficeKind.COMMUNE);
    private final StringBinding title;
    private OpenedData data;

    public MainViewModel(Messages messages, String dataFolder) {
        this.messages = messages;
        this.dataFolder.set(messages.get("app.status.dataFolder", dataFolder));
        this.title = Bindings.createStringBinding(() -> communeName.get() == null || communeName.get().isBlank()
                ? messages.get("app.title")
                : messages.get("app.title.commune", communeName.get()), communeName);
    }

    /**
     * The services the window itself needs from the opened data (the screens have their own); {@code backups} is null
     * for data on a server (the demo is never offered there, nor cleared).
     */
    public record OpenedData(CommuneService commune, OfficeService office, DemoService demo,
            org.cutri.backup.BackupService backups, TaskExecutor executor) {
    }

    /** True while the data holds the invented demo commune (loaded and not cleared since). */
    public BooleanProperty demoProperty() {
        return demo;
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

    /** The kind of office of the opened data (a commune until it is read). */
    public ReadOnlyObjectProperty<OfficeKind> officeProperty() {
        return office.getReadOnlyProperty();
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

    /**
     * The data is open: the window stops waiting and shows the hamlets; the commune's name (read now, and
     * again whenever the profile is saved) and the kind of office are read in the background.
     */
    public void attach(OpenedData opened) {
        attach(opened, null);
    }

    /**
     * The same; {@code firstReads} (null: none) already holds the commune's name and the kind of office, read as the
     * window opened: they are shown at once instead of read again.
     */
    void attach(OpenedData opened, FirstReads firstReads) {
        this.data = opened;
        opened.commune().addSaveListener(profile -> Platform.runLater(() -> communeName.set(profile.communeName())));
        if (firstReads != null) {
            firstReads.profile().ifPresent(p -> communeName.set(p.communeName()));
        } else {
            opened.executor().execute(BackgroundTask.of(opened.commune()::profile)
                    .onSuccess(profile -> profile.ifPresent(p -> communeName.set(p.communeName()))));
        }
        opening.set(false);
        open(Area.HAMLETS);
        if (firstReads != null) {
            office.set(firstReads.office());
        } else {
            opened.executor().execute(BackgroundTask.of(() -> opened.office().get().officeKind()).onSuccess(office::set));
        }
        readDemo(opened);
    }

    private void readDemo(OpenedData opened) {
        if (opened.backups() != null) {
            opened.executor().execute(BackgroundTask.of(opened.demo()::holdsDemo).onSuccess(demo::set));
        }
    }

    /**
     * Clears the demo to start the office's real work: the data is backed up among the automatic backups first
     * (reason "before the demo was cleared"), then every table of the office's work is emptied; {@code cleared} runs
     * after, and the office profile opens, where a new office starts. Ask the user before calling this.
     */
    public void clearDemo(Runnable cleared) {
        OpenedData opened = data;
        opened.executor().execute(BackgroundTask.of(() -> {
            org.cutri.common.db.BackupInfo backup = opened.backups().backUpBeforeClearing();
            opened.demo().clearForRealWork();
            return backup;
        }).onSuccess(backup -> {
            demo.set(false);
            cleared.run();
            open(Area.PROFILE);
            status.set(messages.get("demo.cleared", backup.file().getFileName()));
        }));
    }

    /** The data was replaced (a backup restored): the commune's name and the kind of office are read again. */
    public void reload() {
        OpenedData opened = data;
        if (opened == null) {
            return;
        }
        opened.executor().execute(BackgroundTask.of(opened.commune()::profile)
                .onSuccess(profile -> communeName.set(profile.map(p -> p.communeName()).orElse(""))));
        opened.executor().execute(BackgroundTask.of(() -> opened.office().get().officeKind()).onSuccess(office::set));
        readDemo(opened);
    }

    /**
     * On data with an empty register (and not a province office), asks {@code ask} on the FX thread
     * whether to load the invented demo commune, to start empty or to work as a province office, and does
     * it (starting empty without an office profile opens the profile); {@code changed} runs after the demo was
     * loaded. Call after {@link #attach}.
     */
    public void offerDemoWhenEmpty(Supplier<FirstStart> ask, Runnable changed) {
        OpenedData opened = data;
        opened.executor().execute(BackgroundTask.of(() -> new EmptyData(opened.demo().isEmpty()
                && opened.office().stored().map(s -> s.officeKind() != OfficeKind.PROVINCE).orElse(true),
                opened.commune().profile().isEmpty()))
                .onSuccess(start -> {
                    boolean empty = start.register();
                    FirstStart choice = empty ? ask.get() : FirstStart.EMPTY;
                    if (empty && choice == FirstStart.EMPTY && start.profile()) {
                        // A new office starts where its guide starts: the profile every document's header needs.
                        open(Area.PROFILE);
                    }
                    if (choice == FirstStart.PROVINCE) {
                        opened.executor().execute(BackgroundTask.of(() -> opened.office().ensureProvince(null))
                                .onSuccess(settings -> {
                                    office.set(settings.officeKind());
                                    status.set(messages.get("demo.offer.province.done"));
                                }));
                    }
                    if (choice == FirstStart.DEMO) {
                        opened.executor().execute(BackgroundTask.of(() -> opened.demo().load(false, true))
                                .onSuccess(summary -> {
                                    status.set(messages.get("demo.loaded", summary.hamlets(), summary.constituencies(),
                                            summary.deputies(), summary.sessions(), summary.assignments(),
                                            summary.commune()));
                                    demo.set(true);
                                    changed.run();
                                }));
                    }
                }));
    }
}
