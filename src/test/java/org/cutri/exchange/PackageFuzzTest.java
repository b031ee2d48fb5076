package org.cutri.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.cutri.app.AppContext;
import org.cutri.cli.CutriCommand;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few hundred hostile packages made from a fixed seed (cut short, bytes flipped, wrong manifests, huge and
 * negative numbers, deep nesting, wrong types, dates out of range, control characters, entries twice, path
 * tricks), each imported through the real command line into a province's data. Each one is either imported, or
 * refused with exit code 2 and exactly one Vietnamese line on standard error, no trace of Java, and the data
 * folder's files (the database's included) the same, byte for byte, as before.
 */
class PackageFuzzTest {

    private static final long SEED = 20_261_130L;
    private static final int CASES = 300;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A letter only Vietnamese text has: the refusal is in Vietnamese. */
    private static final String VIETNAMESE = ".*[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ].*";

    @TempDir
    Path communeFolder;
    @TempDir
    Path provinceFolder;
    @TempDir
    Path files;

    private Random random;
    private Map<String, byte[]> validEntries;
    /** The commune's own key: a changed data file is signed again with it, so its data are what is tried. */
    private OfficeKey communeKey;

    @Test
    void everyHostilePackageIsImportedOrRefusedWithOneVietnameseLineAndNothingChanged() throws Exception {
        byte[] valid = ExchangeFixture.exportedPackage(communeFolder);
        try (AppContext commune = TestContexts.open(communeFolder)) {
            communeKey = commune.officeKeys().key();
        }
        validEntries = ExchangeFixture.entries(valid);
        Path first = ExchangeFixture.write(files, "cutri-tan-phuc-1-1.zip", valid);
        assertThat(CliRun.of("--data-dir", provinceFolder.toString(), "package", "import", "--trust", first.toString()).exit())
                .isZero();
        random = new Random(SEED);
        int refused = 0;
        List<String> before = FolderState.files(provinceFolder);
        List<String> beforeDump = FolderState.of(provinceFolder).dump();
        for (int i = 0; i < CASES; i++) {
            String kind = "";
            byte[] hostile;
            int pick = random.nextInt(8);
            switch (pick) {
                case 0 -> {
                    kind = "cut short";
                    hostile = Arrays.copyOf(valid, random.nextInt(valid.length));
                }
                case 1 -> {
                    kind = "bytes flipped";
                    hostile = valid.clone();
                    for (int n = 1 + random.nextInt(4); n > 0; n--) {
                        hostile[random.nextInt(hostile.length)] ^= (byte) (1 + random.nextInt(255));
                    }
                }
                case 2 -> {
                    kind = "path trick";
                    hostile = pathTrick();
                }
                case 3 -> {
                    kind = "entry twice";
                    hostile = entryTwice();
                }
                case 4 -> {
                    kind = "JSON text";
                    hostile = jsonText();
                }
                default -> {
                    kind = "JSON value";
                    hostile = jsonValue();
                }
            }
            Path file = ExchangeFixture.write(files, "cutri-goi-" + i + ".zip", hostile);
            CliRun run = CliRun.of("--data-dir", provinceFolder.toString(), "package", "import", file.toString());
            String what = "case " + i + " (" + kind + "): " + run.err() + run.out();
            assertThat(run.exit()).as(what).isIn(0, CutriCommand.EXIT_USER_ERROR);
            assertThat(run.out() + run.err()).as(what).doesNotContain("Exception").doesNotContain("\tat ");
            if (run.exit() == 0) {
                assertThat(run.err()).as(what).isEmpty();
                before = FolderState.files(provinceFolder);
                beforeDump = FolderState.of(provinceFolder).dump();
                continue;
            }
            refused++;
            assertThat(run.err().lines()).as(what).hasSize(1);
            assertThat(run.err().strip()).as(what).matches(VIETNAMESE)
                    .doesNotContainPattern(HostilePackageTest.ENGLISH_LIBRARY_TEXT);
            // The same bytes in every file: the database's dump is the same too. A package refused only once the
            // province's data were read (another key, a conflict) has had the database opened: its dump is the same.
            List<String> after = FolderState.files(provinceFolder);
            if (!after.equals(before)) {
                assertThat(FolderState.of(provinceFolder).dump()).as(what).isEqualTo(beforeDump);
                before = after;
            }
        }
        assertThat(refused).as("most hostile packages are refused").isGreaterThan(CASES / 2);
    }

    private String pickEntry() {
        List<String> names = new ArrayList<>(validEntries.keySet());
        return names.get(random.nextInt(names.size()));
    }

