package org.cutri.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cutri.app.AppContext;
import org.cutri.common.task.TaskExecutor;
import org.cutri.round.RoundViewModel;
import org.cutri.testing.GatedExecutor;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The planning screen judges a round's schedule only once its meetings are read: while they load, no
 * hamlet may be reported as "without a meeting". Steps through the loading one background task at a time.
 */
class PlanningLoadingTest {

    @TempDir
    Path folder;

    private AppContext context;

    @BeforeEach
    void open() {
        context = TestContexts.open(folder);
        context.demo().load(false);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void noWarningIsShownWhileTheRoundsMeetingsLoad() {
        GatedExecutor executor = new GatedExecutor(TaskExecutor.sameThread(e -> {
            throw new AssertionError(e);
        }));
        RoundViewModel rounds = new RoundViewModel(context.rounds(), context.councils(), context.commune(),
                context.messages(), executor);
        MeetingViewModel meetings = new MeetingViewModel(context.meetings(), context.meetingPlans(), context.hamlets(),
                context.messages(), executor);
        PlanningViewModel planning = new PlanningViewModel(rounds, meetings, context.schedulePlans(), context.planFiles(),
                context.messages(), executor, Clock.systemDefaultZone());

        planning.refresh();
        List<Set<String>> shownWhileLoading = new ArrayList<>();
        boolean sawCheckingWithARound = false;
        while (executor.runNext()) {
            Set<String> shown = new LinkedHashSet<>();
            planning.conflicts().forEach(c -> shown.add(planning.text(c)));
            shownWhileLoading.add(shown);
            sawCheckingWithARound |= rounds.selectedProperty().get() != null && planning.checkingProperty().get();
        }

        assertThat(rounds.selectedProperty().get()).isNotNull();
        assertThat(meetings.items()).isNotEmpty();
        assertThat(planning.checkingProperty().get()).isFalse();
        assertThat(sawCheckingWithARound).as("a round was chosen while its meetings were still loading").isTrue();
        Set<String> judged = new LinkedHashSet<>();
        planning.conflicts().forEach(c -> judged.add(planning.text(c)));
        // Every warning shown on the way is one that holds once everything is read: no false warning.
        for (Set<String> shown : shownWhileLoading) {
            assertThat(judged).containsAll(shown);
        }
    }
}
