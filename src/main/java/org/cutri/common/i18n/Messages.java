package org.cutri.common.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;

import org.cutri.common.UserException;
import org.cutri.common.text.DateText;

/**
 * The user-visible texts. Vietnamese first, English second. Each feature keeps its own file
 * {@code /i18n/<feature>_vi.properties} and {@code _en}; they are merged into one bundle (keys are
 * dotted by feature, so they never clash). Files are read as UTF-8.
 *
 * <p>Texts are written as they read: an apostrophe is just an apostrophe ({@code voters' opinions}),
 * never doubled as {@link MessageFormat} would want; {@link #get} escapes it before formatting.
 * An enum constant given as an argument is shown by its {@link #label(Enum) label}, a {@link Localizable}
 * in the same language.
 */
public final class Messages {

    /** Every message file, by feature. A new feature adds its name here. */
    public static final List<String> BUNDLES = List.of(
            "common", "app", "commune", "council", "hamlet", "constituency", "deputy", "assignment",
            "register", "demo", "cli", "round", "meeting", "opinion", "minutes", "opinionimport",
            "document", "exchange", "grouping", "province", "report", "help", "audit", "person", "protection",
            "connection", "backup",
            "answer", "answerimport", "provinceanswer", "returns",
            "plan", "numbering", "sentiment",
            "conference", "draft");

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Locale locale;
    private final Map<String, String> texts;

    private Messages(Locale locale, Map<String, String> texts) {
        this.locale = locale;
        this.texts = texts;
    }

    /** Vietnamese unless the locale asks for English. */
    public static Messages load(Locale locale) {
        String language = "en".equals(locale.getLanguage()) ? "en" : "vi";
        Map<String, String> texts = new HashMap<>();
        for (String bundle : BUNDLES) {
            texts.putAll(readFile("/i18n/" + bundle + "_" + language + ".properties"));
        }
        return new Messages("en".equals(language) ? Locale.ENGLISH : VIETNAMESE, Map.copyOf(texts));
    }

    /** The language chosen by the system property {@code cutri.lang} (vi or en), Vietnamese by default. */
    public static Messages forSystem() {
        return load(Locale.forLanguageTag(System.getProperty("cutri.lang", "vi")));
    }

    /** The keys of one message file, for the consistency test. */
    public static Map<String, String> readFile(String resource) {
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Map.of();
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> result = new HashMap<>();
            properties.forEach((k, v) -> result.put((String) k, (String) v));
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Locale locale() {
        return locale;
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /**
     * The text of a key with {0}-style arguments filled in; the key itself if it is missing. Enum
     * arguments are shown by their {@link #label(Enum) label}, {@link Localizable} ones in this language.
     */
    public String get(String key, Object... args) {
        String pattern = texts.get(key);
        if (pattern == null) {
            return key;
        }
        return args.length == 0 ? pattern : format(pattern, args);
    }

    /** Fills in a pattern written as the message files are (plain apostrophes); a date argument shows as dd/MM/yyyy. */
    String format(String pattern, Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            shown[i] = arg instanceof Enum<?> value ? label(value) : arg instanceof Localizable text ? text.in(this)
                    : arg instanceof java.time.LocalDate day ? org.cutri.common.text.DateText.format(day) : arg;
        }
        // A plain apostrophe would start a quoted (unformatted) part in MessageFormat: "voters' {0}".
        return new MessageFormat(pattern.replace("'", "''"), locale).format(shown);
    }

    /**
     * How a value of a fixed list (an enum) is shown to the user: the text of
     * {@link #labelKey(Enum) its key}, e.g. {@code opinion.OpinionKind.PETITION} = "Kiến nghị".
     */
    public String label(Enum<?> value) {
        return get(labelKey(value));
    }

    /**
     * The key of an enum constant's label: {@code <feature>.<Enum>.<CONSTANT>}, the feature being the last
     * part of the package ({@code org.cutri.opinion.OpinionKind.PETITION} → {@code opinion.OpinionKind.PETITION},
     * a nested enum {@code meeting.MeetingConflict.Kind.X}); enums of the JDK are in {@code common}
     * ({@code common.DayOfWeek.MONDAY}).
     */
    public static String labelKey(Enum<?> value) {
        Class<?> type = value.getDeclaringClass();
        String packageName = type.getPackageName();
        String feature = packageName.startsWith("org.cutri.") ? packageName.substring(packageName.lastIndexOf('.') + 1)
                : "common";
        String typeName = type.getName().substring(packageName.length() + 1).replace('$', '.');
        return feature + "." + typeName + "." + value.name();
    }

    /** The day of the week as the user reads it: "Thứ Tư" / "Wednesday". */
    public String weekday(DayOfWeek day) {
        return label(day);
    }

    /** "Thứ Tư, 02/12/2026" / "Wednesday, 02/12/2026"; empty for {@code null}. */
    public String dayWithWeekday(LocalDate date) {
        return date == null ? "" : get("common.dayWithWeekday", date.getDayOfWeek(), DateText.format(date));
    }

    /** The message of a user-facing failure. */
    public String of(UserException e) {
        return get(e.key(), e.args());
    }

    /** The same texts as a {@link ResourceBundle}, for FXML's {@code %key} references. */
    public ResourceBundle bundle() {
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                String value = texts.get(key);
                if (value == null) {
                    throw new MissingResourceException(key, "Messages", key);
                }
                return value;
            }

            @Override
            public Enumeration<String> getKeys() {
                return Collections.enumeration(texts.keySet());
            }

            @Override
            protected Set<String> handleKeySet() {
                return texts.keySet();
            }

            @Override
            public Locale getLocale() {
                return locale;
            }
        };
    }
}
