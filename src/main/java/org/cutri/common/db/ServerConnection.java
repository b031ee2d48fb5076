package org.cutri.common.db;

/** Where the data is on a server and whose account opens it: what the window and the commands are given. */
public record ServerConnection(ServerAddress address, ServerLogin login) {
}
