package org.cutri.common.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Recognises a full disk behind a failure, however deeply a library wrapped it: H2 reports a failed write
 * as a "General error" around an {@code MVStoreException} around the system's {@code IOException}
 * ("No space left on device" on Linux, "There is not enough space on the disk" on Windows).
 */
public final class DiskFull {

    /** Below this much free space, a failed write in a folder is taken for a full disk. */
    public static final long NEARLY_FULL_BYTES = 1024L * 1024;

    private static final String[] PHRASES = {
        "no space left on device", "not enough space on the disk", "disk full", "enospc", "quota exceeded"};

    private DiskFull() {
    }

    /** True when the error or one of its causes (or suppressed errors) says the disk is full. */
    public static boolean causedIt(Throwable error) {
        return causedIt(error, 0);
    }

    private static boolean causedIt(Throwable error, int depth) {
        for (Throwable t = error; t != null && depth < 32; t = t.getCause(), depth++) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            for (String phrase : PHRASES) {
                if (message.contains(phrase)) {
                    return true;
                }
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (causedIt(suppressed, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the error says so, or when the folder's disk has (almost) no room left. */
    public static boolean causedIt(Throwable error, Path folder, SpaceCheck space) {
        return causedIt(error) || space.usableBytes(folder) < NEARLY_FULL_BYTES;
    }

    /** How much room a folder's disk has left: the real file store, or a full one in tests. */
    @FunctionalInterface
    public interface SpaceCheck {

        /** The usable bytes, or {@link Long#MAX_VALUE} when they cannot be known. */
        long usableBytes(Path folder);

        /** The disk the folder (or its nearest existing parent) is on. */
        SpaceCheck SYSTEM = folder -> {
            for (Path p = folder.toAbsolutePath(); p != null; p = p.getParent()) {
                if (Files.exists(p)) {
                    try {
                        return Files.getFileStore(p).getUsableSpace();
                    } catch (IOException e) {
                        return Long.MAX_VALUE;
                    }
                }
            }
            return Long.MAX_VALUE;
        };
    }
}
