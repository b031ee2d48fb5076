package org.cutri.exchange;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A removable drive the package can be written to (a USB stick), as offered to the user; any other folder
 * can be chosen as well.
 *
 * @param root where the drive is mounted ("E:\", "/media/thu/USB")
 * @param label the drive's name as the system knows it
 * @param usableBytes free space, or -1 when unknown
 */
public record UsbTarget(Path root, String label, long usableBytes) {

    private static final Logger LOG = LoggerFactory.getLogger(UsbTarget.class);

    /** The removable drives of this computer now. */
    public static List<UsbTarget> list() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return windows();
        }
        if (os.contains("mac")) {
            return under(Path.of("/Volumes"));
        }
        return linux(Path.of("/proc/mounts"), Path.of("/sys/class/block"));
    }

    /**
     * Linux: mounts of {@code /dev/…} devices that are removable ({@code /sys/class/block/<disk>/removable}) or
     * mounted where desktops mount sticks ({@code /media/…}, {@code /run/media/…}, {@code /mnt/…}).
     */
    static List<UsbTarget> linux(Path mounts, Path sysBlock) {
        Map<Path, UsbTarget> found = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(mounts);
        } catch (IOException e) {
            LOG.debug("No mount table at {}", mounts);
            return List.of();
        }
        for (String line : lines) {
            String[] parts = line.split(" ");
            if (parts.length < 3 || !parts[0].startsWith("/dev/")) {
                continue;
            }
            String device = parts[0].substring("/dev/".length());
            String mountPoint = unescape(parts[1]);
            boolean usual = mountPoint.startsWith("/media/") || mountPoint.startsWith("/run/media/")
                    || mountPoint.startsWith("/mnt/");
            if (usual || removable(sysBlock, device)) {
                Path root = Path.of(mountPoint);
                found.putIfAbsent(root, of(root, root.getFileName() == null ? mountPoint : root.getFileName().toString()));
            }
        }
        return new ArrayList<>(found.values());
    }

    private static boolean removable(Path sysBlock, String device) {
        try {
            Path entry = sysBlock.resolve(device);
            if (!Files.exists(entry)) {
                return false;
            }
            Path disk = Files.exists(entry.resolve("partition")) ? entry.toRealPath().getParent() : entry;
            Path flag = disk.resolve("removable");
            return Files.exists(flag) && Files.readString(flag).strip().equals("1");
        } catch (IOException e) {
            return false;
        }
    }

    /** "/media/thu/USB\040DATA" → "/media/thu/USB DATA" (the mount table escapes spaces in octal). */
    static String unescape(String field) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 3 < field.length() && field.substring(i + 1, i + 4).matches("[0-7]{3}")) {
                out.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static List<UsbTarget> windows() {
        List<UsbTarget> found = new ArrayList<>();
        for (File root : File.listRoots()) {
            try {
                FileStore store = Files.getFileStore(root.toPath());
                Object removable = store.getAttribute("volume:isRemovable");
                if (Boolean.TRUE.equals(removable)) {
                    String label = store.name().isBlank() ? root.getPath() : store.name() + " (" + root.getPath() + ")";
                    found.add(new UsbTarget(root.toPath(), label, store.getUsableSpace()));
                }
            } catch (IOException | UnsupportedOperationException e) {
                LOG.debug("Drive {} skipped: {}", root, e.getMessage());
            }
        }
        return found;
    }

    private static List<UsbTarget> under(Path folder) {
        List<UsbTarget> found = new ArrayList<>();
        try (var children = Files.list(folder)) {
            children.filter(Files::isDirectory).forEach(p -> found.add(of(p, p.getFileName().toString())));
        } catch (IOException e) {
            LOG.debug("No drives under {}", folder);
        }
        return found;
    }

    private static UsbTarget of(Path root, String label) {
        long usable = -1;
        try {
            usable = Files.getFileStore(root).getUsableSpace();
        } catch (IOException e) {
            LOG.debug("Free space of {} unknown", root);
        }
        return new UsbTarget(root, label, usable);
    }
}
