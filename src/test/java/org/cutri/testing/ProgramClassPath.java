package org.cutri.testing;

import java.io.File;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The class path of the program as shipped, for tests that start it as a separate process. */
public final class ProgramClassPath {

    private ProgramClassPath() {
    }

    /**
     * This JVM's class path without the test classes: the program then sets up its own log (and not the tests'
     * console log from {@code logback-test.xml}), as it does on an office PC.
     */
    public static String withoutTests() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
