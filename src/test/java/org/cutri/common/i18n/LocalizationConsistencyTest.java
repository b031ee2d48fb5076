package org.cutri.common.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.cutri.app.Area;
import org.cutri.assignment.AssignmentState;
import org.cutri.province.PackageImportSummary;
import org.junit.jupiter.api.Test;

/**
 * Every text the user can see exists in Vietnamese and in English, and every key the code or an FXML
 * file names exists. A missing key would show the raw key on screen. Every pattern fills in its
 * arguments in both languages, every value of a fixed list (an enum) has its label in both, and window
 * code shows those values through the labels, never through the Vietnamese words kept for documents.
 */
class LocalizationConsistencyTest {

    /** The program's classes, imported once for the tests that read them. */
    private static JavaClasses mainClasses;

    private static final List<Messages> LANGUAGES = List.of(Messages.load(Messages.VIETNAMESE),
            Messages.load(Locale.ENGLISH));

    /** {@code {0}}, {@code {1,number,#}}: the index and the format type, if any. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)\\s*(?:,\\s*(\\w+))?");

    /** Enums shown through keys of their own (not {@link Messages#label}); their keys are checked too. */
    private static final Map<Class<?>, Function<Enum<?>, String>> OWN_KEYS = Map.of(
            Area.class, area -> ((Area) area).key(),
            Area.Group.class, group -> "app.nav.group." + lower(group),
            AssignmentState.class, state -> "assignment.state." + lower(state),
            PackageImportSummary.Outcome.class, outcome -> "exchange.import.outcome." + lower(outcome));

    /** Enums never shown to the user as a word of their own, each with the reason. */
    private static final Set<String> NOT_SHOWN = Set.of(
            "org.cutri.app.MainViewModel$FirstStart", // the answer to the first-start question
            "org.cutri.demo.DemoFollowUp$Fate", // what the demo makes of each July issue; never a word on screen
            "org.cutri.document.DocumentFiles$Format", // file types: shown as their extension
            "org.cutri.report.ReportFiles$Format", // file types: shown as their extension
            "org.cutri.register.LegacyEncoding$Kind", // the messages name both old encodings together
            "org.cutri.register.RegisterWorkbook$Column", // spreadsheet headers: Vietnamese, as the files are
            "org.cutri.opinionimport.OpinionTable$Column", // spreadsheet headers: Vietnamese, as the files are
            "org.cutri.answer.importing.AnswerTable$Column", // spreadsheet headers: Vietnamese, as the files are
            "org.cutri.grouping.IssueText$Aspect", // inside the similarity measure
            "org.cutri.grouping.IssueThings$Kind", // inside the similarity measure (decision 0039)
            "org.cutri.meeting.MeetingConflict$Kind", // orders the conflicts; their text is a message
            "org.cutri.province.ProvinceGroupMember$Kind", // stored member type; the screen names the member
            "org.cutri.province.PackageImportSummary$Question", // shown as its button (province.keys.action.*)
            "org.cutri.document.PrintSettings$Sides", // chosen in JavaFX's own print dialog, handed to the printer
            "org.cutri.document.OfficialDocument$Orientation", // how an annex's pages are turned; never a word on screen
            "org.cutri.draft.DraftReader$Kind", // how a draft's heading is numbered, inside the import
            "org.cutri.draft.DraftService$Output", // file types: shown as their extension
            "org.cutri.draft.DraftCommentsViewModel$Written", // which file was written; the status says it in words
            "org.cutri.common.task.BackgroundTask$State"); // a task's life cycle; screens show their own messages

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

    @Test
    void everyPatternFillsInItsArgumentsInBothLanguages() {
        Map<String, String> wrong = new TreeMap<>();
        for (Messages messages : LANGUAGES) {
            String language = messages.locale().getLanguage();
            for (String bundle : Messages.BUNDLES) {
                Messages.readFile("/i18n/" + bundle + "_" + language + ".properties").forEach((key, pattern) -> {
                    String problem = formatProblem(messages, pattern);
                    if (problem != null) {
                        wrong.put(language + " " + key, problem);
                    }
                });
            }
        }
        assertThat(wrong).as("patterns that do not show as written (an apostrophe is written once, never doubled)")
                .isEmpty();
    }

