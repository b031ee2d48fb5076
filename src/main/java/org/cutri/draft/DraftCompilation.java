package org.cutri.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cutri.common.text.VietText;

/**
 * The comments on a draft compiled per section without double counting (tổng hợp ý kiến góp ý):
 * <ul>
 * <li>the same comment (same source, same normalised text) entered twice on a section counts once;</li>
 * <li>a section's totals take in the comments on its subsections, each comment once even when it was attached at
 * several levels (on "I." and on "I.1");</li>
 * <li>people are counted per source once per section: the largest number a source gave there, not the sum of its
 * comments (a hamlet meeting of 40 people that made three comments is 40 people).</li>
 * </ul>
 *
 * @param sections every section in the draft's order
 * @param whole the whole draft
 */
public record DraftCompilation(List<SectionTotals> sections, Totals whole) {

    /** A section's own comments and its totals with its subsections. */
    public record SectionTotals(DraftSection section, List<DraftSection> ancestors, Totals own, Totals total) {
    }

    /**
     * Comments counted once each.
     *
     * @param comments the distinct comments, in the order they were first given
     * @param sources the sources, as first written, in the order they were first met
     */
    public record Totals(List<Compiled> comments, List<String> sources) {

        public int count(Stance stance) {
            return (int) comments.stream().filter(c -> c.stance() == stance).count();
        }

        public int agree() {
            return count(Stance.AGREE);
        }

        public int disagree() {
            return count(Stance.DISAGREE);
        }

        public int partly() {
            return count(Stance.PARTLY);
        }

        public int size() {
            return comments.size();
        }

        /** The people of these comments, each source once: its largest number. */
        public int people() {
            return people(comments);
        }

        /** The people of the comments of one stance, each source once. */
        public int people(Stance stance) {
            return people(of(stance));
        }

        public List<Compiled> of(Stance stance) {
            return comments.stream().filter(c -> c.stance() == stance).toList();
        }

        /** The sources of the comments of one stance, as written, in order. */
        public List<String> sources(Stance stance) {
            Map<String, String> names = new LinkedHashMap<>();
            of(stance).forEach(c -> names.putIfAbsent(c.sourceKey(), c.sourceName()));
            return List.copyOf(names.values());
        }

        private static int people(List<Compiled> list) {
            Map<String, Integer> bySource = new HashMap<>();
            list.forEach(c -> bySource.merge(c.sourceKey(), c.people(), Math::max));
            return bySource.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * A comment counted once.
     *
     * @param times how many times it was entered (on this section, or on it and its subsections)
     */
    public record Compiled(Stance stance, String content, int people, SourceKind sourceKind, String sourceName,
            String sourceKey, int times) {
    }

    /** The key of a comment's source: its kind and its name, case and spacing aside. */
    static String sourceKey(SourceKind kind, String name) {
        return kind.name() + ":" + VietText.identityKey(name);
    }

    /** The key of a comment's text: case, punctuation and spacing aside (the diacritics count). */
    static String contentKey(String content) {
        return VietText.identityKey(content).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Compiles the comments of a draft over its sections. */
    public static DraftCompilation of(List<DraftSection> sections, List<DraftComment> comments) {
        Map<Integer, DraftSection> byId = new HashMap<>();
        sections.forEach(s -> byId.put(s.id(), s));
        Map<Integer, List<DraftComment>> own = new HashMap<>();
        Map<Integer, List<DraftComment>> subtree = new LinkedHashMap<>();
        for (DraftComment comment : comments) {
            own.computeIfAbsent(comment.sectionId(), k -> new ArrayList<>()).add(comment);
            for (DraftSection s = byId.get(comment.sectionId()); s != null;
                    s = s.parentId() == null ? null : byId.get(s.parentId())) {
                subtree.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(comment);
            }
        }
        List<SectionTotals> result = new ArrayList<>();
        for (DraftSection section : sections) {
            List<DraftSection> ancestors = new ArrayList<>();
            for (DraftSection p = section.parentId() == null ? null : byId.get(section.parentId()); p != null;
                    p = p.parentId() == null ? null : byId.get(p.parentId())) {
                ancestors.add(0, p);
            }
            result.add(new SectionTotals(section, List.copyOf(ancestors),
                    totals(own.getOrDefault(section.id(), List.of())),
                    totals(subtree.getOrDefault(section.id(), List.of()))));
        }
        return new DraftCompilation(List.copyOf(result), totals(comments));
    }

    /** The comments counted once each: by source and text; the first entered gives the stance and the people. */
    static Totals totals(List<DraftComment> comments) {
        List<DraftComment> ordered = new ArrayList<>(comments);
        ordered.sort(java.util.Comparator.comparingInt(DraftComment::id));
        Map<String, Integer> index = new LinkedHashMap<>();
        List<Compiled> distinct = new ArrayList<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (DraftComment c : ordered) {
            String source = sourceKey(c.sourceKind(), c.sourceName());
            String key = source + "|" + contentKey(c.content());
            Integer at = index.get(key);
            if (at == null) {
                index.put(key, distinct.size());
                distinct.add(new Compiled(c.stance(), c.content(), c.people(), c.sourceKind(), c.sourceName(), source,
                        1));
                sources.putIfAbsent(source, c.sourceName());
            } else {
                Compiled first = distinct.get(at);
                distinct.set(at, new Compiled(first.stance(), first.content(), Math.max(first.people(), c.people()),
                        first.sourceKind(), first.sourceName(), first.sourceKey(), first.times() + 1));
            }
        }
        return new Totals(List.copyOf(distinct), List.copyOf(sources.values()));
    }

    /** The compiled section of this id. */
    public SectionTotals section(int sectionId) {
        return sections.stream().filter(s -> s.section().id() == sectionId).findFirst().orElseThrow();
    }
}
