package org.cutri.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.cutri.common.UserException;
import org.cutri.council.CouncilLevel;
import org.cutri.exchange.PackageData.Attendance;
import org.cutri.exchange.PackageData.PackagedGroup;
import org.cutri.exchange.PackageData.PackagedMeeting;
import org.cutri.exchange.PackageData.PackagedOpinion;
import org.cutri.meeting.MeetingForm;
import org.cutri.meeting.MeetingStatus;
import org.cutri.office.OfficeService;
import org.cutri.opinion.Authority;
import org.cutri.opinion.OpinionKind;
import org.cutri.opinion.OpinionStatus;
import org.cutri.round.RoundKind;

/**
 * Reads a package file without trusting it. Nothing is extracted to disk; every refusal is a
 * {@link UserException} whose message says what is wrong with the file:
 * not a zip or damaged, an unsafe entry name ({@code ..}, absolute path, drive letter), an entry larger
 * than the manifest declares (reading stops one byte past the declared size), a SHA-256 mismatch, a
 * format version this program does not know, or data of the wrong shape.
 */
public class PackageReader {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER = 64 * 1024;

    private final ObjectMapper mapper = PackageFormat.mapper();

    /** Reads and checks one package; throws {@link UserException} with the reason it is refused. */
    public ReadPackage read(Path file) {
        String fileSha;
        try {
            if (Files.size(file) > PackageFormat.MAX_TOTAL_BYTES + PackageFormat.MAX_MANIFEST_BYTES) {
                throw new UserException("exchange.refused.tooLarge", PackageFormat.MAX_TOTAL_BYTES >> 20);
            }
            fileSha = sha256Of(file);
        } catch (NoSuchFileException e) {
            throw new UserException(e, "exchange.refused.missing", file);
        } catch (IOException e) {
            throw new UserException(e, "exchange.refused.unreadable", e.getMessage());
        }
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            return read(file, fileSha, zip);
        } catch (ZipException e) {
            throw new UserException(e, "exchange.refused.notZip");
        } catch (IOException e) {
            throw new UserException(e, "exchange.refused.damaged", e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            // e.g. an entry name that is not valid UTF-8
            throw new UserException(e, "exchange.refused.damaged", e.getMessage());
        }
    }

    /** Checks that a file just written is the package that was built: its own hash and every entry's. */
    public void verify(Path file, String expectedSha256) {
        ReadPackage read = read(file);
        if (!read.sha256().equals(expectedSha256)) {
            throw new UserException("exchange.refused.tampered", file.getFileName());
        }
    }

    private ReadPackage read(Path file, String fileSha, ZipFile zip) throws IOException {
        Map<String, ZipEntry> entries = new HashMap<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            if (!PackageFormat.safeEntryName(entry.getName())) {
                throw new UserException("exchange.refused.unsafePath", entry.getName());
            }
            if (entries.put(entry.getName(), entry) != null) {
                throw new UserException("exchange.refused.duplicateEntry", entry.getName());
            }
            if (entries.size() > PackageFormat.MAX_ENTRIES) {
                throw new UserException("exchange.refused.tooManyEntries", PackageFormat.MAX_ENTRIES);
            }
        }
        ZipEntry manifestEntry = entries.get(PackageFormat.MANIFEST);
        if (manifestEntry == null) {
            throw new UserException("exchange.refused.noManifest");
        }
        byte[] manifestBytes = readEntry(zip, manifestEntry, PackageFormat.MAX_MANIFEST_BYTES, true, null).bytes;
        if (manifestBytes.length > PackageFormat.MAX_MANIFEST_BYTES) {
            throw new UserException("exchange.refused.entryTooLarge", PackageFormat.MANIFEST);
        }
        String manifestJson = new String(manifestBytes, StandardCharsets.UTF_8);
        PackageManifest manifest = manifest(manifestBytes);

