package org.cutri.constituency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.cutri.app.AppContext;
import org.cutri.common.task.TaskExecutor;
import org.cutri.council.CouncilLevel;
import org.cutri.council.CouncilTerm;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The constituencies screen's logic without the FX toolkit: work runs on the test thread. */
class ConstituencyViewModelTest {

    @TempDir
    Path folder;

    private AppContext context;
    private ConstituencyViewModel viewModel;
    private CouncilTerm current;
    private CouncilTerm previous;

    @BeforeEach
    void open() {
        context = TestContexts.open(folder);
        previous = context.councils().ensureTerm(2021, 2026);
        current = context.councils().ensureTerm(2026, 2031);
        int ben = context.database().jdbi().withHandle(handle -> handle
                .createUpdate("INSERT INTO hamlet (name, name_key, kind) VALUES ('Xóm Bến', 'xóm bến', 'XOM')")
                .executeAndReturnGeneratedKeys("id").mapTo(Integer.class).one());
        context.database().jdbi().useHandle(handle -> handle
                .execute("INSERT INTO hamlet (name, name_key, kind) VALUES ('Thôn Đông', 'thôn đông', 'THON')"));
        context.constituencies().create(new ConstituencyDraft(current.id(), CouncilLevel.COMMUNE, 1, null, List.of(ben)));
        context.constituencies().create(new ConstituencyDraft(previous.id(), CouncilLevel.COMMUNE, 7, null, List.of()));
        context.database().jdbi().useHandle(handle -> handle.execute(
                "INSERT INTO constituency (term_id, level, number) VALUES (?, 'DISTRICT', 3)", previous.id()));
        viewModel = new ConstituencyViewModel(context.constituencies(), context.councils(), context.messages(),
                TaskExecutor.sameThread(e -> {
                    throw new AssertionError(e);
                }));
        viewModel.refresh();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theCurrentTermIsChosenAndAnotherTermShowsItsOwnConstituencies() {
        assertThat(viewModel.termProperty().get()).isEqualTo(current);
        assertThat(viewModel.items()).extracting(Constituency::number).containsExactly(1);

        viewModel.termProperty().set(previous);

        assertThat(viewModel.items()).extracting(Constituency::level)
                .containsExactly(CouncilLevel.COMMUNE, CouncilLevel.DISTRICT);
    }

    @Test
    void theNumberMustBeAPositiveWholeNumberNotYetUsedInTheLevel() {
        viewModel.startNew();
        for (String wrong : List.of("", "abc", "0", "-2", "1,5")) {
            viewModel.numberProperty().set(wrong);
            assertThat(viewModel.numberErrorProperty().get()).as(wrong).isNotNull();
            assertThat(viewModel.validProperty().get()).as(wrong).isFalse();
        }
        viewModel.numberProperty().set("1");
        assertThat(viewModel.numberErrorProperty().get()).contains("đã có đơn vị bầu cử số 1");
        assertThat(viewModel.save()).isFalse();
        assertThat(viewModel.formErrorProperty().get()).isNotEmpty();

        viewModel.levelProperty().set(CouncilLevel.PROVINCE);
        assertThat(viewModel.numberErrorProperty().get()).isNull();
        viewModel.numberProperty().set(" 12 ");
        assertThat(viewModel.validProperty().get()).isTrue();
    }

    @Test
    void theLegacyDistrictLevelIsOfferedOnlyForAnOldRowThatHasIt() {
        assertThat(viewModel.levels()).containsExactly(CouncilLevel.choices());

        viewModel.termProperty().set(previous);
        viewModel.selectedProperty().set(viewModel.items().stream()
                .filter(c -> c.level() == CouncilLevel.DISTRICT).findFirst().orElseThrow());
        assertThat(viewModel.levels()).contains(CouncilLevel.DISTRICT);

        viewModel.startNew();
        assertThat(viewModel.levels()).doesNotContain(CouncilLevel.DISTRICT);
        assertThat(viewModel.levelProperty().get()).isEqualTo(CouncilLevel.COMMUNE);
    }

    @Test
    void selectAllTicksEveryHamletAndSaysWhichMoveFromAnotherConstituency() {
        viewModel.startNew();
        viewModel.numberProperty().set("2");
        assertThat(viewModel.hamletSummaryProperty().get()).isEqualTo("Đã chọn 0/2 thôn, xóm");
        assertThat(viewModel.movingNoteProperty().get()).isEmpty();

        viewModel.checkAll();

        assertThat(viewModel.hamletSummaryProperty().get()).isEqualTo("Đã chọn 2/2 thôn, xóm");
        assertThat(viewModel.movingNoteProperty().get()).contains("Xóm Bến (từ đơn vị số 1)").doesNotContain("Thôn Đông");
        // For the province level nothing moves: the commune placement is of another level.
        viewModel.levelProperty().set(CouncilLevel.PROVINCE);
        assertThat(viewModel.hamletSummaryProperty().get()).isEqualTo("Đã chọn 2/2 thôn, xóm");
        assertThat(viewModel.movingNoteProperty().get()).isEmpty();

        assertThat(viewModel.save()).isTrue();
        Constituency saved = viewModel.selectedProperty().get();
        assertThat(saved.level()).isEqualTo(CouncilLevel.PROVINCE);
        assertThat(saved.hamletCount()).isEqualTo(2);
        assertThat(viewModel.hamlets()).allMatch(HamletChoice::isChecked);
        assertThat(viewModel.statusProperty().get()).contains("Đơn vị số 2");
    }
}