    @Test
    void theFormatCheckCatchesALiteralPlaceholderAndADoubledApostrophe() {
        Messages english = Messages.load(Locale.ENGLISH);
        assertThat(formatProblem(english, "The voters' opinions of {0}")).isNull();
        assertThat(english.get("hamlet.delete.meetings", "Xóm Bến")).contains("Xóm Bến").contains("voters' opinions");
        assertThat(formatProblem(english, "Check the file''s name")).isNotNull();
        assertThat(formatProblem(english, "There are {0,number,#} rows")).isNull();
    }

    @Test
    void everyPatternTakesTheSameArgumentsInBothLanguages() {
        Map<String, String> differ = new TreeMap<>();
        for (String bundle : Messages.BUNDLES) {
            Map<String, String> vi = Messages.readFile("/i18n/" + bundle + "_vi.properties");
            Map<String, String> en = Messages.readFile("/i18n/" + bundle + "_en.properties");
            vi.forEach((key, pattern) -> {
                String english = en.get(key);
                if (english != null && !placeholders(pattern).keySet().equals(placeholders(english).keySet())) {
                    differ.put(key, "vi " + placeholders(pattern).keySet() + ", en " + placeholders(english).keySet());
                }
            });
        }
        assertThat(differ).as("patterns whose arguments differ between the languages").isEmpty();
    }

    @Test
    void theFormatCheckFillsACountChosenByNumber() {
        Messages english = Messages.load(Locale.ENGLISH);
        String days = "Overdue {0,choice,0#0 days|1#1 day|1<{0,number,integer} days}";
        assertThat(formatProblem(english, days)).isNull();
        assertThat(formatProblem(english, "Overdue {0,choice,1#1 day|1<{0 days}")).as("a branch not closed").isNotNull();
        assertThat(formatProblem(english, "Overdue {0,choice,1#1 day|1<'{0}' days}")).as("a count in quotes")
                .isNotNull();
        assertThat(placeholders(days)).containsOnlyKeys(0).containsEntry(0, true);
        assertThat(placeholders("{0} of {2,number,#}")).containsEntry(0, false).containsEntry(2, true);
    }

    @Test
    void englishCountsReadOneDayAndTwoDays() {
        Messages english = Messages.load(Locale.ENGLISH);
        assertThat(english.get("plan.duties.late", 1)).isEqualTo("Overdue 1 day");
        assertThat(english.get("plan.duties.late", 2L)).isEqualTo("Overdue 2 days");
        assertThat(english.get("plan.duties.startReminder", 1, 2))
                .isEqualTo("Reminder: 1 duty overdue, 2 due within 3 days.");
        assertThat(english.get("plan.duties.reminder", 2, 0)).isEqualTo("Reminder: 2 duties overdue, 0 due within 3 days.");
        assertThat(english.get("answer.screen.detail.overdue", 1L)).isEqualTo("1 day overdue, no answer yet");
        assertThat(english.get("meeting.plan.created", 1)).startsWith("1 meeting created.");
        assertThat(english.get("meeting.plan.created", 12)).startsWith("12 meetings created.");
        assertThat(english.get("opinionimport.result.imported", 1500)).isEqualTo("Imported 1,500 opinions.");
        assertThat(english.get("report.status.loaded", 1, 2)).isEqualTo("Loaded 1 opinion of the round, 2 accepted groups.");
        assertThat(english.get("assignment.summary", 1, 2, 0))
                .isEqualTo("1 hamlet · 2 deputies · 0 proposed assignments still missing");
        Messages vietnamese = Messages.load(Messages.VIETNAMESE);
        assertThat(vietnamese.get("plan.duties.late", 1)).isEqualTo(vietnamese.get("plan.duties.late", 1L)).contains("1");
    }

