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

    /**
     * The program over the data of this folder: its H2 file, or, when the tests run on PostgreSQL
     * ({@code -Dcutri.test.database=postgresql}, see {@link PostgresTestServer}), the folder's own database on the test
     * server.
     */
    public static AppContext open(Path folder) {
        if (PostgresTestServer.selected()) {
            PostgresTestServer server = PostgresTestServer.get();
            return AppContext.over(server.open(folder, server.databaseOf(folder)), VI);
        }
        return AppContext.open(folder, VI);
    }

    /**
     * A commune office's data in this folder: always its H2 file, also when the province's tests run on PostgreSQL (a
     * commune office is one PC; its packages travel to the province's server).
     */
    public static AppContext openCommune(Path folder) {
        return AppContext.open(folder, VI);
    }
}
