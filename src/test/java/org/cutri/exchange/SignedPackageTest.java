package org.cutri.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.cutri.app.AppContext;
import org.cutri.audit.AuditAction;
import org.cutri.audit.AuditEntry;
import org.cutri.audit.AuditFilter;
import org.cutri.province.Approvals;
import org.cutri.province.ImportedPackage;
import org.cutri.province.ImportedTotals;
import org.cutri.province.PackageImportSummary;
import org.cutri.province.PackageImportSummary.Outcome;
import org.cutri.province.PackageImportSummary.Question;
import org.cutri.province.TrustedKey;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signed packages (issue 10, docs/decisions/0035): the province takes a commune's packages only when signed by
 * the key it trusted with the commune's first package, in the order the commune made them. Every attack is refused
 * with a Vietnamese reason, nothing stored; the real packages that follow are still taken.
 */
class SignedPackageTest {

    @TempDir
    static Path communeFolder;
    /** The commune's packages 1 to 4 of one round, signed with its key; 5 after it lost its key. */
    private static byte[][] made;
    private static OfficeKey communeKey;
    private static String communeFingerprint;
    private static String newFingerprint;

    @TempDir
    Path provinceFolder;
    @TempDir
    Path files;
    private AppContext province;

    @BeforeAll
    static void communeMakesItsPackages() {
        ExchangeFixture commune = new ExchangeFixture(communeFolder);
        try {
            made = new byte[6][];
            for (int sequence = 1; sequence <= 4; sequence++) {
                made[sequence] = commune.context.packageExporter().export(commune.round.id(), false, List.of()).bytes();
            }
            communeKey = commune.context.officeKeys().key();
            communeFingerprint = commune.context.officeKeys().fingerprint();
            // The commune's computer is reinstalled without its data: its key is lost, a new one is made.
            commune.context.database().jdbi().useHandle(h -> h.execute("DELETE FROM office_key"));
            made[5] = commune.context.packageExporter().export(commune.round.id(), false, List.of()).bytes();
            newFingerprint = commune.context.officeKeys().fingerprint();
        } finally {
            commune.context.close();
        }
    }

    @AfterAll
    static void forget() {
        made = null;
        communeKey = null;
    }

    @BeforeEach
    void open() {
        province = TestContexts.open(provinceFolder);
    }

    @AfterEach
    void close() {
        province.close();
    }

    private Path file(String name, byte[] bytes) {
        return ExchangeFixture.write(files, name, bytes);
    }

    private PackageImportSummary importing(byte[] bytes, Approvals approvals) {
        Path file = file("cutri-goi-" + System.nanoTime() + ".zip", bytes);
        PackageImportSummary dry = province.packageImporter().dryRun(List.of(file), approvals).get(0);
        PackageImportSummary done = province.packageImporter().importAll(List.of(file), approvals).get(0);
        assertThat(dry.outcome()).isEqualTo(done.outcome());
        return done;
    }

