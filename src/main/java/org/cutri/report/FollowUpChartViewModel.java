package org.cutri.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.cutri.answer.FollowUpCounts;
import org.cutri.answer.FollowUpService;
import org.cutri.common.UserException;
import org.cutri.common.i18n.Messages;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.text.DateText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chart of a round's answers on the rounds screen: per authority, the issues received, forwarded, answered on
 * time and late, overdue and assessed satisfactory ({@link FollowUpService#counts}). The counts are read in the
 * background each time the round changes; only the latest reading is shown. A round with no approved opinion shows
 * no bars and says so.
 */
public class FollowUpChartViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(FollowUpChartViewModel.class);

    /** One authority's bars: its name as shown and its counts in the order of {@link #seriesNames()}. */
    public record Bars(String authority, List<Integer> counts) {
        public Bars {
            counts = List.copyOf(counts);
        }
    }

    private final FollowUpService followUps;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ObjectProperty<Integer> roundId = new SimpleObjectProperty<>();
    private final ObservableList<Bars> bars = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private int readings;

    public FollowUpChartViewModel(FollowUpService followUps, Messages messages, TaskExecutor executor, Clock clock) {
        this.followUps = followUps;
        this.messages = messages;
        this.executor = executor;
        this.clock = clock;
        message.set(messages.get("report.followUp.noRound"));
        roundId.addListener((obs, old, now) -> reload());
    }

    /** The names of the bars of each authority, in order. */
    public List<String> seriesNames() {
        return List.of(messages.get("report.followUp.received"), messages.get("report.followUp.forwarded"),
                messages.get("report.followUp.onTime"), messages.get("report.followUp.late"),
                messages.get("report.followUp.overdue"), messages.get("report.followUp.satisfactory"));
    }

    /** Reads the chosen round's counts again (after answers were recorded elsewhere). */
    public void reload() {
        Integer round = roundId.get();
        int mine = ++readings;
        if (round == null) {
            bars.clear();
            loading.set(false);
            message.set(messages.get("report.followUp.noRound"));
            return;
        }
        loading.set(true);
        message.set(messages.get("report.followUp.loading"));
        LocalDate today = LocalDate.now(clock);
        executor.execute(BackgroundTask.of(() -> followUps.counts(round, today)).onSuccess(counts -> {
            if (mine != readings) {
                return;
            }
            loading.set(false);
            show(counts, today);
        }).onFailure(e -> {
            if (mine != readings) {
                return;
            }
            loading.set(false);
            bars.clear();
            if (e instanceof UserException user) {
                message.set(messages.of(user));
            } else {
                LOG.error("Follow-up chart: reading the counts failed", e);
                message.set(messages.get("common.error.unexpected"));
            }
        }));
    }

    private void show(List<FollowUpCounts> counts, LocalDate today) {
        FollowUpCounts total = counts.get(counts.size() - 1);
        if (total.received() == 0) {
            bars.clear();
            message.set(messages.get("report.followUp.empty"));
            return;
        }
        bars.setAll(counts.subList(0, counts.size() - 1).stream()
                .map(c -> new Bars(messages.label(c.authority()), AnswerReportDocument.values(c))).toList());
        message.set(messages.get("report.followUp.summary", total.received(), total.forwarded(),
                total.answeredOnTime(), total.answeredLate(), total.overdue(), total.satisfactory(),
                DateText.format(today)));
    }

    /** The round shown (its id), null for none. */
    public ObjectProperty<Integer> roundIdProperty() {
        return roundId;
    }

    /** The bars per authority; empty when nothing is to be shown. */
    public ObservableList<Bars> bars() {
        return bars;
    }

    /** The line under the chart: the whole round in words, or why there are no bars. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