    private byte[] pathTrick() {
        String[] names = {"../evil.txt", "/etc/cron.d/evil", "C:\\Windows\\evil.dll", "report/../../evil.txt",
            "report/a\u0000b.pdf", "report/./x.pdf", "data//round.json", "report/", "data/extra.json",
            "report/bao-cao.pdf", "Manifest.json", "data/round.json/x"};
        String name = names[random.nextInt(names.length)];
        boolean listed = random.nextBoolean();
        Map<String, byte[]> entries = new LinkedHashMap<>(validEntries);
        entries.put(name, "x".getBytes(StandardCharsets.UTF_8));
        return listed ? relisted(ExchangeFixture.zip(validEntries), e -> {
            e.put(name, "x".getBytes(StandardCharsets.UTF_8));
            return e;
        }) : ExchangeFixture.zip(entries);
    }

    /** The same entry twice: written under a name one letter off, then the name's bytes are set right. */
    private byte[] entryTwice() {
        String name = pickEntry();
        String twin = name.substring(0, name.length() - 1) + "#";
        Map<String, byte[]> entries = new LinkedHashMap<>(validEntries);
        entries.put(twin, random.nextBoolean() ? validEntries.get(name) : "{}".getBytes(StandardCharsets.UTF_8));
        byte[] zip = ExchangeFixture.zip(entries);
        byte[] from = twin.getBytes(StandardCharsets.UTF_8);
        byte[] to = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + from.length <= zip.length; i++) {
            if (Arrays.equals(zip, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, zip, i, to.length);
            }
        }
        return zip;
    }

    /** A JSON entry's text changed: cut, a key doubled, nesting thousands deep, or not JSON at all. */
    private byte[] jsonText() {
        String entry = pickJson();
        String text = new String(validEntries.get(entry), StandardCharsets.UTF_8);
        String changed = switch (random.nextInt(5)) {
            case 0 -> text.substring(0, random.nextInt(text.length()));
            case 1 -> text.replaceFirst("\\{", "{\"format_version\" : 1, ");
            case 2 -> text.replaceFirst("\\{", "{\"deep\" : " + "[".repeat(3000) + "]".repeat(3000) + ", ");
            case 3 -> "[" + text + "]";
            default -> text.replaceFirst("\\{", "{\"big\" : " + "9".repeat(5000) + ", ");
        };
        return relistedWith(entry, changed.getBytes(StandardCharsets.UTF_8));
    }

    /** One value somewhere in a JSON entry replaced by a hostile one. */
    private byte[] jsonValue() throws Exception {
        String entry = pickJson();
        JsonNode root = JSON.readTree(validEntries.get(entry));
        List<Runnable> changes = new ArrayList<>();
        collect(root, changes);
        changes.get(random.nextInt(changes.size())).run();
        return relistedWith(entry, JSON.writeValueAsBytes(root));
    }

    private String pickJson() {
        String[] json = {PackageFormat.MANIFEST, PackageFormat.ROUND, PackageFormat.MEETINGS, PackageFormat.OPINIONS,
            PackageFormat.GROUPS};
        return json[random.nextInt(json.length)];
    }

    /** The valid package with one entry replaced; a changed data file is listed again with its right hash. */
    private byte[] relistedWith(String entry, byte[] bytes) {
        if (entry.equals(PackageFormat.MANIFEST)) {
            Map<String, byte[]> entries = new LinkedHashMap<>(validEntries);
            entries.put(entry, bytes);
            return ExchangeFixture.zip(entries);
        }
        return relisted(ExchangeFixture.zip(validEntries), e -> {
            e.put(entry, bytes);
            return e;
        });
    }

    private byte[] relisted(byte[] pkg, java.util.function.UnaryOperator<Map<String, byte[]>> change) {
        return ExchangeFixture.rebuilt(pkg, change, manifest -> { }, communeKey.privateKey(), communeKey.publicKey());
    }

    /** Every place of the tree where a hostile value can be put. */
    private void collect(JsonNode node, List<Runnable> changes) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                changes.add(() -> object.set(name, hostileValue()));
                changes.add(() -> object.remove(name));
                collect(object.get(name), changes);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                int index = i;
                changes.add(() -> array.set(index, hostileValue()));
                changes.add(() -> array.add(array.get(index).deepCopy()));
                collect(array.get(i), changes);
            }
        }
    }

    private JsonNode hostileValue() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        List<Supplier<JsonNode>> values = List.of(
                f::nullNode,
                () -> f.numberNode(Long.MAX_VALUE),
                () -> f.numberNode(-1),
                () -> f.numberNode(Integer.MIN_VALUE),
                () -> f.numberNode(1.5e300),
                () -> f.textNode("+999999999-12-31"),
                () -> f.textNode("1900-01-01"),
                () -> f.textNode("2026-02-30"),
                () -> f.textNode("25:99"),
                () -> f.textNode("\u202Eabc\u0000\u0007\u009F"),
                () -> f.textNode("x".repeat(5000)),
                () -> f.textNode(""),
                () -> f.textNode("=cmd|' /C calc'!A0"),
                () -> f.booleanNode(true),
                () -> f.arrayNode().add(f.arrayNode().add(f.arrayNode())),
                () -> f.objectNode().put("a", 1),
                () -> f.textNode("../../etc/passwd"));
        return values.get(random.nextInt(values.size())).get();
    }
}
