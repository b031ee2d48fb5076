package org.cutri.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.cutri.common.text.TextIn;

/** The fixed facts of the package format (docs/package-format.md) shared by the exporter and the importer. */
public final class PackageFormat {

    public static final String FORMAT_NAME = "cutri-package";
    /** The format this program writes and the only one it reads. */
    public static final int FORMAT_VERSION = 1;

    public static final String MANIFEST = "manifest.json";
    public static final String ROUND = "data/round.json";
    public static final String MEETINGS = "data/meetings.json";
    public static final String OPINIONS = "data/opinions.json";
    public static final String GROUPS = "data/groups.json";
    public static final List<String> DATA_FILES = List.of(ROUND, MEETINGS, OPINIONS, GROUPS);
    public static final String REPORT_FOLDER = "report/";

    /** Every zip entry gets this time, so two exports of the same data differ only in the manifest. */
    public static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2020, 1, 1, 0, 0);

    /** Limits against hostile files: the manifest, one entry, the whole package, the number of entries. */
    public static final long MAX_MANIFEST_BYTES = 1_000_000;
    public static final long MAX_ENTRY_BYTES = 200L << 20;
    public static final long MAX_TOTAL_BYTES = 200L << 20;
    public static final int MAX_ENTRIES = 500;
    /** A data file ({@code data/*.json}) is read as a stream; its size and its lists are limited. */
    public static final long MAX_DATA_ENTRY_BYTES = 64L << 20;
    public static final int MAX_MEETINGS = 5_000;
    public static final int MAX_OPINIONS = 50_000;
    public static final int MAX_GROUPS = 50_000;
    /** Bytes of one meeting, opinion or group in its file; an opinion's texts take at most about 30 KB. */
    public static final long MAX_ELEMENT_BYTES = 1L << 20;
    /** Fields this program does not know (a later version's additions) may take this many bytes per file. */
    public static final long MAX_UNKNOWN_BYTES = 64L << 10;
    /** JSON nesting: the format needs 5 levels (file, list, meeting, deputies, deputy). */
    public static final int MAX_DEPTH = 16;
    /** Characters of one JSON string: the longest text of the format has 4000. */
    public static final int MAX_STRING_CHARS = 20_000;
    /** Digits of one JSON number. */
    public static final int MAX_NUMBER_DIGITS = 20;

    /** Every date of a package (and every year) lies in these years; anything else is refused. */
    public static final int FIRST_YEAR = 1945;
    public static final int LAST_YEAR = 2100;

    /** A report file's name: letters, digits, spaces, dots, hyphens, underscores, brackets. */
    private static final Pattern REPORT_NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._()\\-]{0,119}");

    private PackageFormat() {
    }

    /**
     * The JSON mapper of the format: snake_case names, ISO dates, strict about missing fields, duplicate fields
     * and anything nested, long or large beyond the format's limits.
     */
    public static ObjectMapper mapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(MAX_STRING_CHARS).maxNumberLength(MAX_NUMBER_DIGITS).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule("cutri-text-in").addDeserializer(String.class, new CleanText()))
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    /**
     * Every text read from a package goes through the program's one rule for text coming in
     * ({@link TextIn#clean}): no control or bidirectional-override characters reach the province's data or its
     * reports, whatever a package holds.
     */
    private static final class CleanText extends StdScalarDeserializer<String> {

        private CleanText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return TextIn.clean(StringDeserializer.instance.deserialize(parser, context));
        }
    }

    /** "cutri-tan-phuc-5-3.zip". */
    public static String fileName(String communeCode, int roundId, int sequence) {
        return "cutri-" + communeCode + "-" + roundId + "-" + sequence + ".zip";
    }

    /**
     * True for an entry name this program could have written: relative, forward slashes, no empty, "." or
     * ".." part, no drive letter or backslash, no control characters, and either a data file or a file under
     * {@code report/}.
     */
    public static boolean safeEntryName(String name) {
        if (!safePath(name)) {
            return false;
        }
        if (name.equals(MANIFEST) || DATA_FILES.contains(name)) {
            return true;
        }
        return name.startsWith(REPORT_FOLDER) && validReportName(name.substring(REPORT_FOLDER.length()));
    }

    /**
     * True for a path that can be nothing but a file inside the zip: relative, forward slashes, no empty, "." or
     * ".." part, no drive letter or backslash, no control characters (whatever the file's name).
     */
    static boolean safePath(String name) {
        if (name == null || name.isEmpty() || name.length() > 200 || name.startsWith("/") || name.contains("\\")
                || name.contains(":")) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isISOControl(name.charAt(i))) {
                return false;
            }
        }
        for (String part : name.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return false;
            }
        }
        return true;
    }

    public static boolean validReportName(String name) {
        return name != null && REPORT_NAME.matcher(name).matches() && !name.contains("..");
    }

    /** True for a date in {@link #FIRST_YEAR}–{@link #LAST_YEAR}; null counts as in range. */
    public static boolean plausible(java.time.LocalDate date) {
        return date == null || plausibleYear(date.getYear());
    }

    public static boolean plausibleYear(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /** The zip of a package: the manifest first, then the entries in their order, every entry at {@link #ENTRY_TIME}. */
    static byte[] zip(byte[] manifest, Map<String, byte[]> entries) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(buffer)) {
            put(zip, PackageFormat.MANIFEST, manifest);
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                put(zip, entry.getKey(), entry.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(PackageFormat.ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }
}
