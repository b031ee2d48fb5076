package org.cutri.testing;

import java.util.function.BooleanSupplier;

import org.testfx.api.FxRobot;

/**
 * Answers the questions the report screen asks before a preview, print or save (docs/decisions/0027): suggested
 * groups not reviewed (accept all), opinions typed without diacritics (go on), a round not over (the draft dated
 * today), until {@code done} holds.
 */
public final class ReportQuestions {

    private ReportQuestions() {
    }

    public static void answerUntil(FxRobot robot, BooleanSupplier done) {
        while (true) {
            FxTestSupport.waitUntil(() -> done.getAsBoolean() || shown(robot, "#reportDate0")
                    || shown(robot, "#reportUnreviewed1") || shown(robot, "#confirmYesButton"));
            if (done.getAsBoolean()) {
                return;
            }
            if (shown(robot, "#reportUnreviewed1")) {
                robot.clickOn("#reportUnreviewed1");
            } else if (shown(robot, "#confirmYesButton")) {
                robot.clickOn("#confirmYesButton");
            } else {
                robot.clickOn("#reportDate0");
            }
        }
    }

    private static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().isPresent();
    }
}
