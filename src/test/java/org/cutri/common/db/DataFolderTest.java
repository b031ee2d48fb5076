package org.cutri.common.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DataFolderTest {

    @Test
    void commandLineWinsOverEnvironmentWhichWinsOverTheSystemDefault() {
        Map<String, String> env = Map.of("CUTRI_DATA", "/srv/cutri-env", "APPDATA", "C:\\Users\\a\\AppData\\Roaming");
        assertThat(DataFolder.resolve(Path.of("/tmp/x"), env, "Linux", "/home/a")).isEqualTo(Path.of("/tmp/x"));
        assertThat(DataFolder.resolve(null, env, "Linux", "/home/a")).isEqualTo(Path.of("/srv/cutri-env"));
    }

    @Test
    void eachSystemHasItsUsualPerUserFolder() {
        assertThat(DataFolder.resolve(null, Map.of(), "Linux", "/home/a"))
                .isEqualTo(Path.of("/home/a/.local/share/cutri"));
        assertThat(DataFolder.resolve(null, Map.of(), "Mac OS X", "/Users/a"))
                .isEqualTo(Path.of("/Users/a/Library/Application Support/cutri"));
        assertThat(DataFolder.resolve(null, Map.of("APPDATA", "/appdata"), "Windows 11", "/home/a"))
                .isEqualTo(Path.of("/appdata/cutri"));
    }
}