    /** The arguments a pattern fills in: index to whether it is a number ({@code {0,number}}, {@code {0,choice}}). */
    private static Map<Integer, Boolean> placeholders(String pattern) {
        Map<Integer, Boolean> numeric = new TreeMap<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            boolean number = "number".equals(matcher.group(2)) || "choice".equals(matcher.group(2));
            numeric.merge(Integer.parseInt(matcher.group(1)), number, Boolean::logicalOr);
        }
        return numeric;
    }

    /**
     * What is wrong when the pattern is shown with sample arguments, or null. A number argument is filled
     * with 1 and then 7, so each branch of a count chosen by number ("1 day", "7 days") is shown.
     */
    private static String formatProblem(Messages messages, String pattern) {
        for (int sample : new int[] {1, 7}) {
            String problem = formatProblem(messages, pattern, sample);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static String formatProblem(Messages messages, String pattern, int sample) {
        Map<Integer, Boolean> types = placeholders(pattern);
        int count = types.isEmpty() ? 0 : ((TreeMap<Integer, Boolean>) types).lastKey() + 1;
        Object[] args = new Object[count];
        for (int i = 0; i < count; i++) {
            args[i] = Boolean.TRUE.equals(types.get(i)) ? (Object) sample : "‹" + i + "›";
        }
        String shown;
        try {
            shown = args.length == 0 ? pattern : messages.format(pattern, args);
        } catch (IllegalArgumentException e) {
            return "cannot be filled in: " + e.getMessage();
        }
        if (shown.matches("(?s).*\\{\\d.*")) {
            return "shows a placeholder: " + shown;
        }
        for (Map.Entry<Integer, Boolean> entry : types.entrySet()) {
            if (!entry.getValue() && !shown.contains("‹" + entry.getKey() + "›")) {
                return "loses argument " + entry.getKey() + ": " + shown;
            }
        }
        if (shown.contains("''") || apostrophes(shown) != apostrophes(pattern)) {
            return "apostrophes changed: " + shown;
        }
        return null;
    }

    private static long apostrophes(String text) {
        return text.chars().filter(c -> c == '\'').count();
    }

    @Test
    void everyValueOfAFixedListHasItsLabelInBothLanguages() throws ClassNotFoundException {
        Map<String, Set<String>> missing = new TreeMap<>();
        List<Class<?>> enums = new ArrayList<>(List.of(DayOfWeek.class));
        for (JavaClass type : mainClasses()) {
            if (type.isEnum() && !NOT_SHOWN.contains(type.getName())) {
                enums.add(Class.forName(type.getName()));
            }
        }
        assertThat(enums).as("the scan finds the program's enums").hasSizeGreaterThan(10);
        for (Class<?> type : enums) {
            Function<Enum<?>, String> keyOf = OWN_KEYS.getOrDefault(type, Messages::labelKey);
            for (Object constant : type.getEnumConstants()) {
                String key = keyOf.apply((Enum<?>) constant);
                for (Messages messages : LANGUAGES) {
                    if (!messages.has(key)) {
                        missing.computeIfAbsent(messages.locale().getLanguage(), l -> new TreeSet<>()).add(key);
                    }
                }
            }
        }
        assertThat(missing).as("labels of enum values missing (add them, or list the enum in NOT_SHOWN with why)")
                .isEmpty();
    }

    @Test
    void windowCodeShowsFixedListsThroughTheirLabelsNotTheVietnameseWordsOfDocuments() {
        Set<String> wrong = new TreeSet<>();
        for (JavaClass type : mainClasses()) {
            if (!isWindowCode(type)) {
                continue;
            }
            for (JavaAccess<?> access : type.getAccessesFromSelf()) {
                JavaClass owner = access.getTargetOwner();
                String name = access.getTarget().getName();
                boolean enumWord = owner.isEnum() && owner.getPackageName().startsWith("org.cutri") && name.equals("label");
                boolean weekday = owner.getName().equals("org.cutri.meeting.MeetingText")
                        && (name.equals("weekday") || name.equals("dayWithWeekday"));
                if (enumWord || weekday) {
                    wrong.add(access.getOriginOwner().getName() + " uses " + owner.getSimpleName() + "." + name
                            + " (line " + access.getLineNumber() + ")");
                }
            }
        }
        assertThat(wrong).as("window code showing Vietnamese-only words: use messages.label(value), "
                + "messages.weekday(day) or messages.dayWithWeekday(date)").isEmpty();
    }

    /** A class of the window: it (or the class it is nested in) works with JavaFX. */
    private static boolean isWindowCode(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer.getDirectDependenciesFromSelf().stream()
                .anyMatch(d -> d.getTargetClass().getPackageName().startsWith("javafx."));
    }

    private static JavaClasses mainClasses() {
        if (mainClasses == null) {
            mainClasses = importMainClasses();
        }
        return mainClasses;
    }

    private static JavaClasses importMainClasses() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/test-classes/"))
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.cutri");
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
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
