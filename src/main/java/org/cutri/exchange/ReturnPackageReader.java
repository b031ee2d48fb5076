package org.cutri.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.cutri.answer.AnswerResult;
import org.cutri.common.UserException;
import org.cutri.exchange.ReturnData.ReturnedAnswer;
import org.cutri.office.OfficeService;
import org.cutri.opinion.OpinionStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a return package (gói trả lời) without trusting it, with the guards of the commune's package
 * ({@link PackageReader}): only a regular file of bounded size; nothing extracted to disk; only the two entry names
 * of the format (a {@code ..}, an absolute path or a drive letter is an unsafe path); no entry read beyond its
 * declared size (a zip bomb stops one byte past it); every SHA-256 checked; the JSON read as a stream within the
 * format's limits; then the signature. A commune's package given here is refused as such.
 */
public class ReturnPackageReader {

    private static final Logger LOG = LoggerFactory.getLogger(ReturnPackageReader.class);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final String FIRST = String.valueOf(PackageFormat.FIRST_YEAR);
    private static final String LAST = String.valueOf(PackageFormat.LAST_YEAR);

    /** The statuses a province sends back (mới is nothing to send; tồn đọng is the commune's own word). */
    private static final List<String> SENT = List.of(OpinionStatus.FORWARDED.name(), OpinionStatus.IN_PROGRESS.name(),
            OpinionStatus.ANSWERED.name(), OpinionStatus.NOT_COMPETENT.name());

    private static final ZipOpening OPENING = new ZipOpening(LOG,
            new ZipOpening.Words("Return package", "returns.refused.notZip", "returns.refused.damaged"));

    /** Made on first use: the JSON mapper (Jackson, some 460 classes) is not loaded by a start that reads no package. */
    private final org.cutri.common.Lazy<PackageJsonReader> json =
            org.cutri.common.Lazy.of(() -> new PackageJsonReader(PackageFormat.mapper()));

