package org.cutri.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The program's version from the build ({@code cutri-version.properties}); "dev" when run unbuilt. */
public final class ProgramVersion {

    private ProgramVersion() {
    }

    public static String current() {
        try (InputStream in = ProgramVersion.class.getResourceAsStream("/cutri-version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
