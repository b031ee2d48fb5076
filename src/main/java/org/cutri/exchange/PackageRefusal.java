package org.cutri.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cutri.common.UserException;
import org.cutri.common.i18n.Localizable;
import org.cutri.common.i18n.Messages;

/**
 * Why a package's data is refused, naming the entry ({@code data/meetings.json}), the element ("cuộc tiếp xúc
 * thứ 2") and the field ({@code "date"}), with the problem in the user's language. Never carries a library's
 * own text: that goes to the log.
 */
public final class PackageRefusal {

    /** What the n-th element of a list is called, by the list's field name. */
    private static final Map<String, String> ELEMENT = Map.of(
            "meetings", "exchange.element.meeting", "opinions", "exchange.element.opinion",
            "groups", "exchange.element.group", "entries", "exchange.element.entry",
            "deputies", "exchange.element.deputy", "hamlets", "exchange.element.hamlet",
            "opinion_codes", "exchange.element.code");

    private PackageRefusal() {
    }

    /**
     * The refusal of one field: {@code path} runs from the top of the entry, field names and list positions
     * (from 0), e.g. {@code ["meetings", 1, "date"]}.
     */
    public static UserException of(String entry, List<Object> path, Localizable problem) {
        return of(null, entry, path, problem);
    }

    public static UserException of(Throwable cause, String entry, List<Object> path, Localizable problem) {
        Localizable where = new Spot(List.copyOf(path));
        return cause == null ? new UserException("exchange.refused.field", entry, where, problem)
                : new UserException(cause, "exchange.refused.field", entry, where, problem);
    }

    /** A problem told by a message key of {@code exchange.problem.*} with its arguments. */
    public static Localizable problem(String key, Object... args) {
        return new Text("exchange.problem." + key, args);
    }

    /** A message key with its arguments, put into words when shown; readable in the log as key and arguments. */
    record Text(String key, Object... args) implements Localizable {
        @Override
        public String in(Messages messages) {
            return messages.get(key, args);
        }

        @Override
        public String toString() {
            return key + java.util.Arrays.toString(args);
        }
    }

    /** "cuộc tiếp xúc thứ 2, trường "date"" / "meeting 2, field "date"". */
    private record Spot(List<Object> path) implements Localizable {
        @Override
        public String toString() {
            return path.toString();
        }

        @Override
        public String in(Messages messages) {
            List<String> parts = new ArrayList<>();
            List<String> field = new ArrayList<>();
            String list = null;
            for (Object step : path) {
                if (step instanceof Integer index) {
                    parts.add(messages.get(ELEMENT.getOrDefault(list, "exchange.element.other"), index + 1));
                    field.clear();
                } else {
                    list = String.valueOf(step);
                    field.add(list);
                }
            }
            if (!field.isEmpty()) {
                parts.add(messages.get("exchange.where.field", String.join(".", field)));
            }
            return parts.isEmpty() ? messages.get("exchange.where.whole") : String.join(", ", parts);
        }
    }
}
