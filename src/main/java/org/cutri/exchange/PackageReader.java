package org.cutri.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.JsonNode;

import org.cutri.common.UserException;
import org.cutri.exchange.PackageData.PackagedGroup;
import org.cutri.exchange.PackageData.PackagedMeeting;
import org.cutri.exchange.PackageData.PackagedOpinion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a package file without trusting it. Nothing is extracted to disk; every refusal is a
 * {@link UserException} whose message says what is wrong with the file:
 * not a regular file, not a zip or damaged, an unsafe entry name ({@code ..}, absolute path, drive letter), an
 * entry larger than the manifest declares (reading stops one byte past the declared size), a SHA-256 mismatch, a
 * format version this program does not know, or data of the wrong shape (naming the entry, the element and the
 * field, see {@link PackageChecks}). The JSON is read as a stream within limits ({@link PackageJsonReader}), so
 * memory stays bounded whatever the file holds.
 */
public class PackageReader {

    private static final Logger LOG = LoggerFactory.getLogger(PackageReader.class);

    private static final int BUFFER = 64 * 1024;

    private static final ZipOpening OPENING = new ZipOpening(LOG,
            new ZipOpening.Words("Package", "exchange.refused.notZip", "exchange.refused.damaged"));

    private final PackageJsonReader json = new PackageJsonReader(PackageFormat.mapper());

    /**
     * Reads and checks one package; throws {@link UserException} with the reason it is refused. Only a regular
     * file is read: a folder, a device ({@code /dev/zero}) or a named pipe is refused at once, never waited on.
     */
    public ReadPackage read(Path file) {
        return OPENING.open(file, PackageFormat.MAX_TOTAL_BYTES + PackageFormat.MAX_MANIFEST_BYTES, this::read);
    }

    /** Checks that a file just written is the package that was built: its own hash and every entry's. */
    public void verify(Path file, String expectedSha256) {
        ReadPackage read = read(file);
        if (!read.sha256().equals(expectedSha256)) {
            throw new UserException("exchange.refused.tampered", file.getFileName());
        }
    }

