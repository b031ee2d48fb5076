package org.cutri.document;

import java.util.Optional;

/**
 * Asks the user where and how to print. Called on the JavaFX thread (a dialog never opens on a worker); the
 * window's implementation is {@link FxPrintDialog}, tests give their own answer.
 */
@FunctionalInterface
public interface PrintDialog {

    /**
     * The user's choice, or empty when they closed the dialog without printing.
     *
     * @throws org.cutri.common.UserException when the computer has no printer
     */
    Optional<PrintSettings> ask(String jobName, int pageCount);
}
