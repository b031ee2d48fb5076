package org.cutri.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.cutri.app.AppContext;
import org.cutri.constituency.Constituency;
import org.cutri.council.CouncilLevel;
import org.cutri.council.CouncilTerm;
import org.cutri.deputy.Deputy;
import org.cutri.deputy.DeputyDraft;
import org.cutri.hamlet.Hamlet;
import org.cutri.hamlet.HamletDraft;
import org.cutri.hamlet.HamletKind;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssignmentServiceTest {

    @TempDir
    Path folder;

    private AppContext context;
    private AssignmentService assignments;
    private CouncilTerm term;
    private Hamlet dongTam;
    private Hamlet xomBen;
    private Hamlet apRachGoc;
    private Deputy mai;
    private Deputy khai;
    private Deputy trung;

    @BeforeEach
    void open() {
        context = TestContexts.open(folder);
        assignments = context.assignments();
        term = context.councils().ensureTerm(2026, 2031);
        Constituency one = context.constituencies().ensure(term.id(), CouncilLevel.COMMUNE, 1);
        Constituency two = context.constituencies().ensure(term.id(), CouncilLevel.COMMUNE, 2);
        Constituency province = context.constituencies().ensure(term.id(), CouncilLevel.PROVINCE, 5);
        dongTam = context.hamlets().create(new HamletDraft("Thôn Đồng Tâm", HamletKind.THON, null, null, one.id()));
        xomBen = context.hamlets().create(new HamletDraft("Xóm Bến", HamletKind.XOM, null, null, one.id()));
        apRachGoc = context.hamlets().create(new HamletDraft("Ấp Rạch Gốc", HamletKind.AP, null, null, two.id()));
        context.database().jdbi().useHandle(handle -> context.constituencies().addHamlets(handle, province.id(),
                List.of(dongTam.id(), xomBen.id(), apRachGoc.id())));
        mai = context.deputies().create(new DeputyDraft("Nguyễn Thị Hoa Mai", CouncilLevel.COMMUNE, term.id(), one.id(), null, null));
        khai = context.deputies().create(new DeputyDraft("Trần Văn Khải", CouncilLevel.COMMUNE, term.id(), two.id(), null, null));
        trung = context.deputies().create(new DeputyDraft("Mai Xuân Trường", CouncilLevel.PROVINCE, term.id(), province.id(), null, null));
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theProposalFollowsEachDeputysConstituency() {
        assertThat(assignments.proposal(term.id())).containsExactlyInAnyOrder(
                new Assignment(mai.id(), dongTam.id()), new Assignment(mai.id(), xomBen.id()),
                new Assignment(khai.id(), apRachGoc.id()),
                new Assignment(trung.id(), dongTam.id()), new Assignment(trung.id(), xomBen.id()),
                new Assignment(trung.id(), apRachGoc.id()));
        assertThat(assignments.assigned(term.id())).isEmpty();
    }

    @Test
    void applyingTheProposalTwiceAddsNothingTheSecondTime() {
        assertThat(assignments.applyProposal(term.id())).isEqualTo(6);
        assertThat(assignments.applyProposal(term.id())).isZero();

        assertThat(assignments.assigned(term.id())).isEqualTo(assignments.proposal(term.id()));
        assertThat(context.deputies().find(mai.id()).orElseThrow().assignedHamlets()).isEqualTo(2);
    }

    @Test
    void manualLinksAreKeptByTheProposalUnlessAskedToRemoveThem() {
        assignments.set(khai.id(), xomBen.id(), true);
        assignments.set(mai.id(), dongTam.id(), true);

        assertThat(assignments.applyProposal(term.id())).isEqualTo(5);
        AssignmentMatrix matrix = assignments.matrix(term.id());
        assertThat(matrix.state(khai.id(), xomBen.id())).isEqualTo(AssignmentState.ASSIGNED_EXTRA);
        assertThat(matrix.state(mai.id(), dongTam.id())).isEqualTo(AssignmentState.ASSIGNED);

        ProposalResult exact = assignments.applyProposal(term.id(), true);
        assertThat(exact).isEqualTo(new ProposalResult(0, 1));
        assertThat(assignments.assigned(term.id())).doesNotContain(new Assignment(khai.id(), xomBen.id()));
    }

    @Test
    void settingAndUnsettingOneLinkIsStoredAtOnceAndTwiceIsHarmless() {
        assignments.set(khai.id(), xomBen.id(), true);
        assignments.set(khai.id(), xomBen.id(), true);
        assertThat(assignments.assigned(term.id())).containsExactly(new Assignment(khai.id(), xomBen.id()));

        assignments.set(khai.id(), xomBen.id(), false);
        assignments.set(khai.id(), xomBen.id(), false);
        assertThat(assignments.assigned(term.id())).isEmpty();
    }

    @Test
    void theMatrixListsHamletsInVietnameseOrderAndDeputiesByLevelAndWarnsOfHamletsWithoutDeputy() {
        assignments.set(mai.id(), xomBen.id(), true);

        AssignmentMatrix matrix = assignments.currentMatrix();

        assertThat(matrix.term()).isEqualTo(term);
        assertThat(matrix.hamlets()).extracting(Hamlet::name).containsExactly("Ấp Rạch Gốc", "Thôn Đồng Tâm", "Xóm Bến");
        assertThat(matrix.deputies()).extracting(Deputy::fullName)
                .containsExactly("Nguyễn Thị Hoa Mai", "Trần Văn Khải", "Mai Xuân Trường");
        assertThat(matrix.state(mai.id(), dongTam.id())).isEqualTo(AssignmentState.PROPOSED_MISSING);
        assertThat(matrix.state(khai.id(), dongTam.id())).isEqualTo(AssignmentState.NONE);
        assertThat(matrix.deputyCount(xomBen.id())).isEqualTo(1);
        assertThat(matrix.hamletsWithoutDeputy()).extracting(Hamlet::name).containsExactly("Ấp Rạch Gốc", "Thôn Đồng Tâm");
        assertThat(matrix.missingProposals()).isEqualTo(5);
    }
}
