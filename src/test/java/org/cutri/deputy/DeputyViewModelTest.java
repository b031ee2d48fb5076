package org.cutri.deputy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.cutri.app.AppContext;
import org.cutri.common.task.TaskExecutor;
import org.cutri.constituency.Constituency;
import org.cutri.council.CouncilLevel;
import org.cutri.council.CouncilTerm;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deputies screen's logic without the FX toolkit: work runs on the test thread. */
class DeputyViewModelTest {

    @TempDir
    Path folder;

    private AppContext context;
    private DeputyViewModel viewModel;
    private CouncilTerm current;
    private CouncilTerm previous;
    private Constituency communeOne;

    @BeforeEach
    void open() {
        context = TestContexts.open(folder);
        previous = context.councils().ensureTerm(2021, 2026);
        current = context.councils().ensureTerm(2026, 2031);
        communeOne = context.constituencies().ensure(current.id(), CouncilLevel.COMMUNE, 1);
        context.constituencies().ensure(current.id(), CouncilLevel.COMMUNE, 2);
        context.constituencies().ensure(current.id(), CouncilLevel.PROVINCE, 9);
        context.constituencies().ensure(previous.id(), CouncilLevel.COMMUNE, 5);
        context.deputies().create(new DeputyDraft("Đặng Thị Đào", CouncilLevel.COMMUNE, previous.id(), null,
                "Phó Chủ tịch Ủy ban MTTQ xã", "Tổ 3"));
        viewModel = new DeputyViewModel(context.deputies(), context.constituencies(), context.councils(),
                context.messages(), TaskExecutor.sameThread(e -> {
                    throw new AssertionError(e);
                }));
        viewModel.refresh();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aNewDeputyStartsInTheCurrentTermAndIsOfferedOnlyItsConstituenciesOfTheLevel() {
        viewModel.startNew();

        assertThat(viewModel.termProperty().get()).isEqualTo(current);
        assertThat(viewModel.constituencies()).extracting(Constituency::number).containsExactly(1, 2);

        viewModel.levelProperty().set(CouncilLevel.PROVINCE);
        assertThat(viewModel.constituencies()).extracting(Constituency::number).containsExactly(9);

        viewModel.levelProperty().set(CouncilLevel.COMMUNE);
        viewModel.termProperty().set(previous);
        assertThat(viewModel.constituencies()).extracting(Constituency::number).containsExactly(5);
    }

    @Test
    void changingTheLevelDropsAConstituencyThatNoLongerFits() {
        viewModel.startNew();
        viewModel.constituencyProperty().set(viewModel.constituencies().get(0));

        viewModel.levelProperty().set(CouncilLevel.NATIONAL);

        assertThat(viewModel.constituencyProperty().get()).isNull();
        assertThat(viewModel.constituencies()).isEmpty();
    }

    @Test
    void withoutATermTheFormIsInvalidAndNothingIsStored() {
        viewModel.startNew();
        viewModel.fullNameProperty().set("Nguyễn Văn Hùng");
        viewModel.termProperty().set(null);

        assertThat(viewModel.termErrorProperty().get()).contains("nhiệm kỳ");
        assertThat(viewModel.save()).isFalse();
        assertThat(viewModel.formErrorProperty().get()).isNotEmpty();
        assertThat(context.deputies().list()).hasSize(1);
    }

    @Test
    void savingStoresTheFormAndKeepsNameOrder() {
        viewModel.startNew();
        viewModel.fullNameProperty().set("  Bùi   Văn Ân ");
        viewModel.constituencyProperty().set(communeOne);
        viewModel.positionProperty().set("Trưởng thôn");

        assertThat(viewModel.save()).isTrue();

        assertThat(viewModel.items()).extracting(Deputy::fullName).containsExactly("Bùi Văn Ân", "Đặng Thị Đào");
        Deputy saved = viewModel.selectedProperty().get();
        assertThat(saved.constituencyNumber()).isEqualTo(1);
        assertThat(saved.termId()).isEqualTo(current.id());
        assertThat(viewModel.termLabel(saved.termId())).isEqualTo("2026–2031");
    }

    @Test
    void filterFindsTheTermPositionAndGroupToo() {
        viewModel.filterTextProperty().set("2021");
        assertThat(viewModel.filteredItems()).hasSize(1);
        viewModel.filterTextProperty().set("mttq");
        assertThat(viewModel.filteredItems()).hasSize(1);
        viewModel.filterTextProperty().set("dao");
        assertThat(viewModel.filteredItems()).extracting(Deputy::fullName).containsExactly("Đặng Thị Đào");
    }
}