    /** Imports and returns the reason of the refusal, after checking that nothing stored changed. */
    private String refused(byte[] bytes, Approvals approvals, Question question) {
        ImportedTotals totals = province.importedPackages().totals();
        List<ImportedPackage> packages = province.importedPackages().list();
        List<TrustedKey> keys = province.trustedKeys().list();
        PackageImportSummary summary = importing(bytes, approvals);
        assertThat(summary.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(summary.question()).isEqualTo(question);
        assertThat(province.importedPackages().totals()).isEqualTo(totals);
        assertThat(province.importedPackages().list()).isEqualTo(packages);
        assertThat(province.trustedKeys().list()).isEqualTo(keys);
        String reason = summary.reason(TestContexts.VI);
        assertThat(reason).doesNotContainPattern(HostilePackageTest.ENGLISH_LIBRARY_TEXT);
        return reason;
    }

    /** The province's audit rows of this action, newest first. */
    private List<AuditEntry> trail(AuditAction action) {
        return province.audit().find(new AuditFilter(null, null, action, ""), 100).entries();
    }

    /** The first package imported with its key trusted. */
    private void trustFirst() {
        PackageImportSummary first = importing(made[1], Approvals.NONE.trusting("tan-phuc", communeFingerprint));
        assertThat(first.outcome()).isEqualTo(Outcome.NEW);
    }

    private static byte[] opinionEdited(byte[] pkg) {
        return ExchangeFixture.rebuilt(pkg, e -> {
            e.put(PackageFormat.OPINIONS, new String(e.get(PackageFormat.OPINIONS), StandardCharsets.UTF_8)
                    .replace("sửa đường", "phá đường").getBytes(StandardCharsets.UTF_8));
            return e;
        }, m -> { }, null, null);
    }

    @Test
    void theFirstPackageIsTakenOnlyOnceItsKeyIsTrustedAndItsFingerprintIsTheCommunes() {
        String reason = refused(made[1], Approvals.NONE, Question.TRUST_KEY);
        assertThat(reason).startsWith("Gói đầu tiên của xã").contains(communeFingerprint, "gọi điện");
        // A key trusted for that commune with another fingerprint does not do.
        refused(made[1], Approvals.NONE.trusting("tan-phuc", newFingerprint), Question.TRUST_KEY);
        assertThat(communeFingerprint).matches("\\d{5} \\d{5} \\d{5} \\d{5}");
        assertThat(trail(AuditAction.KEY_TRUST)).as("a key refused is not trusted").isEmpty();

        trustFirst();

        assertThat(trail(AuditAction.KEY_TRUST)).singleElement().satisfies(row -> {
            assertThat(row.object()).isEqualTo("commune tan-phuc");
            assertThat(row.account()).isEqualTo(province.database().account().orElse(System.getProperty("user.name")));
            assertThat(row.description()).isEqualTo("tin khóa của xã theo gói đầu tiên, dấu vân tay "
                    + communeFingerprint);
        });

        assertThat(province.trustedKeys().list()).singleElement().satisfies(k -> {
            assertThat(k.communeCode()).isEqualTo("tan-phuc");
            assertThat(k.communeName()).isEqualTo("Tân Phúc");
            assertThat(k.fingerprint()).isEqualTo(communeFingerprint);
            assertThat(k.how()).isEqualTo(TrustedKey.FIRST_PACKAGE);
        });
    }

    @Test
    void theCommunesPackagesFollowingOneAnotherReplaceEachOtherInOrder() {
        trustFirst();
        for (int sequence = 2; sequence <= 4; sequence++) {
            assertThat(importing(made[sequence], Approvals.NONE).outcome()).isEqualTo(Outcome.REPLACING);
            assertThat(province.importedPackages().list()).singleElement()
                    .satisfies(p -> assertThat(p.signerFingerprint()).isEqualTo(communeFingerprint))
                    .extracting(ImportedPackage::sequenceNo).isEqualTo(sequence);
        }
        assertThat(importing(made[4], Approvals.NONE).outcome()).isEqualTo(Outcome.UNCHANGED);
        // An older package never replaces a newer one.
        assertThat(refused(made[2], Approvals.NONE, Question.NONE)).contains("cũ hơn");
    }

    @Test
    void anEditedPackageWithItsHashesRecomputedIsRefusedByItsSignature() {
        trustFirst();
        assertThat(refused(opinionEdited(made[2]), Approvals.of(true, true), Question.NONE))
                .startsWith("Gói đã bị sửa sau khi xã ký");
        // Nor is it taken as a first package.
        try (AppContext other = TestContexts.open(files.resolve("tinh-khac"))) {
            Path file = file("cutri-sua.zip", opinionEdited(made[1]));
            assertThat(other.packageImporter().importAll(List.of(file), Approvals.of(true, true)).get(0).reasonKey())
                    .isEqualTo("exchange.refused.badSignature");
            assertThat(other.trustedKeys().list()).isEmpty();
        }
    }

    @Test
    void aPackageSignedByAnotherKeyIsRefusedAndOnlyADeliberateRetrustTakesTheNewKey() {
        trustFirst();
        // Someone else's key, hashes right, the commune's code: refused even when first keys are trusted.
        byte[] forged = ExchangeFixture.relisted(made[2], e -> e);
        String reason = refused(forged, Approvals.of(true, true), Question.RETRUST_KEY);
        assertThat(reason).contains("khóa khác", communeFingerprint);
        // The commune that lost its key: the same until the province re-trusts.
        assertThat(refused(made[5], Approvals.of(true, true), Question.RETRUST_KEY)).contains(newFingerprint);

        PackageImportSummary asked = importing(made[5], Approvals.NONE);
        TrustedKey retrusted = province.trustedKeys().retrust(asked.communeCode(), asked.signerKey());

        assertThat(retrusted.fingerprint()).isEqualTo(newFingerprint);
        assertThat(retrusted.how()).isEqualTo(TrustedKey.RETRUST);
        assertThat(retrusted.trustedBy()).isEqualTo(province.database().account().orElse(System.getProperty("user.name")));
        assertThat(province.trustedKeys().history("tan-phuc")).extracting(TrustedKey::fingerprint)
                .containsExactly(communeFingerprint, newFingerprint);
        assertThat(trail(AuditAction.KEY_TRUST)).hasSize(2).first().satisfies(row -> {
            assertThat(row.object()).isEqualTo("commune tan-phuc");
            assertThat(row.description()).isEqualTo("tin lại khóa mới của xã, dấu vân tay " + newFingerprint
                    + " thay khóa " + communeFingerprint);
        });
        // The key in force trusted again: nothing changes, nothing recorded.
        province.trustedKeys().retrust(asked.communeCode(), asked.signerKey());
        assertThat(trail(AuditAction.KEY_TRUST)).hasSize(2);
        // The new key's package starts the round again; the old key's packages are refused from now on.
        assertThat(importing(made[5], Approvals.NONE).outcome()).isEqualTo(Outcome.REPLACING);
        assertThat(refused(made[3], Approvals.of(true, true), Question.RETRUST_KEY)).contains(newFingerprint);
    }

    @Test
    void anUnsignedPackageIsRefused() {
        trustFirst();
        byte[] unsigned = ExchangeFixture.rebuilt(made[2], e -> e, m -> m.remove("signature"), null, null);
        assertThat(refused(unsigned, Approvals.of(true, true), Question.NONE)).startsWith("Gói không có chữ ký của xã");
        byte[] empty = ExchangeFixture.rebuilt(made[2], e -> e, m -> m.putObject("signature"), null, null);
        assertThat(refused(empty, Approvals.of(true, true), Question.NONE)).contains("signature");
    }

    @Test
    void aPackageRelabelledWithAnotherCommunesCodeIsRefused() {
        trustFirst();
        // The code changed, the signature kept: it no longer matches.
        byte[] relabelled = ExchangeFixture.rebuilt(made[2], e -> e,
                m -> ((ObjectNode) m.get("commune")).put("code", "an-lac"), null, null);
        assertThat(refused(relabelled, Approvals.of(true, true), Question.NONE)).startsWith("Gói đã bị sửa sau khi xã ký");
        // Signed again by the commune's own key under another code: that key is Tân Phúc's.
        byte[] resigned = ExchangeFixture.rebuilt(made[2], e -> e,
                m -> ((ObjectNode) m.get("commune")).put("code", "an-lac"), communeKey.privateKey(), communeKey.publicKey());
        assertThat(refused(resigned, Approvals.of(true, true), Question.NONE))
                .contains("mã xã an-lac", "khóa của xã tan-phuc");
    }

    @Test
    void aForgedHugeSequenceLocksNobodyOutAndIsNeverTakenSilently() {
        trustFirst();
        // Forged by someone without the key: refused by its signature.
        byte[] forged = ExchangeFixture.rebuilt(made[2], e -> e, m -> m.put("sequence", Integer.MAX_VALUE), null, null);
        assertThat(refused(forged, Approvals.of(true, true), Question.NONE)).startsWith("Gói đã bị sửa sau khi xã ký");
        // Even signed with the commune's key, the jump is a gap shown to the user, not a new high-water mark.
        byte[] signed = ExchangeFixture.rebuilt(made[2], e -> e, m -> m.put("sequence", Integer.MAX_VALUE),
                communeKey.privateKey(), communeKey.publicKey());
        assertThat(refused(signed, Approvals.NONE, Question.ACCEPT_GAP))
                .contains("Gói số 2147483647", "còn thiếu gói số 2–2147483646");
        // The commune's real next package is still taken.
        assertThat(importing(made[2], Approvals.NONE).outcome()).isEqualTo(Outcome.REPLACING);
    }

    @Test
    void aGapIsShownAndTakenOnlyWhenTheUserAcceptsIt() {
        trustFirst();
        String reason = refused(made[3], Approvals.NONE, Question.ACCEPT_GAP);
        assertThat(reason).contains("còn thiếu gói số 2.");
        Path file = file("cutri-3.zip", made[3]);
        String sha = province.packageImporter().dryRun(List.of(file), Approvals.NONE).get(0).sha256();
        assertThat(province.packageImporter().importAll(List.of(file), Approvals.NONE.accepting(sha)).get(0).outcome())
                .isEqualTo(Outcome.REPLACING);
        assertThat(province.importedPackages().list()).singleElement().extracting(ImportedPackage::sequenceNo)
                .isEqualTo(3);
        assertThat(trail(AuditAction.PACKAGE_IMPORT)).extracting(AuditEntry::description).satisfiesExactly(
                taken -> assertThat(taken).contains("gói số 3").endsWith("; nhận dù còn thiếu gói số 2"),
                first -> assertThat(first).contains("gói số 1").doesNotContain("nhận dù"));
        // The one left out, brought later, is older and never replaces the newer one.
        assertThat(refused(made[2], Approvals.of(true, true), Question.NONE)).contains("cũ hơn");
    }

    @Test
    void anotherContentUnderASequenceAlreadyImportedIsAConflictNeverIgnored() {
        trustFirst();
        assertThat(importing(made[2], Approvals.NONE).outcome()).isEqualTo(Outcome.REPLACING);
        // The commune's package 2 made again from other data (e.g. after restoring a backup), signed by its key.
        byte[] other = ExchangeFixture.rebuilt(opinionEdited(made[2]), e -> e, m -> { }, communeKey.privateKey(),
                communeKey.publicKey());
        assertThat(refused(other, Approvals.of(true, true), Question.ACCEPT_CONFLICT))
                .startsWith("Xung đột: gói số 2 này khác gói số 2 đã nhập");
        // A package 3 that does not follow on from the imported package 2.
        byte[] fork = ExchangeFixture.rebuilt(made[3], e -> e, m -> m.put("previous_sha256", "0".repeat(64)),
                communeKey.privateKey(), communeKey.publicKey());
        assertThat(refused(fork, Approvals.of(true, true), Question.ACCEPT_CONFLICT))
                .startsWith("Xung đột: gói số 3 không nối tiếp gói số 2 đã nhập");
        assertThat(province.importedPackages().totals().opinionCount()).isEqualTo(3);

        // The user takes the other package 2 after all: its audit row says it was taken despite the conflict.
        Path file = file("cutri-2-khac.zip", other);
        String sha = province.packageImporter().dryRun(List.of(file), Approvals.NONE).get(0).sha256();
        assertThat(province.packageImporter().importAll(List.of(file), Approvals.NONE.accepting(sha)).get(0).outcome())
                .isEqualTo(Outcome.REPLACING);
        assertThat(trail(AuditAction.PACKAGE_IMPORT)).extracting(AuditEntry::description).satisfiesExactly(
                taken -> assertThat(taken).contains("gói số 2", sha)
                        .endsWith("; nhận dù khác gói số 2 đã nhập (xung đột)"),
                second -> assertThat(second).contains("gói số 2").doesNotContain("nhận dù"),
                first -> assertThat(first).contains("gói số 1").doesNotContain("nhận dù"));
    }

    @Test
    void eachExportNamesThePreviousPackageOfItsRound() {
        assertThat(manifest(made[1]).previousSha256()).isNull();
        for (int sequence = 2; sequence <= 5; sequence++) {
            assertThat(manifest(made[sequence]).previousSha256())
                    .isEqualTo(PackageFormat.sha256Hex(ExchangeFixture.entries(made[sequence - 1]).get("manifest.json")));
            assertThat(manifest(made[sequence]).sequence()).isEqualTo(sequence);
        }
    }

    private PackageManifest manifest(byte[] pkg) {
        return new PackageReader().read(file("cutri-doc-" + System.nanoTime() + ".zip", pkg)).manifest();
    }
}
