package org.cutri.common.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every text the user can see exists in Vietnamese and in English, and every key the code or an FXML
 * file names exists. A missing key would show the raw key on screen.
 */
class LocalizationConsistencyTest {

    private static final Path MAIN_JAVA = Path.of("src", "main", "java");
    private static final Path MAIN_RESOURCES = Path.of("src", "main", "resources");

    /** {@code text="%hamlet.title"} and the like in FXML. */
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.\\-]+)\"");
    /**
     * {@code messages.get("key"}, {@code messages().get("key"}, {@code new UserException("key"} or
     * {@code (cause, "key"}; a literal followed by {@code +} is the start of a computed key and is skipped.
     */
    private static final Pattern JAVA_KEY = Pattern.compile(
            "(?:\\bmessages(?:\\(\\))?\\.get|\\bnew\\s+UserException)\\s*\\(\\s*(?:[A-Za-z_][A-Za-z0-9_]*\\s*,\\s*)?\"([^\"]+)\"(?!\\s*\\+)");

    @Test
    void vietnameseAndEnglishFilesHaveTheSameKeysAndNoEmptyText() {
        Map<String, Set<String>> problems = new TreeMap<>();
        for (String bundle : Messages.BUNDLES) {
            Map<String, String> vi = Messages.readFile("/i18n/" + bundle + "_vi.properties");
            Map<String, String> en = Messages.readFile("/i18n/" + bundle + "_en.properties");
            assertThat(resourceExists(bundle + "_vi")).as("i18n/%s_vi.properties exists", bundle).isTrue();
            assertThat(resourceExists(bundle + "_en")).as("i18n/%s_en.properties exists", bundle).isTrue();

            Set<String> onlyVi = new TreeSet<>(vi.keySet());
            onlyVi.removeAll(en.keySet());
            Set<String> onlyEn = new TreeSet<>(en.keySet());
            onlyEn.removeAll(vi.keySet());
            add(problems, bundle + "_en.properties lacks", onlyVi);
            add(problems, bundle + "_vi.properties lacks", onlyEn);
            add(problems, bundle + "_vi.properties has empty", emptyKeys(vi));
            add(problems, bundle + "_en.properties has empty", emptyKeys(en));
        }
        assertThat(problems).as("message files out of step").isEmpty();
    }

    @Test
    void everyKeyUsedInFxmlExists() throws IOException {
        Messages vi = Messages.load(Messages.VIETNAMESE);
        Map<String, Set<String>> missing = new TreeMap<>();
        for (Path file : files(MAIN_RESOURCES, ".fxml")) {
            add(missing, MAIN_RESOURCES.relativize(file).toString(), missingKeys(vi, FXML_KEY, file));
        }
        assertThat(missing).as("FXML keys missing from the message files").isEmpty();
    }

    @Test
    void everyKeyLiteralUsedInJavaExists() throws IOException {
        Messages vi = Messages.load(Messages.VIETNAMESE);
        Map<String, Set<String>> missing = new TreeMap<>();
        for (Path file : files(MAIN_JAVA, ".java")) {
            add(missing, MAIN_JAVA.relativize(file).toString(), missingKeys(vi, JAVA_KEY, file));
        }
        assertThat(missing).as("message keys used in Java but missing from the message files").isEmpty();
    }

    @Test
    void theScanFindsKeysAtAll() throws IOException {
        // Guards the two tests above against a pattern that silently matches nothing.
        long fxmlKeys = 0;
        for (Path file : files(MAIN_RESOURCES, ".fxml")) {
            fxmlKeys += FXML_KEY.matcher(Files.readString(file, StandardCharsets.UTF_8)).results().count();
        }
        long javaKeys = 0;
        for (Path file : files(MAIN_JAVA, ".java")) {
            javaKeys += JAVA_KEY.matcher(Files.readString(file, StandardCharsets.UTF_8)).results().count();
        }
        assertThat(fxmlKeys).isPositive();
        assertThat(javaKeys).isPositive();
        assertThat(keysIn(JAVA_KEY, "throw new UserException(e, \"db.folder\", folder); x = messages().get(\"a.b\", 1); messages.get(\"a.kind.\" + kind);"))
                .containsExactly("a.b", "db.folder");
    }

    private static boolean resourceExists(String name) {
        return Messages.class.getResource("/i18n/" + name + ".properties") != null;
    }

    private static Set<String> emptyKeys(Map<String, String> texts) {
        Set<String> empty = new TreeSet<>();
        texts.forEach((key, value) -> {
            if (value == null || value.isBlank()) {
                empty.add(key);
            }
        });
        return empty;
    }

    private static Set<String> missingKeys(Messages messages, Pattern pattern, Path file) throws IOException {
        Set<String> missing = new TreeSet<>();
        for (String key : keysIn(pattern, Files.readString(file, StandardCharsets.UTF_8))) {
            if (!messages.has(key)) {
                missing.add(key);
            }
        }
        return missing;
    }

    private static Set<String> keysIn(Pattern pattern, String text) {
        Set<String> keys = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }

    private static void add(Map<String, Set<String>> problems, String where, Set<String> keys) {
        if (!keys.isEmpty()) {
            problems.put(where, keys);
        }
    }

    private static Iterable<Path> files(Path root, String extension) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        }
    }
}
