package org.cutri.meeting;

import java.nio.file.Path;
import java.time.LocalDate;

import org.cutri.common.task.TaskMonitor;
import org.cutri.document.DocumentSaver;
import org.jdbi.v3.core.Jdbi;

/**
 * Saves a round's plan and schedule to a Word or PDF file (lưu kế hoạch), as it stands: a draft with its number left
 * blank until the plan is issued ("Ban hành", decision 0045). A save that is stopped ("Dừng") or fails changes nothing,
 * and an older file of that name stays as it was.
 */
public class PlanFiles {

    private final Jdbi jdbi;
    private final SchedulePlanDocument plans;
    private final DocumentSaver saver;

    public PlanFiles(Jdbi jdbi, SchedulePlanDocument plans) {
        this(jdbi, plans, DocumentSaver.FILES);
    }

    /** @param saver writes the file (tests hold it half-way) */
    public PlanFiles(Jdbi jdbi, SchedulePlanDocument plans, DocumentSaver saver) {
        this.jdbi = jdbi;
        this.plans = plans;
        this.saver = saver;
    }

    /**
     * Builds the plan as it stands (a draft without a number until it is issued) and writes it to {@code target},
     * stopping with {@link java.util.concurrent.CancellationException} once the monitor is cancelled.
     */
    public SchedulePlanDocument.Plan save(int roundId, LocalDate today, Path target, TaskMonitor monitor) {
        monitor.checkCancelled();
        // the services' own transactions join this one (one handle per thread), so a stop rolls the number back
        return jdbi.inTransaction(handle -> {
            SchedulePlanDocument.Plan plan = plans.build(roundId, today);
            saver.save(plan.document(), target, monitor);
            return plan;
        });
    }
}
