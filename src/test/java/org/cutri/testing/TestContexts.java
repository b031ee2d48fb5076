package org.cutri.testing;

import java.nio.file.Path;
import java.util.Locale;

import org.cutri.app.AppContext;
import org.cutri.common.i18n.Messages;

/** Real contexts on a real H2 file in a temporary folder. */
public final class TestContexts {

    public static final Messages VI = Messages.load(Locale.forLanguageTag("vi"));

    private TestContexts() {
    }

    public static AppContext open(Path folder) {
        return AppContext.open(folder, VI);
    }
}
