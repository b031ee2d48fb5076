package org.cutri.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.cutri.app.AppContext;
import org.cutri.common.text.VietText;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The all-opinions list read quickly: the same rows as the full query, the newest first screen a prefix. */
class OpinionListLoadTest {

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
    void theFastLoaderGivesTheRowsTheJoinedQueryGives() {
        List<OpinionListItem> joined = context.database().jdbi().withExtension(OpinionDao.class, OpinionDao::listItems);
        LoadedOpinions loaded = context.opinions().loadAll();
        assertThat(joined).isNotEmpty();
        assertThat(loaded.items()).containsExactlyElementsOf(joined);
        assertThat(context.opinions().listItems()).containsExactlyElementsOf(joined);
        assertThat(loaded.foldedContents())
                .containsExactlyElementsOf(joined.stream().map(item -> VietText.fold(item.content())).toList());
    }

    @Test
    void theFirstScreenIsTheTopOfTheWholeListNewestFirst() {
        LoadedOpinions all = context.opinions().loadAll();
        LoadedOpinions first = context.opinions().loadNewest(5);
        assertThat(first.items()).hasSizeGreaterThanOrEqualTo(Math.min(5, all.items().size()));
        List<OpinionListItem> shownFirst = new OpinionScan(first).search("", OpinionFilter.ALL);
        List<OpinionListItem> shownAll = OpinionSearchIndex.build(all).search("", OpinionFilter.ALL);
        assertThat(shownAll.subList(0, shownFirst.size())).containsExactlyElementsOf(shownFirst);
    }
}
