package org.cutri.hamlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.cutri.app.AppContext;
import org.cutri.common.task.TaskExecutor;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hamlets screen's logic without the FX toolkit: work runs on the test thread. */
class HamletViewModelTest {

    @TempDir
    Path folder;

    private AppContext context;
    private HamletViewModel viewModel;

    @BeforeEach
    void open() {
        context = TestContexts.open(folder);
        context.hamlets().create(new HamletDraft("Xóm Bến", HamletKind.XOM, null, null, null));
        context.hamlets().create(new HamletDraft("Thôn Đồng Tâm", HamletKind.THON, null, null, null));
        viewModel = new HamletViewModel(context.hamlets(), context.councils(), context.constituencies(),
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
    void filterIgnoresCaseAndDiacritics() {
        viewModel.filterTextProperty().set("XOM ben");
        assertThat(viewModel.filteredItems()).extracting(Hamlet::name).containsExactly("Xóm Bến");

        viewModel.filterTextProperty().set("dong tam");
        assertThat(viewModel.filteredItems()).extracting(Hamlet::name).containsExactly("Thôn Đồng Tâm");

        viewModel.filterTextProperty().set("");
        assertThat(viewModel.filteredItems()).hasSize(2);
    }

    @Test
    void duplicateNameIsAnErrorOnTheFieldAndCannotBeSaved() {
        viewModel.startNew();
        viewModel.nameProperty().set("xóm bến");

        assertThat(viewModel.nameErrorProperty().get()).contains("Xóm Bến".toLowerCase());
        assertThat(viewModel.validProperty().get()).isFalse();
        assertThat(viewModel.save()).isFalse();
        assertThat(context.hamlets().list()).hasSize(2);
    }

    @Test
    void typingANameStartingWithAKindWordPicksTheKind() {
        viewModel.startNew();
        viewModel.nameProperty().set("Tổ dân phố Chợ Mới");
        assertThat(viewModel.kindProperty().get()).isEqualTo(HamletKind.TO_DAN_PHO);
    }

    @Test
    void editingKeepsTheRowSelectedAndCancelRestoresStoredValues() {
        Hamlet ben = viewModel.items().stream().filter(h -> h.name().equals("Xóm Bến")).findFirst().orElseThrow();
        viewModel.selectedProperty().set(ben);
        viewModel.headNameProperty().set("Hà Văn Thuận");
        viewModel.save();

        assertThat(context.hamlets().find(ben.id()).orElseThrow().headName()).isEqualTo("Hà Văn Thuận");
        assertThat(viewModel.selectedProperty().get().headName()).isEqualTo("Hà Văn Thuận");
        assertThat(viewModel.statusProperty().get()).contains("Xóm Bến");

        viewModel.headNameProperty().set("typed but not saved");
        viewModel.cancel();
        assertThat(viewModel.headNameProperty().get()).isEqualTo("Hà Văn Thuận");
    }

    @Test
    void theSaveStoresTheFormAsItWasWhenSaveWasPressedWhileTheUserTypesOn() {
        org.cutri.testing.GatedExecutor gate = new org.cutri.testing.GatedExecutor(TaskExecutor.sameThread(e -> {
            throw new AssertionError(e);
        }));
        HamletViewModel slow = new HamletViewModel(context.hamlets(), context.councils(), context.constituencies(),
                context.messages(), gate);
        gate.open();
        slow.refresh();
        gate.close();
        Hamlet ben = slow.items().stream().filter(h -> h.name().equals("Xóm Bến")).findFirst().orElseThrow();
        slow.selectedProperty().set(ben);
        slow.headNameProperty().set("Hà Văn Thuận");

        assertThat(slow.save()).isTrue();
        // the worker has not run yet (a slow disk); the secretary already types the next value
        slow.headNameProperty().set("Hà Văn Th");
        gate.runNext();

        assertThat(context.hamlets().find(ben.id()).orElseThrow().headName()).isEqualTo("Hà Văn Thuận");
    }
}
