package org.cutri;

import org.cutri.cli.CutriCommand;

/**
 * The jar's entry point. It does not extend {@code Application}, so JavaFX starts from a plain
 * classpath. Without a command it opens the window; with one it runs it without a window.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(CutriCommand.run(args));
    }
}