    /**
     * True when the file is a zip whose manifest names the return package's kind: the command line's
     * {@code package import} sends it to the commune's import. Anything unreadable is false (the import it goes to
     * then says what is wrong).
     */
    public static boolean isReturnPackage(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry manifest = zip.getEntry(PackageFormat.MANIFEST);
            if (manifest == null) {
                return false;
            }
            byte[] bytes = PackageReader.readEntry(zip, manifest, PackageFormat.MAX_MANIFEST_BYTES, true, null).bytes();
            if (bytes.length > PackageFormat.MAX_MANIFEST_BYTES) {
                return false;
            }
            JsonNode tree = PackageFormat.mapper().readTree(bytes);
            return tree != null && ReturnFormat.KIND.equals(tree.path("kind").asText(null));
        } catch (IOException | RuntimeException e) {
            LOG.debug("{} is not a readable return package", file, e);
            return false;
        }
    }

    /** Reads and checks one return package; throws {@link UserException} with the reason it is refused. */
    public ReadReturn read(Path file) {
        return OPENING.open(file, PackageFormat.MAX_DATA_ENTRY_BYTES + PackageFormat.MAX_MANIFEST_BYTES, this::read);
    }

    private ReadReturn read(Path file, String fileSha, ZipFile zip) throws IOException {
        Map<String, ZipEntry> entries = ZipOpening.entries(zip, name -> !PackageFormat.safePath(name));
        ZipEntry manifestEntry = entries.get(PackageFormat.MANIFEST);
        if (manifestEntry == null) {
            throw new UserException("returns.refused.noManifest");
        }
        byte[] manifestBytes = PackageReader.readEntry(zip, manifestEntry, PackageFormat.MAX_MANIFEST_BYTES, true, null)
                .bytes();
        if (manifestBytes.length > PackageFormat.MAX_MANIFEST_BYTES) {
            throw new UserException("exchange.refused.entryTooBig", PackageFormat.MANIFEST, 1);
        }
        ReturnManifest manifest = manifest(manifestBytes);
        for (String name : entries.keySet()) {
            if (!ReturnFormat.knownEntry(name)) {
                throw new UserException("returns.refused.unexpectedEntry", name);
            }
        }
        // Every entry's size and hash first, so a damaged or altered file is told as such before its content.
        Set<String> listed = new HashSet<>();
        for (PackageManifest.Entry declared : manifest.entries()) {
            listed.add(declared.path());
            ZipEntry entry = entries.get(declared.path());
            if (entry == null) {
                throw new UserException("returns.refused.entryMissing", declared.path());
            }
            if (entry.getSize() >= 0 && entry.getSize() != declared.size()) {
                throw new UserException(entry.getSize() > declared.size() ? "exchange.refused.entryTooLarge"
                        : "returns.refused.tampered", declared.path());
            }
            PackageReader.Read read = PackageReader.readEntry(zip, entry, declared.size(), false, declared.path());
            if (read.count() > declared.size()) {
                throw new UserException("exchange.refused.entryTooLarge", declared.path());
            }
            if (read.count() != declared.size() || !read.sha256().equals(declared.sha256())) {
                throw new UserException("returns.refused.tampered", declared.path());
            }
        }
        for (String name : entries.keySet()) {
            if (!name.equals(PackageFormat.MANIFEST) && !listed.contains(name)) {
                throw new UserException("exchange.refused.unlisted", name);
            }
        }
        List<ReturnedAnswer> answers;
        try (InputStream in = zip.getInputStream(entries.get(ReturnFormat.ANSWERS))) {
            PackageJsonReader.Parsed<ReturnedAnswer> parsed = json.get().read(ReturnFormat.ANSWERS, in,
                    Set.of("format_version"), 1024, "answers", ReturnedAnswer.class, ReturnFormat.MAX_ANSWERS);
            PackageChecks.formatVersion(PackageChecks.Spot.of(ReturnFormat.ANSWERS),
                    json.get().bind(ReturnFormat.ANSWERS, parsed.head(), FormatVersion.class).formatVersion());
            answers = parsed.elements();
        } catch (ZipException e) {
            throw new UserException(e, "returns.refused.tampered", ReturnFormat.ANSWERS);
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            answer(i, answers.get(i), codes);
        }
        PackageChecks.Spot.of(PackageFormat.MANIFEST, "counts", "answers").require(
                manifest.counts().answers() == answers.size(), "differs", manifest.counts().answers(), answers.size());
        // Last, the signature: a package changed after the province signed it is refused here.
        byte[] signer = ReturnFormat.verify(manifest);
        return new ReadReturn(file, fileSha, manifest, new String(manifestBytes, StandardCharsets.UTF_8), signer, answers);
    }

    /** The version every data file repeats. */
    private record FormatVersion(int formatVersion) {
    }

    private ReturnManifest manifest(byte[] bytes) {
        Set<String> fields = Set.of("format", "format_version", "kind", "program_version", "created_at", "sequence",
                "previous_sha256", "province", "commune", "counts", "entries", "signature");
        PackageJsonReader.Parsed<Object> parsed = json.get().read(PackageFormat.MANIFEST, new ByteArrayInputStream(bytes),
                fields, PackageFormat.MAX_MANIFEST_BYTES, null, Object.class, 0);
        JsonNode tree = json.get().bind(PackageFormat.MANIFEST, parsed.head(), JsonNode.class);
        if (!PackageFormat.FORMAT_NAME.equals(tree.path("format").asText(null))) {
            throw new UserException("exchange.refused.notCutri");
        }
        if (!tree.has("kind")) {
            // A commune's package to the province: never answers.
            throw new UserException("returns.refused.handOver");
        }
        if (!ReturnFormat.KIND.equals(tree.path("kind").asText(null))) {
            throw new UserException("returns.refused.unknownKind", tree.path("kind").asText(""));
        }
        JsonNode version = tree.get("format_version");
        PackageChecks.Spot.of(PackageFormat.MANIFEST, "format_version").require(
                version != null && version.isIntegralNumber() && version.canConvertToInt(), "formatVersion");
        if (version.asInt() != PackageFormat.FORMAT_VERSION) {
            throw new UserException(version.asInt() > PackageFormat.FORMAT_VERSION ? "exchange.refused.newerVersion"
                    : "returns.refused.unknownVersion", String.valueOf(version.asInt()));
        }
        if (tree.get("signature") == null || tree.get("signature").isNull()) {
            throw new UserException("returns.refused.unsigned");
        }
        if (tree.isObject() && !tree.has("previous_sha256")) {
            ((ObjectNode) tree).putNull("previous_sha256");
        }
        ReturnManifest manifest = json.get().bind(PackageFormat.MANIFEST, tree, ReturnManifest.class);
        check(manifest);
        return manifest;
    }

    private static void check(ReturnManifest m) {
        PackageChecks.Spot top = PackageChecks.Spot.of(PackageFormat.MANIFEST);
        top.present("province", m.province());
        top.present("commune", m.commune());
        top.present("counts", m.counts());
        top.present("entries", m.entries());
        top.present("created_at", m.createdAt());
        top.text("program_version", m.programVersion(), true, 40);
        top.at("created_at").require(PackageFormat.plausibleYear(m.createdAt().atZone(ZoneOffset.UTC).getYear()),
                "dateRange", m.createdAt().toString(), FIRST, LAST);
        top.at("sequence").require(m.sequence() >= 1, "range", String.valueOf(m.sequence()), 1, Integer.MAX_VALUE);
        top.at("previous_sha256").require(m.previousSha256() == null || SHA256.matcher(m.previousSha256()).matches(),
                "sha256");
        PackageChecks.Spot signature = top.at("signature");
        signature.text("algorithm", m.signature().algorithm(), true, 20);
        signature.text("public_key", m.signature().publicKey(), true, 200);
        signature.text("value", m.signature().value(), true, 200);
        top.at("province").text("name", m.province().name(), false, 200);
        PackageChecks.Spot commune = top.at("commune");
        commune.present("code", m.commune().code());
        commune.at("code").require(OfficeService.validCode(m.commune().code()), "communeCode", m.commune().code());
        commune.text("name", m.commune().name(), false, 200);
        top.at("counts").at("answers").require(m.counts().answers() >= 0 && m.counts().answers() <= ReturnFormat.MAX_ANSWERS,
                "range", String.valueOf(m.counts().answers()), 0, ReturnFormat.MAX_ANSWERS);
        Set<String> paths = new HashSet<>();
        for (int i = 0; i < m.entries().size(); i++) {
            PackageManifest.Entry entry = m.entries().get(i);
            PackageChecks.Spot spot = top.at("entries").at(i);
            spot.require(entry != null, "missing");
            spot.present("path", entry.path());
            spot.present("sha256", entry.sha256());
            if (!PackageFormat.safePath(entry.path())) {
                throw new UserException("exchange.refused.unsafePath", entry.path());
            }
            if (!ReturnFormat.knownEntry(entry.path()) || entry.path().equals(PackageFormat.MANIFEST)) {
                throw new UserException("returns.refused.unexpectedEntry", entry.path());
            }
            spot.at("path").require(paths.add(entry.path()), "twice", entry.path());
            spot.at("sha256").require(SHA256.matcher(entry.sha256()).matches(), "sha256");
            spot.at("size").require(entry.size() >= 0, "range", String.valueOf(entry.size()), 0,
                    PackageFormat.MAX_DATA_ENTRY_BYTES);
            if (entry.size() > PackageFormat.MAX_DATA_ENTRY_BYTES) {
                throw new UserException("exchange.refused.entryTooBig", entry.path(), PackageFormat.MAX_DATA_ENTRY_BYTES >> 20);
            }
        }
        top.at("entries").require(paths.contains(ReturnFormat.ANSWERS), "notListed", ReturnFormat.ANSWERS);
    }

    /** One answer: a known status with what it needs, texts within the follow-up's lengths, plausible dates. */
    private static void answer(int index, ReturnedAnswer a, Set<String> codes) {
        PackageChecks.Spot spot = PackageChecks.Spot.of(ReturnFormat.ANSWERS, "answers", index);
        spot.require(a != null, "missing");
        spot.text("opinion_code", a.opinionCode(), true, 40);
        spot.at("opinion_code").require(codes.add(a.opinionCode()), "twice", a.opinionCode());
        spot.oneOf("status", a.status(), OpinionStatus.class, true);
        spot.at("status").require(SENT.contains(a.status()), "oneOf", a.status(), String.join(", ", SENT));
        OpinionStatus status = OpinionStatus.valueOf(a.status());
        if (status == OpinionStatus.FORWARDED || status == OpinionStatus.IN_PROGRESS) {
            spot.present("forwarding", a.forwarding());
        }
        if (status == OpinionStatus.ANSWERED) {
            spot.present("answer", a.answer());
        }
        if (a.forwarding() != null) {
            PackageChecks.Spot f = spot.at("forwarding");
            f.text("agency", a.forwarding().agency(), true, ReturnFormat.MAX_AGENCY);
            f.text("letter_no", a.forwarding().letterNo(), false, ReturnFormat.MAX_LETTER);
            f.date("date", a.forwarding().date(), true);
            f.date("due_date", a.forwarding().dueDate(), false);
        }
        if (a.answer() != null) {
            PackageChecks.Spot r = spot.at("answer");
            r.text("agency", a.answer().agency(), true, ReturnFormat.MAX_AGENCY);
            r.text("letter_no", a.answer().letterNo(), false, ReturnFormat.MAX_LETTER);
            r.date("date", a.answer().date(), true);
            r.text("text", a.answer().text(), true, ReturnFormat.MAX_ANSWER_TEXT);
            r.oneOf("result_kind", a.answer().resultKind(), AnswerResult.class, false);
        }
        spot.text("redirected_to", a.redirectedTo(), status == OpinionStatus.NOT_COMPETENT, ReturnFormat.MAX_AGENCY);
        spot.at("updated_at").require(a.updatedAt() == null || PackageFormat.plausibleYear(a.updatedAt().getYear()),
                "dateRange", String.valueOf(a.updatedAt()), FIRST, LAST);
    }
}
