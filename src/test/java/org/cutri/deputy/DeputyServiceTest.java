package org.cutri.deputy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.cutri.app.AppContext;
import org.cutri.common.UserException;
import org.cutri.constituency.Constituency;
import org.cutri.council.CouncilLevel;
import org.cutri.council.CouncilTerm;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeputyServiceTest {

    @TempDir
    Path folder;

    private AppContext context;
    private DeputyService deputies;
    private CouncilTerm term;

    @BeforeEach
    void open() {
        context = TestContexts.open(folder);
        deputies = context.deputies();
        term = context.councils().ensureTerm(2026, 2031);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private static UserException refusal(Runnable action) {
        try {
            action.run();
        } catch (UserException e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void aDeputyWithoutATermIsRefusedAndNotStored() {
        UserException e = refusal(() -> deputies.create(
                new DeputyDraft("Nguyễn Văn Hùng", CouncilLevel.COMMUNE, null, null, null, null)));

        assertThat(e.key()).isEqualTo("deputy.term.required");
        assertThat(TestContexts.VI.of(e)).contains("Nguyễn Văn Hùng").contains("nhiệm kỳ");
        assertThat(deputies.list()).isEmpty();
    }

    @Test
    void nameAndLevelAreRequired() {
        assertThat(refusal(() -> deputies.create(new DeputyDraft("  ", CouncilLevel.COMMUNE, term.id(), null, null, null)))
                .key()).isEqualTo("deputy.name.required");
        assertThat(refusal(() -> deputies.create(new DeputyDraft("Lê Thị Hoa", null, term.id(), null, null, null)))
                .key()).isEqualTo("deputy.level.required");
        assertThat(deputies.list()).isEmpty();
    }

    @Test
    void aConstituencyOfAnotherLevelOrTermIsRefused() {
        Constituency province = context.constituencies().ensure(term.id(), CouncilLevel.PROVINCE, 3);
        CouncilTerm previous = context.councils().ensureTerm(2021, 2026);
        Constituency oldCommune = context.constituencies().ensure(previous.id(), CouncilLevel.COMMUNE, 3);

        assertThat(refusal(() -> deputies.create(new DeputyDraft("Lê Thị Hoa", CouncilLevel.COMMUNE, term.id(),
                province.id(), null, null))).key()).isEqualTo("deputy.constituency.mismatch");
        assertThat(refusal(() -> deputies.create(new DeputyDraft("Lê Thị Hoa", CouncilLevel.COMMUNE, term.id(),
                oldCommune.id(), null, null))).key()).isEqualTo("deputy.constituency.mismatch");
        assertThat(deputies.list()).isEmpty();

        Deputy stored = deputies.create(new DeputyDraft("Lê Thị Hoa", CouncilLevel.PROVINCE, term.id(), province.id(),
                "Phó Chủ tịch HĐND tỉnh", "Tổ số 2"));
        assertThat(stored.constituencyNumber()).isEqualTo(3);
        assertThat(refusal(() -> deputies.update(stored.id(), new DeputyDraft("Lê Thị Hoa", CouncilLevel.NATIONAL,
                term.id(), province.id(), null, null))).key()).isEqualTo("deputy.constituency.mismatch");
        assertThat(deputies.find(stored.id()).orElseThrow().level()).isEqualTo(CouncilLevel.PROVINCE);
    }

    @Test
    void deputiesAreListedByGivenNameInVietnameseOrder() {
        for (String name : List.of("Phạm Văn Đức", "Trần Thị Ánh", "Nguyễn Văn Dũng", "Lê Văn An", "Hoàng Thị Ư",
                "Đỗ Văn Uy", "Nguyễn Thị An")) {
            deputies.create(new DeputyDraft(name, CouncilLevel.COMMUNE, term.id(), null, null, null));
        }

        assertThat(deputies.list()).extracting(Deputy::fullName).containsExactly(
                "Lê Văn An", "Nguyễn Thị An", "Trần Thị Ánh", "Nguyễn Văn Dũng", "Phạm Văn Đức", "Đỗ Văn Uy",
                "Hoàng Thị Ư");
    }

    @Test
    void deletingADeputyRemovesTheirHamletAssignments() {
        Deputy deputy = deputies.create(new DeputyDraft("Lê Văn An", CouncilLevel.COMMUNE, term.id(), null, null, null));
        context.database().jdbi().useHandle(handle -> {
            int hamlet = handle.createUpdate("INSERT INTO hamlet (name, name_key, kind) VALUES ('Xóm Bến', 'xóm bến', 'XOM')")
                    .executeAndReturnGeneratedKeys("id").mapTo(Integer.class).one();
            handle.execute("INSERT INTO deputy_hamlet (deputy_id, hamlet_id) VALUES (?, ?)", deputy.id(), hamlet);
        });
        assertThat(deputies.find(deputy.id()).orElseThrow().assignedHamlets()).isEqualTo(1);

        deputies.delete(deputy.id());

        assertThat(deputies.list()).isEmpty();
        int left = context.database().jdbi().withHandle(handle ->
                handle.createQuery("SELECT COUNT(*) FROM deputy_hamlet").mapTo(Integer.class).one());
        assertThat(left).isZero();
    }
}
