package org.cutri.common.io;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.slf4j.LoggerFactory;

/**
 * The data folder, the database file and the log hold voters' names and opinions: on a system with POSIX
 * permissions (Linux, macOS) they are made readable by the user only (folders 0700, files 0600). On Windows
 * nothing is changed: the per-user profile folder's ACL already keeps other users out.
 */
public final class FilePermissions {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private FilePermissions() {
    }

    /** True where files have POSIX permissions. */
    public static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /**
     * Creates the folder and any missing parents, each new one readable by the user only (an existing folder
     * the user chose keeps its permissions).
     */
    public static void createFolders(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            return;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            createFolders(parent);
        }
        Files.createDirectory(absolute);
        userOnly(absolute);
    }

    /** Makes an existing file or folder readable by the user only; a failure is logged, not thrown. */
    public static void userOnly(Path path) {
        if (!posix() || !Files.exists(path)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
        } catch (IOException | UnsupportedOperationException e) {
            // The logger is looked up here, not in a static field: the command line prepares the log folder with this
            // class before it tells the log where that folder is, and the first logger sets the log up.
            LoggerFactory.getLogger(FilePermissions.class).warn("Could not make {} readable by its user only", path, e);
        }
    }
}
