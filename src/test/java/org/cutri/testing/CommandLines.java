package org.cutri.testing;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cutri.cli.CutriCommand;

/**
 * Runs the program's command line as a user types it. When the tests run on PostgreSQL
 * ({@link PostgresTestServer#selected}), a command given a data folder works on that folder's database on the test
 * server, as a province's staff types it: {@code --database postgresql://… --db-user …} and the password in
 * {@code CUTRI_DB_PASSWORD}.
 */
public final class CommandLines {

    private CommandLines() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.in, out, err, System.getenv());
    }

    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err,
            Map<String, String> environment) {
        if (!PostgresTestServer.selected()) {
            return CutriCommand.run(args, in, out, err, environment);
        }
        Path folder = dataFolder(args);
        if (folder == null) {
            return CutriCommand.run(args, in, out, err, environment);
        }
        PostgresTestServer server = PostgresTestServer.get();
        List<String> onServer = new ArrayList<>(List.of("--database", server.databaseOf(folder).toString(),
                "--db-user", PostgresTestServer.STAFF));
        onServer.addAll(List.of(args));
        Map<String, String> withPassword = new HashMap<>(environment);
        withPassword.put(CutriCommand.DB_PASSWORD_VARIABLE, PostgresTestServer.STAFF_PASSWORD);
        return CutriCommand.run(onServer.toArray(String[]::new), in, out, err, withPassword);
    }

    private static Path dataFolder(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if ("--data-dir".equals(args[i]) && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--data-dir=")) {
                return Path.of(args[i].substring("--data-dir=".length()));
            }
        }
        return null;
    }
}
