package org.cutri.testing;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javafx.scene.Node;
import javafx.scene.control.Label;

import org.testfx.util.WaitForAsyncUtils;

/** Waiting for what the window does in the background, as a user waits for the screen to change. */
public final class FxTestSupport {

    /** The style class of the message drawn under a form field (FormDecorations.MESSAGE_CLASS). */
    private static final String FIELD_MESSAGE_CLASS = "field-error";

    private FxTestSupport() {
    }

    /** Waits until the condition holds (checked on the FX thread), at most 20 seconds (a loaded two-core machine running two test JVMs is slower than an office PC). */
    public static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("The screen did not reach the expected state in 20 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Presses a button as a user does: once it can be pressed (a screen disables its buttons while it reads or
     * stores, longer on a loaded machine), then clicks it.
     */
    public static void press(org.testfx.api.FxRobot robot, String query) {
        Node button = robot.lookup(query).query();
        waitUntil(() -> !button.isDisabled() && button.isVisible());
        robot.clickOn(button);
    }

    /**
     * Opens an area from the sidebar as a user does on a short screen: the entry is brought into sight (the sidebar
     * scrolls to the entry that has the focus, as after Tab), then clicked.
     */
    public static void openArea(org.testfx.api.FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(query);
    }

    /** Reads something on the FX thread (where the scene graph may be read) and returns it. */
    public static <T> T onFx(java.util.concurrent.Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new AssertionError(e);
        }
    }

    /** The message shown in words under a form field, or "" when none is shown. */
    public static String fieldMessage(Node field) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                if (field.getParent() == null) {
                    return "";
                }
                return field.getParent().getChildrenUnmodifiable().stream()
                        .filter(n -> n instanceof Label && n.getStyleClass().contains(FIELD_MESSAGE_CLASS))
                        .map(Label.class::cast)
                        .filter(Label::isVisible)
                        .map(Label::getText).findFirst().orElse("");
            }).get();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new AssertionError(e);
        }
    }
}