    private ReadPackage read(Path file, String fileSha, ZipFile zip) throws IOException {
        Map<String, ZipEntry> entries = ZipOpening.entries(zip, name -> {
            if (!PackageFormat.safeEntryName(name) && ReturnFormat.ANSWERS.equals(name)
                    && ReturnPackageReader.isReturnPackage(file)) {
                throw new UserException("returns.refused.atProvince");
            }
            return !PackageFormat.safeEntryName(name);
        });
        ZipEntry manifestEntry = entries.get(PackageFormat.MANIFEST);
        if (manifestEntry == null) {
            throw new UserException("exchange.refused.noManifest");
        }
        byte[] manifestBytes = readEntry(zip, manifestEntry, PackageFormat.MAX_MANIFEST_BYTES, true, null).bytes;
        if (manifestBytes.length > PackageFormat.MAX_MANIFEST_BYTES) {
            throw new UserException("exchange.refused.entryTooBig", PackageFormat.MANIFEST,
                    1);
        }
        String manifestJson = new String(manifestBytes, StandardCharsets.UTF_8);
        PackageManifest manifest = manifest(manifestBytes);

        // Every entry's size and hash first, so a damaged or altered file is told as such before its content.
        Set<String> listed = new HashSet<>();
        for (PackageManifest.Entry declared : manifest.entries()) {
            listed.add(declared.path());
            ZipEntry entry = entries.get(declared.path());
            if (entry == null) {
                throw new UserException("exchange.refused.entryMissing", declared.path());
            }
            if (entry.getSize() >= 0 && entry.getSize() != declared.size()) {
                throw new UserException(entry.getSize() > declared.size() ? "exchange.refused.entryTooLarge"
                        : "exchange.refused.tampered", declared.path());
            }
            Read read = readEntry(zip, entry, declared.size(), false, declared.path());
            if (read.count > declared.size()) {
                throw new UserException("exchange.refused.entryTooLarge", declared.path());
            }
            if (read.count != declared.size() || !read.sha256.equals(declared.sha256())) {
                throw new UserException("exchange.refused.tampered", declared.path());
            }
        }
        for (String name : entries.keySet()) {
            if (!name.equals(PackageFormat.MANIFEST) && !listed.contains(name)) {
                throw new UserException("exchange.refused.unlisted", name);
            }
        }
        // Then the data files, each read as a stream within the format's limits.
        PackageData.RoundFile round = json(zip, entries.get(PackageFormat.ROUND), PackageFormat.ROUND,
                in -> json.bind(PackageFormat.ROUND, json.read(PackageFormat.ROUND, in, Set.of("format_version", "round"),
                        PackageFormat.MAX_ELEMENT_BYTES, null, Object.class, 0).head(), PackageData.RoundFile.class));
        PackageChecks.round(manifest, round);

        List<PackagedMeeting> meetings = list(zip, entries.get(PackageFormat.MEETINGS), PackageFormat.MEETINGS,
                "meetings", PackagedMeeting.class, PackageFormat.MAX_MEETINGS);
        Set<Integer> meetingIds = new HashSet<>();
        for (int i = 0; i < meetings.size(); i++) {
            PackageChecks.meeting(i, meetings.get(i), meetingIds);
        }
        List<PackagedOpinion> opinions = list(zip, entries.get(PackageFormat.OPINIONS), PackageFormat.OPINIONS,
                "opinions", PackagedOpinion.class, PackageFormat.MAX_OPINIONS);
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < opinions.size(); i++) {
            PackageChecks.opinion(i, opinions.get(i), manifest, meetingIds, codes);
        }
        List<PackagedGroup> groups = list(zip, entries.get(PackageFormat.GROUPS), PackageFormat.GROUPS,
                "groups", PackagedGroup.class, PackageFormat.MAX_GROUPS);
        Set<Integer> groupIds = new HashSet<>();
        for (int i = 0; i < groups.size(); i++) {
            PackageChecks.group(i, groups.get(i), groupIds, codes);
        }
        PackageChecks.counts(manifest, meetings.size(), opinions.size(), groups.size());
        // Last, the signature: a package whose data are wrong is told by what is wrong; one whose data are fine but
        // which was changed after the office signed it (hashes recomputed, commune code changed) is refused here.
        byte[] signer = PackageSignature.verify(manifest);
        int version = PackageFormat.FORMAT_VERSION;
        return new ReadPackage(file, fileSha, manifest, manifestJson, signer, round,
                new PackageData.MeetingsFile(version, meetings), new PackageData.OpinionsFile(version, opinions),
                new PackageData.GroupsFile(version, groups));
    }

    /** The elements of a data file's list, after checking its format version. */
    private <E> List<E> list(ZipFile zip, ZipEntry entry, String path, String listField, Class<E> type, int max)
            throws IOException {
        return json(zip, entry, path, in -> {
            PackageJsonReader.Parsed<E> parsed = json.read(path, in, Set.of("format_version"), 1024, listField, type, max);
            PackageChecks.formatVersion(PackageChecks.Spot.of(path),
                    json.bind(path, parsed.head(), FormatVersion.class).formatVersion());
            return parsed.elements();
        });
    }

    private interface JsonRead<T> {
        T read(InputStream in);
    }

    private static <T> T json(ZipFile zip, ZipEntry entry, String path, JsonRead<T> read) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return read.read(in);
        } catch (ZipException e) {
            throw new UserException(e, "exchange.refused.tampered", path);
        }
    }

    /** The version every data file repeats. */
    private record FormatVersion(int formatVersion) {
    }

    private PackageManifest manifest(byte[] bytes) {
        Set<String> fields = Set.of("format", "format_version", "program_version", "created_at", "sequence",
                "previous_sha256", "with_names", "commune", "round", "counts", "entries", "signature");
        PackageJsonReader.Parsed<Object> parsed = json.read(PackageFormat.MANIFEST, new ByteArrayInputStream(bytes),
                fields, PackageFormat.MAX_MANIFEST_BYTES, null, Object.class, 0);
        JsonNode tree = json.bind(PackageFormat.MANIFEST, parsed.head(), JsonNode.class);
        if (!PackageFormat.FORMAT_NAME.equals(tree.path("format").asText(null))) {
            throw new UserException("exchange.refused.notCutri");
        }
        if (tree.has("kind")) {
            // A return package (answers from the province to a commune) is never a commune's package.
            throw new UserException(ReturnFormat.KIND.equals(tree.path("kind").asText(null))
                    ? "returns.refused.atProvince" : "returns.refused.unknownKind", tree.path("kind").asText(""));
        }
        JsonNode version = tree.get("format_version");
        PackageChecks.Spot.of(PackageFormat.MANIFEST, "format_version").require(
                version != null && version.isIntegralNumber() && version.canConvertToInt(), "formatVersion");
        if (version.asInt() != PackageFormat.FORMAT_VERSION) {
            throw new UserException(version.asInt() > PackageFormat.FORMAT_VERSION ? "exchange.refused.newerVersion"
                    : "exchange.refused.unknownVersion", String.valueOf(version.asInt()));
        }
        if (tree.get("signature") == null || tree.get("signature").isNull()) {
            // A package made before packages were signed, or one whose signature was taken away.
            throw new UserException("exchange.refused.unsigned");
        }
        if (tree.isObject() && !tree.has("previous_sha256")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) tree).putNull("previous_sha256");
        }
        PackageManifest manifest = json.bind(PackageFormat.MANIFEST, tree, PackageManifest.class);
        PackageChecks.manifest(manifest);
        return manifest;
    }

    record Read(long count, String sha256, byte[] bytes) {
    }

    /**
     * Reads at most {@code limit + 1} bytes of an entry (so an entry larger than declared is noticed without
     * inflating it), hashing them and keeping them when asked.
     */
    static Read readEntry(ZipFile zip, ZipEntry entry, long limit, boolean keep, String path) throws IOException {
        MessageDigest digest = PackageFormat.sha256();
        ByteArrayOutputStream kept = keep ? new ByteArrayOutputStream() : null;
        long count = 0;
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = zip.getInputStream(entry)) {
            while (count <= limit) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - count));
                if (n < 0) {
                    break;
                }
                digest.update(buffer, 0, n);
                if (kept != null) {
                    kept.write(buffer, 0, n);
                }
                count += n;
            }
        } catch (ZipException e) {
            throw new UserException(e, "exchange.refused.tampered", path == null ? entry.getName() : path);
        }
        return new Read(count, HexFormat.of().formatHex(digest.digest()), kept == null ? null : kept.toByteArray());
    }

    static String sha256Of(Path file) throws IOException {
        MessageDigest digest = PackageFormat.sha256();
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