        Set<String> listed = new HashSet<>();
        Map<String, byte[]> data = new HashMap<>();
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
            boolean keep = PackageFormat.DATA_FILES.contains(declared.path());
            Read read = readEntry(zip, entry, declared.size(), keep, declared.path());
            if (read.count > declared.size()) {
                throw new UserException("exchange.refused.entryTooLarge", declared.path());
            }
            if (read.count != declared.size() || !read.sha256.equals(declared.sha256())) {
                throw new UserException("exchange.refused.tampered", declared.path());
            }
            if (keep) {
                data.put(declared.path(), read.bytes);
            }
        }
        for (String name : entries.keySet()) {
            if (!name.equals(PackageFormat.MANIFEST) && !listed.contains(name)) {
                throw new UserException("exchange.refused.unlisted", name);
            }
        }
        PackageData.RoundFile round = parse(data.get(PackageFormat.ROUND), PackageData.RoundFile.class, PackageFormat.ROUND);
        PackageData.MeetingsFile meetings = parse(data.get(PackageFormat.MEETINGS), PackageData.MeetingsFile.class,
                PackageFormat.MEETINGS);
        PackageData.OpinionsFile opinions = parse(data.get(PackageFormat.OPINIONS), PackageData.OpinionsFile.class,
                PackageFormat.OPINIONS);
        PackageData.GroupsFile groups = parse(data.get(PackageFormat.GROUPS), PackageData.GroupsFile.class,
                PackageFormat.GROUPS);
        ReadPackage result = new ReadPackage(file, fileSha, manifest, manifestJson, round, meetings, opinions, groups);
        checkData(result);
        return result;
    }

    private PackageManifest manifest(byte[] bytes) {
        JsonNode tree;
        try {
            tree = mapper.readTree(bytes);
        } catch (IOException e) {
            throw malformed(PackageFormat.MANIFEST, e.getMessage());
        }
        if (tree == null || !tree.isObject()) {
            throw malformed(PackageFormat.MANIFEST, "not an object");
        }
        if (!PackageFormat.FORMAT_NAME.equals(tree.path("format").asText(null))) {
            throw new UserException("exchange.refused.notCutri");
        }
        JsonNode version = tree.get("format_version");
        if (version == null || !version.canConvertToInt()) {
            throw malformed(PackageFormat.MANIFEST, "format_version");
        }
        if (version.asInt() != PackageFormat.FORMAT_VERSION) {
            throw new UserException(version.asInt() > PackageFormat.FORMAT_VERSION ? "exchange.refused.newerVersion"
                    : "exchange.refused.unknownVersion", String.valueOf(version.asInt()));
        }
        PackageManifest manifest;
        try {
            manifest = mapper.treeToValue(tree, PackageManifest.class);
        } catch (JsonProcessingException e) {
            throw malformed(PackageFormat.MANIFEST, e.getOriginalMessage());
        }
        require(manifest.commune() != null && manifest.round() != null && manifest.counts() != null
                && manifest.entries() != null && manifest.createdAt() != null && manifest.programVersion() != null,
                PackageFormat.MANIFEST, "missing commune, round, counts, entries, created_at or program_version");
        require(OfficeService.validCode(manifest.commune().code()), PackageFormat.MANIFEST, "commune.code");
        require(notBlank(manifest.commune().name(), 200), PackageFormat.MANIFEST, "commune.name");
        require(notBlank(manifest.round().name(), 300), PackageFormat.MANIFEST, "round.name");
        require(manifest.sequence() >= 1, PackageFormat.MANIFEST, "sequence");
        long total = 0;
        Set<String> paths = new HashSet<>();
        for (PackageManifest.Entry entry : manifest.entries()) {
            require(entry != null && entry.path() != null && entry.sha256() != null, PackageFormat.MANIFEST, "entries");
            if (!PackageFormat.safeEntryName(entry.path()) || entry.path().equals(PackageFormat.MANIFEST)) {
                throw new UserException("exchange.refused.unsafePath", entry.path());
            }
            require(paths.add(entry.path()), PackageFormat.MANIFEST, "entries: " + entry.path() + " twice");
            require(SHA256.matcher(entry.sha256()).matches(), PackageFormat.MANIFEST, "entries: sha256");
            if (entry.size() < 0 || entry.size() > PackageFormat.MAX_ENTRY_BYTES) {
                throw new UserException("exchange.refused.entryTooLarge", entry.path());
            }
            total += entry.size();
        }
        if (total > PackageFormat.MAX_TOTAL_BYTES) {
            throw new UserException("exchange.refused.tooLarge", PackageFormat.MAX_TOTAL_BYTES >> 20);
        }
        for (String required : PackageFormat.DATA_FILES) {
            require(paths.contains(required), PackageFormat.MANIFEST, "entries: " + required + " missing");
        }
        return manifest;
    }

    private <T> T parse(byte[] bytes, Class<T> type, String path) {
        try {
            JsonNode tree = mapper.readTree(bytes);
            if (tree == null || !tree.isObject() || tree.path("format_version").asInt(-1) != PackageFormat.FORMAT_VERSION) {
                throw malformed(path, "format_version");
            }
            return mapper.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw malformed(path, e.getOriginalMessage());
        } catch (IOException e) {
            throw malformed(path, e.getMessage());
        }
    }

    /** The data of a package hangs together and fits the province's tables. */
    private static void checkData(ReadPackage p) {
        PackageManifest m = p.manifest();
        var round = p.round().round();
        require(round != null, PackageFormat.ROUND, "round");
        require(round.id() == m.round().id(), PackageFormat.ROUND, "round.id differs from the manifest");
        require(notBlank(round.name(), 300) && round.startDate() != null && round.endDate() != null,
                PackageFormat.ROUND, "round name or dates");
        require(isEnum(RoundKind.class, round.kind()), PackageFormat.ROUND, "round.kind");

        List<PackagedMeeting> meetings = p.meetings().meetings();
        require(meetings != null, PackageFormat.MEETINGS, "meetings");
        Set<Integer> meetingIds = new HashSet<>();
        for (PackagedMeeting meeting : meetings) {
            require(meeting != null && meeting.date() != null && meeting.hamlets() != null && meeting.deputies() != null,
                    PackageFormat.MEETINGS, "meeting date, hamlets or deputies");
            require(meetingIds.add(meeting.id()), PackageFormat.MEETINGS, "meeting " + meeting.id() + " twice");
            require(isEnum(MeetingForm.class, meeting.form()) && isEnum(MeetingStatus.class, meeting.status()),
                    PackageFormat.MEETINGS, "form or status");
            require(fits(meeting.venue(), 300) && fits(meeting.chairName(), 200) && fits(meeting.secretaryName(), 200)
                    && fits(String.join(", ", meeting.hamlets()), 2000), PackageFormat.MEETINGS, "text too long");
            for (Attendance deputy : meeting.deputies()) {
                require(deputy != null && notBlank(deputy.name(), 200) && isEnum(CouncilLevel.class, deputy.level()),
                        PackageFormat.MEETINGS, "deputies");
            }
        }

        List<PackagedOpinion> opinions = p.opinions().opinions();
        require(opinions != null, PackageFormat.OPINIONS, "opinions");
        Set<String> codes = new HashSet<>();
        for (PackagedOpinion o : opinions) {
            require(o != null && notBlank(o.code(), 40) && codes.add(o.code()), PackageFormat.OPINIONS,
                    "code missing or twice");
            require(meetingIds.contains(o.meetingId()), PackageFormat.OPINIONS, o.code() + ": unknown meeting");
            require(notBlank(o.content(), 4000) && fits(o.hamlet(), 200) && fits(o.field(), 100)
                    && fits(o.authorityBody(), 300) && fits(o.speakerName(), 200) && fits(o.answeredBy(), 200)
                    && fits(o.answerText(), 4000), PackageFormat.OPINIONS, o.code() + ": text missing or too long");
            require(isEnum(OpinionKind.class, o.kind()) && isEnum(OpinionStatus.class, o.status())
                    && (o.authority() == null || isEnum(Authority.class, o.authority())), PackageFormat.OPINIONS,
                    o.code() + ": kind, authority or status");
            require(m.withNames() || o.speakerName() == null, PackageFormat.OPINIONS,
                    o.code() + ": a speaker's name in a package made without names");
        }

        List<PackagedGroup> groups = p.groups().groups();
        require(groups != null, PackageFormat.GROUPS, "groups");
        Set<Integer> groupIds = new HashSet<>();
        for (PackagedGroup group : groups) {
            require(group != null && groupIds.add(group.id()) && notBlank(group.title(), 4000)
                    && group.opinionCodes() != null, PackageFormat.GROUPS, "group id, title or members");
            require(codes.containsAll(group.opinionCodes()) && new HashSet<>(group.opinionCodes()).size()
                    == group.opinionCodes().size(), PackageFormat.GROUPS, "members");
        }
        require(m.counts().meetings() == meetings.size() && m.counts().opinions() == opinions.size()
                && m.counts().groups() == groups.size(), PackageFormat.MANIFEST, "counts");
    }

    private static boolean isEnum(Class<? extends Enum<?>> type, String name) {
        if (name == null) {
            return false;
        }
        for (Enum<?> constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean notBlank(String text, int max) {
        return text != null && !text.isBlank() && text.length() <= max;
    }

    private static boolean fits(String text, int max) {
        return text == null || text.length() <= max;
    }

    private static void require(boolean condition, String path, String detail) {
        if (!condition) {
            throw malformed(path, detail);
        }
    }

    private static UserException malformed(String path, String detail) {
        String shortDetail = detail == null ? "" : detail.length() > 200 ? detail.substring(0, 200) + "…" : detail;
        return new UserException("exchange.refused.malformed", path, shortDetail);
    }

    private record Read(long count, String sha256, byte[] bytes) {
    }

    /**
     * Reads at most {@code limit + 1} bytes of an entry (so an entry larger than declared is noticed without
     * inflating it), hashing them and keeping them when asked.
     */
    private static Read readEntry(ZipFile zip, ZipEntry entry, long limit, boolean keep, String path) throws IOException {
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

    private static String sha256Of(Path file) throws IOException {
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
