package org.cutri.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.cutri.app.AppContext;
import org.cutri.common.task.TaskExecutor;
import org.cutri.grouping.GroupStatus;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report screen's state without a window: suggestions, accept, take out, delete, save. */
class ReportViewModelTest {

    @TempDir
    Path folder;

    private AppContext context;
    private ReportViewModel viewModel;

    @BeforeEach
    void open() {
        context = TestContexts.open(folder.resolve("data"));
        context.demo().load(false);
        viewModel = new ReportViewModel(context.rounds(), context.opinions(), context.groups(), context.reports(),
                context.office(), context.messages(), TaskExecutor.sameThread(e -> {
                    throw new AssertionError(e);
                }), Clock.systemDefaultZone());
        viewModel.load();
        viewModel.optionProperty().set(viewModel.options().stream().filter(o -> o.label().contains("sau kỳ họp thứ 2"))
                .findFirst().orElseThrow());
    }

    @AfterEach
    void close() {
        context.close();
    }

    private int roundId() {
        return context.rounds().list().stream().filter(r -> r.name().contains("sau kỳ họp thứ 2")).findFirst()
                .orElseThrow().id();
    }

    @Test
    void acceptTakeOutAndDeleteKeepEveryOpinion() {
        int alone = viewModel.alone().size();
        assertThat(viewModel.byField()).extracting(ReportViewModel.Count::label).contains("Nước sạch");
        viewModel.suggest();
        assertThat(viewModel.suggestingProperty().get()).isFalse();
        GroupWork.Group first = viewModel.groups().get(0);
        assertThat(first.accepted()).isFalse();
        assertThat(viewModel.alone().size()).isLessThan(alone);

        viewModel.accept(first, List.of(), "Nâng cấp đường liên xã");
        assertThat(context.groups().list(roundId())).singleElement()
                .satisfies(g -> assertThat(g.group().status()).isEqualTo(GroupStatus.ACCEPTED));
        GroupWork.Group accepted = viewModel.groups().stream().filter(GroupWork.Group::accepted).findFirst().orElseThrow();
        assertThat(accepted.wording()).isEqualTo("Nâng cấp đường liên xã");

        int members = accepted.members().size();
        viewModel.removeMember(accepted, accepted.members().get(0));
        GroupWork.Group trimmed = viewModel.groups().stream().filter(GroupWork.Group::accepted).findFirst().orElseThrow();
        assertThat(trimmed.members()).hasSize(members - 1);

        viewModel.delete(trimmed);
        assertThat(context.groups().list(roundId())).isEmpty();
        assertThat(viewModel.groups()).noneMatch(GroupWork.Group::accepted);
        assertThat(context.opinions().listItems(roundId())).hasSize(
                context.reports().compile(roundId(), false).counts().received());
    }

    /**
     * Decision 0056: an addition refused (the chosen opinion was grouped on another screen meanwhile) says why in the
     * status line, stores nothing, and leaves no group to be chosen next.
     */
    @Test
    void aRefusedAdditionSaysWhyAndChangesNothing() {
        GroupWork.Member chosen = viewModel.alone().get(0);
        GroupWork.Member other = viewModel.alone().get(1);
        GroupWork.Member third = viewModel.alone().get(2);
        viewModel.lookAlike(chosen);
        int before = context.groups().list(roundId()).size();
        context.groups().accept(roundId(), List.of(Integer.parseInt(chosen.key()), Integer.parseInt(third.key())),
                "Nhóm lập ở màn hình khác");

        viewModel.addLikely(List.of(other), "");

        assertThat(viewModel.statusProperty().get()).contains(chosen.code()).contains("Nhóm lập ở màn hình khác");
        assertThat(viewModel.takeChooseNext()).isNull();
        assertThat(context.groups().list(roundId())).hasSize(before + 1)
                .noneMatch(g -> g.members().stream().anyMatch(m -> m.opinionId() == Integer.parseInt(other.key())));
    }

    @Test
    void savingUsesTheNamesOptionOnlyWhenSet() throws Exception {
        Path plain = folder.resolve("a.xlsx");
        viewModel.save(plain);
        assertThat(plain).isNotEmptyFile();
        assertThat(viewModel.statusProperty().get()).contains("a.xlsx");
        Path bad = folder.resolve("a.txt");
        viewModel.save(bad);
        assertThat(bad).doesNotExist();
        assertThat(viewModel.statusProperty().get()).contains(".xlsx");
    }
}
