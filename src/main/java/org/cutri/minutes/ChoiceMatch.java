package org.cutri.minutes;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cutri.common.text.VietText;

/**
 * Picks a choice from a few letters typed without diacritics, as a secretary types fast: "nuoc" finds
 * "Nước sạch", "gt" finds "Giao thông" by its initials, "kn" finds "Kiến nghị". Best first: the whole name,
 * the start of the name, the start of a word, the initials, then anywhere in the name.
 */
public final class ChoiceMatch {

    private ChoiceMatch() {
    }

    /** The choices matching the typed text, best first; all of them for an empty text. */
    public static <T> List<T> matches(List<T> choices, Function<T, String> label, String typed) {
        String query = VietText.fold(typed);
        if (query.isEmpty()) {
            return List.copyOf(choices);
        }
        return choices.stream()
                .filter(c -> rank(VietText.fold(label.apply(c)), query) < Integer.MAX_VALUE)
                .sorted(java.util.Comparator.comparingInt(c -> rank(VietText.fold(label.apply(c)), query)))
                .collect(Collectors.toList());
    }

    /** The best choice for the typed text, if any matches. */
    public static <T> Optional<T> best(List<T> choices, Function<T, String> label, String typed) {
        if (VietText.fold(typed).isEmpty()) {
            return Optional.empty();
        }
        List<T> found = matches(choices, label, typed);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static int rank(String name, String query) {
        if (name.equals(query)) {
            return 0;
        }
        if (name.startsWith(query)) {
            return 1;
        }
        String[] words = name.split("[^\\p{L}\\p{N}]+");
        for (String word : words) {
            if (word.startsWith(query)) {
                return 2;
            }
        }
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
            if (!word.isEmpty()) {
                initials.append(word.charAt(0));
            }
        }
        String compact = query.replace(" ", "");
        if (compact.length() >= 2 && initials.toString().startsWith(compact)) {
            return 3;
        }
        if (VietText.matches(name, query)) {
            return 4;
        }
        return Integer.MAX_VALUE;
    }
}
