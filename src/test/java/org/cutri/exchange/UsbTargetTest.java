package org.cutri.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drives offered for writing: sticks, not the system disk. */
class UsbTargetTest {

    @TempDir
    Path sys;

    @Test
    void removableDisksAndDesktopMountsAreOfferedTheSystemDiskIsNot() throws Exception {
        Path sda = Files.createDirectories(sys.resolve("devices/sda"));
        Files.writeString(sda.resolve("removable"), "0\n");
        Path sda1 = Files.createDirectories(sda.resolve("sda1"));
        Files.writeString(sda1.resolve("partition"), "1\n");
        Path sdc = Files.createDirectories(sys.resolve("devices/sdc"));
        Files.writeString(sdc.resolve("removable"), "1\n");
        Path sdc1 = Files.createDirectories(sdc.resolve("sdc1"));
        Files.writeString(sdc1.resolve("partition"), "1\n");
        Path block = Files.createDirectories(sys.resolve("class/block"));
        Files.createSymbolicLink(block.resolve("sda1"), sda1);
        Files.createSymbolicLink(block.resolve("sdc1"), sdc1);
        Path mounts = Files.writeString(sys.resolve("mounts"), String.join("\n",
                "/dev/sda1 / ext4 rw,relatime 0 0",
                "proc /proc proc rw 0 0",
                "/dev/sdb1 /media/thu/USB\\040DATA vfat rw 0 0",
                "/dev/sdc1 /srv/khac vfat rw 0 0",
                "tmpfs /run tmpfs rw 0 0"));

        List<UsbTarget> targets = UsbTarget.linux(mounts, block);

        assertThat(targets).extracting(UsbTarget::root)
                .containsExactly(Path.of("/media/thu/USB DATA"), Path.of("/srv/khac"));
        assertThat(targets.get(0).label()).isEqualTo("USB DATA");
    }
}
