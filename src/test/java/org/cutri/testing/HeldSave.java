package org.cutri.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.cutri.app.AppContext;
import org.cutri.common.task.FxTaskExecutor;
import org.cutri.common.ui.Dialogs;
import org.cutri.common.ui.SaveDialog;
import org.cutri.document.DocumentFiles;
import org.cutri.document.DocumentSaver;

/**
 * For a screen's "Lưu Word/PDF…" stopped half-way: the demo commune's data with the window's real executor, a
 * file of the same name saved last week, the save dialog choosing it, and a saver (the real one) held at its
 * first progress report until the test has pressed "Dừng". Open it in {@code @Start}, close it in
 * {@code @AfterEach}.
 */
public final class HeldSave implements AutoCloseable {

    private final AppContext context;
    private final FxTaskExecutor executor;
    private final Dialogs dialogs;
    private final OldFile target;
    private final Hold hold = new Hold();

    private HeldSave(AppContext context, OldFile target) {
        this.context = context;
        this.target = target;
        this.dialogs = new Dialogs(context.messages());
        this.executor = new FxTaskExecutor(dialogs::showError);
    }

    public static HeldSave open(Path folder, String fileName) throws IOException {
        AppContext context = TestContexts.open(folder.resolve("data"));
        context.demo().load(false);
        return new HeldSave(context, OldFile.in(folder, fileName));
    }

    public AppContext context() {
        return context;
    }

    public FxTaskExecutor executor() {
        return executor;
    }

    public Dialogs dialogs() {
        return dialogs;
    }

    public OldFile target() {
        return target;
    }

    public Hold hold() {
        return hold;
    }

    /** Writes files as the program does, holding at the first progress report. */
    public DocumentSaver saver() {
        return (document, file, monitor) -> DocumentFiles.save(document, file, hold.atFirstProgress(monitor));
    }

    /** Chooses the old file, as the user would in the system's chooser. */
    public SaveDialog saveDialog() {
        return (owner, title, name, kinds) -> Optional.of(target.path());
    }

    @Override
    public void close() {
        hold.release();
        executor.close();
        context.close();
    }
}
