package org.cutri.app;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

import org.cutri.common.i18n.Messages;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.ui.Dialogs;
import org.cutri.common.ui.Screen;
import org.cutri.hamlet.HamletView;
import org.cutri.hamlet.HamletViewModel;

/** Builds each screen of the main window, on first use, from the services of the context. */
final class Screens {

    private Screens() {
    }

    static Map<Area, Supplier<Screen>> create(AppContext context, TaskExecutor executor, Dialogs dialogs) {
        Messages messages = context.messages();
        Map<Area, Supplier<Screen>> screens = new EnumMap<>(Area.class);
        screens.put(Area.HAMLETS, () -> new HamletView(
                new HamletViewModel(context.hamlets(), context.councils(), context.constituencies(), messages, executor),
                messages, dialogs));
        return screens;
    }
}
