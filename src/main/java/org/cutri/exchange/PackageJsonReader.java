package org.cutri.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.util.TokenBuffer;

import org.cutri.common.UserException;
import org.cutri.common.i18n.Localizable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one JSON entry of a package as a stream, never holding more than the limits allow: the fields it
 * knows are bound one small piece at a time (the elements of the entry's list one by one, each at most
 * {@link PackageFormat#MAX_ELEMENT_BYTES}), fields it does not know are skipped within
 * {@link PackageFormat#MAX_UNKNOWN_BYTES}, and nesting, string and number lengths are capped by the parser.
 * Every problem is a {@link PackageRefusal} naming the entry, the element and the field.
 */
final class PackageJsonReader {

    private static final Logger LOG = LoggerFactory.getLogger(PackageJsonReader.class);
    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

    private final ObjectMapper mapper;

    PackageJsonReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** What one entry holds: its small fields as one object, and the elements of its list (if it has one). */
    record Parsed<E>(TokenBuffer head, List<E> elements) {
    }

    /**
     * Reads an entry whose top level is an object: the fields in {@code small} are kept (together at most
     * {@code maxSmallBytes}), the list {@code listField} (may be null) is bound element by element to
     * {@code elementType}, at most {@code maxElements} of them; other fields are skipped within the limit.
     */
    <E> Parsed<E> read(String entry, InputStream in, Set<String> small, long maxSmallBytes, String listField,
            Class<E> elementType, int maxElements) {
        List<Object> path = new ArrayList<>();
        try (JsonParser parser = mapper.getFactory().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw PackageRefusal.of(entry, path, PackageRefusal.problem("notObject"));
            }
            TokenBuffer head = new TokenBuffer(parser);
            head.writeStartObject();
            long smallBytes = 0;
            long unknownBytes = 0;
            List<E> elements = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                path.add(name);
                parser.nextToken();
                if (name.equals(listField)) {
                    elements = elements(entry, parser, path, elementType, maxElements);
                } else if (small.contains(name)) {
                    head.writeFieldName(name);
                    smallBytes += copy(entry, parser, head, path, maxSmallBytes - smallBytes);
                } else {
                    unknownBytes += skip(entry, parser, path, PackageFormat.MAX_UNKNOWN_BYTES - unknownBytes);
                }
                path.remove(path.size() - 1);
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw PackageRefusal.of(entry, path, syntax(parser.currentLocation()));
            }
            head.writeEndObject();
            if (listField != null && elements == null) {
                throw PackageRefusal.of(entry, List.of(listField), PackageRefusal.problem("missing"));
            }
            return new Parsed<>(head, elements);
        } catch (IOException e) {
            throw refusal(e, entry, path);
        }
    }

    /** Binds the kept small fields of an entry to the entry's type. */
    <T> T bind(String entry, TokenBuffer head, Class<T> type) {
        return bind(entry, head, type, List.of());
    }

    /** Binds a tree already read (within the limits) to the entry's type. */
    <T> T bind(String entry, JsonNode tree, Class<T> type) {
        TokenBuffer buffer = new TokenBuffer(mapper, false);
        try {
            mapper.writeTree(buffer, tree);
        } catch (IOException e) {
            throw refusal(e, entry, List.of());
        }
        return bind(entry, buffer, type, List.of());
    }

    private <E> List<E> elements(String entry, JsonParser parser, List<Object> path, Class<E> type, int max)
            throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw PackageRefusal.of(entry, path, PackageRefusal.problem("type", kind(List.class)));
        }
        List<E> elements = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            path.add(elements.size());
            if (elements.size() >= max) {
                throw PackageRefusal.of(entry, path.subList(0, path.size() - 1), PackageRefusal.problem("tooMany", max));
            }
            TokenBuffer one = new TokenBuffer(parser);
            copy(entry, parser, one, path, PackageFormat.MAX_ELEMENT_BYTES);
            elements.add(bind(entry, one, type, path));
            path.remove(path.size() - 1);
        }
        return elements;
    }

    private <T> T bind(String entry, TokenBuffer buffer, Class<T> type, List<Object> at) {
        try (JsonParser parser = buffer.asParser(mapper)) {
            T value = mapper.readValue(parser, type);
            if (value == null) {
                throw PackageRefusal.of(entry, at, PackageRefusal.problem("type", kind(type)));
            }
            return value;
        } catch (IOException e) {
            List<Object> path = new ArrayList<>(at);
            if (e instanceof JsonMappingException mapping) {
                for (JsonMappingException.Reference step : mapping.getPath()) {
                    path.add(step.getFieldName() != null ? step.getFieldName() : (Object) step.getIndex());
                }
            }
            throw refusal(e, entry, path);
        }
    }

    /** Copies the current value into {@code out}, refusing it beyond {@code max} bytes; returns its size. */
    private static long copy(String entry, JsonParser parser, TokenBuffer out, List<Object> path, long max)
            throws IOException {
        return walk(entry, parser, out, path, max, PackageRefusal.problem("tooLarge", Math.max(1, max / 1024)));
    }

    /** Skips the current value of a field this program does not know, within {@code max} bytes. */
    private static long skip(String entry, JsonParser parser, List<Object> path, long max) throws IOException {
        return walk(entry, parser, null, path, max,
                PackageRefusal.problem("unknownTooLarge", PackageFormat.MAX_UNKNOWN_BYTES / 1024));
    }

    /** Goes through the current value token by token (copying it when asked), measuring its bytes. */
    private static long walk(String entry, JsonParser parser, TokenBuffer out, List<Object> path, long max,
            Localizable tooLarge) throws IOException {
        long start = parser.currentTokenLocation().getByteOffset();
        int depth = 0;
        while (true) {
            JsonToken token = parser.currentToken();
            if (token == null) {
                throw PackageRefusal.of(entry, path, syntax(parser.currentLocation()));
            }
            if (out != null) {
                out.copyCurrentEvent(parser);
            }
            if (token.isStructStart()) {
                depth++;
            } else if (token.isStructEnd()) {
                depth--;
            }
            long used = parser.currentLocation().getByteOffset() - start;
            if (used > max) {
                throw PackageRefusal.of(entry, path, tooLarge);
            }
            if (depth == 0) {
                return used;
            }
            parser.nextToken();
        }
    }

    /** The refusal for a failure of the parser or the binding, in words; the library's own text goes to the log. */
    private static UserException refusal(IOException e, String entry, List<Object> path) {
        LOG.info("Package entry {} at {} refused: {}", entry, path, e.toString());
        return PackageRefusal.of(e, entry, path, problemOf(e));
    }

    private static Localizable problemOf(IOException e) {
        String original = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
        original = original == null ? "" : original;
        if (e instanceof StreamConstraintsException) {
            if (original.contains("nesting")) {
                return PackageRefusal.problem("tooDeep", PackageFormat.MAX_DEPTH);
            }
            if (original.contains("Number")) {
                return PackageRefusal.problem("numberTooLong", PackageFormat.MAX_NUMBER_DIGITS);
            }
            return PackageRefusal.problem("stringTooLong", PackageFormat.MAX_STRING_CHARS);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InputCoercionException) {
                return PackageRefusal.problem("numberTooLarge");
            }
        }
        if (e instanceof JsonParseException parse) {
            if (original.startsWith("Duplicate field")) {
                return PackageRefusal.problem("twiceField", quoted(original));
            }
            return syntax(parse.getLocation());
        }
        if (e instanceof InvalidFormatException format) {
            return PackageRefusal.problem("format", String.valueOf(format.getValue()), kind(format.getTargetType()));
        }
        if (e instanceof MismatchedInputException mismatch) {
            if (original.contains("Missing creator property") || original.contains("Missing required creator property")) {
                return PackageRefusal.problem("missing");
            }
            return PackageRefusal.problem("type", kind(mismatch.getTargetType()));
        }
        if (e instanceof JsonMappingException) {
            return PackageRefusal.problem("value");
        }
        return PackageRefusal.problem("unreadable");
    }

    private static Localizable syntax(JsonLocation at) {
        return at == null ? PackageRefusal.problem("syntax", "?", "?")
                : PackageRefusal.problem("syntax", String.valueOf(at.getLineNr()), String.valueOf(at.getColumnNr()));
    }

    private static String quoted(String text) {
        Matcher m = QUOTED.matcher(text);
        return m.find() ? m.group(1) : "";
    }

    /** What a value should have been, in words: "một số nguyên", "một ngày dạng YYYY-MM-DD". */
    private static Localizable kind(Class<?> type) {
        String key;
        if (type == null) {
            key = "other";
        } else if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            key = "number";
        } else if (type == boolean.class || type == Boolean.class) {
            key = "boolean";
        } else if (type == String.class) {
            key = "text";
        } else if (type == LocalDate.class) {
            key = "date";
        } else if (type == LocalTime.class) {
            key = "time";
        } else if (type == Instant.class) {
            key = "instant";
        } else if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            key = "list";
        } else if (type.isRecord()) {
            key = "object";
        } else {
            key = "other";
        }
        return new PackageRefusal.Text("exchange.kind." + key);
    }
}
