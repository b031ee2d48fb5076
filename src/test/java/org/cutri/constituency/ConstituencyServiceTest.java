package org.cutri.constituency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.cutri.app.AppContext;
import org.cutri.common.UserException;
import org.cutri.council.CouncilLevel;
import org.cutri.council.CouncilTerm;
import org.cutri.deputy.DeputyDraft;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConstituencyServiceTest {

    @TempDir
    Path folder;

    private AppContext context;
    private ConstituencyService constituencies;
    private CouncilTerm term;
    private int thonDong;
    private int xomBen;
    private int apMoi;

    @BeforeEach
    void open() {
        context = TestContexts.open(folder);
        constituencies = context.constituencies();
        term = context.councils().ensureTerm(2026, 2031);
        thonDong = insertHamlet("Thôn Đông");
        xomBen = insertHamlet("Xóm Bến");
        apMoi = insertHamlet("Ấp Mới");
    }

    @AfterEach
    void close() {
        context.close();
    }

    /** Hamlets are written directly: this feature must not depend on the hamlet feature. */
    private int insertHamlet(String name) {
        return context.database().jdbi().withHandle(handle -> handle
                .createUpdate("INSERT INTO hamlet (name, name_key, kind) VALUES (:name, :key, 'THON')")
                .bind("name", name).bind("key", name.toLowerCase())
                .executeAndReturnGeneratedKeys("id").mapTo(Integer.class).one());
    }

    private static UserException refusal(Runnable action) {
        try {
            action.run();
        } catch (UserException e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }

    private ConstituencyDraft draft(CouncilLevel level, Integer number, String description, Integer... hamlets) {
        return new ConstituencyDraft(term.id(), level, number, description, List.of(hamlets));
    }

    @Test
    void constituencyIsStoredWithItsHamletsAndSurvivesReopening() {
        Constituency one = constituencies.create(draft(CouncilLevel.COMMUNE, 1, "  Phía  bắc ", thonDong, xomBen));
        context.close();

        context = TestContexts.open(folder);
        List<Constituency> listed = context.constituencies().list(term.id());
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).number()).isEqualTo(1);
        assertThat(listed.get(0).description()).isEqualTo("Phía bắc");
        assertThat(listed.get(0).hamletCount()).isEqualTo(2);
        assertThat(context.constituencies().hamletIds(one.id())).containsExactlyInAnyOrder(thonDong, xomBen);
    }

    @Test
    void duplicateNumberInTheSameTermAndLevelIsRefusedButOtherLevelsMayReuseIt() {
        constituencies.create(draft(CouncilLevel.COMMUNE, 2, null));

        UserException e = refusal(() -> constituencies.create(draft(CouncilLevel.COMMUNE, 2, "again", xomBen)));
        assertThat(e.key()).isEqualTo("constituency.number.duplicate");
        assertThat(TestContexts.VI.of(e)).contains("số 2").contains("HĐND xã");
        assertThat(constituencies.list(term.id())).hasSize(1);
        assertThat(constituencies.hamletChecklist(term.id())).allSatisfy(h -> assertThat(h.placements()).isEmpty());

        assertThat(constituencies.create(draft(CouncilLevel.PROVINCE, 2, null)).number()).isEqualTo(2);
        Constituency three = constituencies.create(draft(CouncilLevel.COMMUNE, 3, null));
        assertThat(refusal(() -> constituencies.update(three.id(), draft(CouncilLevel.COMMUNE, 2, null))).key())
                .isEqualTo("constituency.number.duplicate");
    }

    @Test
    void numberMustBeAPositiveWholeNumber() {
        assertThat(refusal(() -> constituencies.create(draft(CouncilLevel.COMMUNE, 0, null))).key())
                .isEqualTo("constituency.number.invalid");
        assertThat(refusal(() -> constituencies.create(draft(CouncilLevel.COMMUNE, -4, null))).key())
                .isEqualTo("constituency.number.invalid");
        assertThat(refusal(() -> constituencies.create(draft(CouncilLevel.COMMUNE, null, null))).key())
                .isEqualTo("constituency.number.required");
        assertThat(refusal(() -> constituencies.create(new ConstituencyDraft(null, CouncilLevel.COMMUNE, 1, null, null)))
                .key()).isEqualTo("constituency.term.required");
        assertThat(constituencies.list(term.id())).isEmpty();
    }

    @Test
    void legacyDistrictLevelIsNotOfferedForNewConstituencies() {
        UserException e = refusal(() -> constituencies.create(draft(CouncilLevel.DISTRICT, 1, null)));
        assertThat(e.key()).isEqualTo("constituency.level.legacy");
        assertThat(constituencies.list(term.id())).isEmpty();
    }

    @Test
    void aHamletLiesInOneCommuneConstituencyPerTermSoTickingItElsewhereMovesIt() {
        Constituency one = constituencies.create(draft(CouncilLevel.COMMUNE, 1, null, thonDong, xomBen));
        Constituency two = constituencies.create(draft(CouncilLevel.COMMUNE, 2, null, xomBen, apMoi));
        Constituency province = constituencies.create(draft(CouncilLevel.PROVINCE, 5, null, thonDong, xomBen, apMoi));

        assertThat(constituencies.hamletIds(one.id())).containsExactly(thonDong);
        assertThat(constituencies.hamletIds(two.id())).containsExactlyInAnyOrder(xomBen, apMoi);
        assertThat(constituencies.hamletIds(province.id())).hasSize(3);
        ConstituencyHamlet ben = constituencies.hamletChecklist(term.id()).stream()
                .filter(h -> h.id() == xomBen).findFirst().orElseThrow();
        assertThat(ben.at(CouncilLevel.COMMUNE).orElseThrow().number()).isEqualTo(2);
        assertThat(ben.at(CouncilLevel.PROVINCE).orElseThrow().number()).isEqualTo(5);

        // Another term keeps its own placements.
        CouncilTerm previous = context.councils().ensureTerm(2021, 2026);
        constituencies.create(new ConstituencyDraft(previous.id(), CouncilLevel.COMMUNE, 1, null, List.of(xomBen)));
        assertThat(constituencies.hamletIds(two.id())).containsExactlyInAnyOrder(xomBen, apMoi);
    }

    @Test
    void checklistIsInVietnameseOrder() {
        assertThat(constituencies.hamletChecklist(term.id())).extracting(ConstituencyHamlet::name)
                .containsExactly("Ấp Mới", "Thôn Đông", "Xóm Bến");
    }

    @Test
    void deleteIsRefusedWhileDeputiesOrHamletsPointAtItAndTheReasonSaysWhich() {
        Constituency one = constituencies.create(draft(CouncilLevel.COMMUNE, 1, null, thonDong, xomBen));
        context.deputies().create(new DeputyDraft("Nguyễn Văn Hùng", CouncilLevel.COMMUNE, term.id(), one.id(), null, null));

        UserException e = refusal(() -> constituencies.delete(one.id()));
        assertThat(e.key()).isEqualTo("constituency.delete.deputiesAndHamlets");
        assertThat(TestContexts.VI.of(e)).contains("1 đại biểu").contains("Nguyễn Văn Hùng")
                .contains("2 thôn, xóm").contains("Thôn Đông").contains("Xóm Bến");
        assertThat(constituencies.list(term.id())).hasSize(1);

        Constituency withHamletsOnly = constituencies.create(draft(CouncilLevel.PROVINCE, 1, null, apMoi));
        UserException hamlets = refusal(() -> constituencies.delete(withHamletsOnly.id()));
        assertThat(hamlets.key()).isEqualTo("constituency.delete.hamlets");
        assertThat(TestContexts.VI.of(hamlets)).contains("Ấp Mới");

        constituencies.update(withHamletsOnly.id(), draft(CouncilLevel.PROVINCE, 1, null));
        constituencies.delete(withHamletsOnly.id());
        assertThat(constituencies.list(term.id())).extracting(Constituency::level).containsExactly(CouncilLevel.COMMUNE);
    }

    @Test
    void levelCannotChangeWhileDeputiesWereElectedInIt() {
        Constituency one = constituencies.create(draft(CouncilLevel.COMMUNE, 1, null));
        context.deputies().create(new DeputyDraft("Lê Thị Hoa", CouncilLevel.COMMUNE, term.id(), one.id(), null, null));

        assertThat(refusal(() -> constituencies.update(one.id(), draft(CouncilLevel.PROVINCE, 1, null))).key())
                .isEqualTo("constituency.level.hasDeputies");
        assertThat(constituencies.update(one.id(), draft(CouncilLevel.COMMUNE, 4, "đổi số")).number()).isEqualTo(4);
    }

    @Test
    void aFailedSaveLeavesNothingHalfWritten() {
        int gone = 999_999;
        assertThatThrownBy(() -> constituencies.create(draft(CouncilLevel.COMMUNE, 1, null, thonDong, gone)))
                .isInstanceOf(UserException.class);
        assertThat(constituencies.list(term.id())).isEmpty();

        Constituency one = constituencies.create(draft(CouncilLevel.COMMUNE, 1, "cũ", thonDong));
        assertThatThrownBy(() -> constituencies.update(one.id(), draft(CouncilLevel.COMMUNE, 7, "mới", xomBen, gone)))
                .isInstanceOf(UserException.class);
        Constituency after = constituencies.list(term.id()).get(0);
        assertThat(after.number()).isEqualTo(1);
        assertThat(after.description()).isEqualTo("cũ");
        assertThat(constituencies.hamletIds(one.id())).containsExactly(thonDong);
    }
}
