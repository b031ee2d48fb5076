package org.cutri.connection;

import java.nio.file.Path;
import java.util.Optional;

import org.cutri.common.db.DataPassword;
import org.cutri.common.db.Database;
import org.cutri.common.db.ServerAddress;
import org.cutri.common.db.ServerLogin;
import org.cutri.common.db.ServerSettings;

/**
 * Where this PC's data is: the H2 file of its data folder, or a province's PostgreSQL server (decision 0048). The
 * screen "Máy chủ dữ liệu" tries a server and keeps it for the next start; the switch happens at that start, never
 * under the screens of a running program.
 */
public final class ConnectionService {

    private final Database database;

    public ConnectionService(Database database) {
        this.database = database;
    }

    /** The server the program works on now; empty: the data file of the folder. */
    public Optional<ServerAddress> currentServer() {
        return database.serverAddress();
    }

    /** The account on the server now; empty for the data file. */
    public Optional<String> currentAccount() {
        return database.account();
    }

    /** The PC's data folder (where the settings are kept). */
    public Path folder() {
        return database.folder();
    }

    /** The server kept for the next start, if any. */
    public Optional<ServerSettings> saved() {
        return ServerSettings.read(database.folder());
    }

    /**
     * Opens the server's database with this account and closes it again (an empty database gets the program's tables):
     * the same refusals as a start would give, each one sentence.
     */
    public void check(String address, String user, DataPassword password) {
        ServerAddress parsed = ServerAddress.parse(address);
        try (ServerLogin login = new ServerLogin(user, password);
                Database opened = Database.openServer(database.folder(), parsed, login)) {
            opened.tableCounts();
        }
    }

    /** Keeps this server for the next start. */
    public ServerSettings save(String address, String user) {
        ServerSettings settings = new ServerSettings(ServerAddress.parse(address), new ServerLogin(user, null).user());
        settings.write(database.folder());
        return settings;
    }

    /** The next start opens the data file of the folder again. */
    public void forget() {
        ServerSettings.remove(database.folder());
    }
}
