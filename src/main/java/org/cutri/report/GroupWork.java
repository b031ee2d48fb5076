package org.cutri.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cutri.common.task.TaskMonitor;
import org.cutri.common.text.NoDiacritics;
import org.cutri.document.OfficialDocument;

/**
 * The same-issue group work of the report screen, at a commune (stored groups of its round) or at the
 * province (groups across the communes' imported opinions). Every method may be slow: call it off the FX thread.
 */
public interface GroupWork {

    /** An opinion as the screen lists it; {@code key} identifies it for the group operations. */
    /**
     * An opinion as the screen lists it.
     *
     * @param voted false when the meeting's vote on it was not recorded: the screen marks it (the report claims no
     *     majority for it)
     */
    record Member(String key, String code, String place, String content, boolean voted) {

        /** An opinion whose approval was decided elsewhere (a commune's package read at the province). */
        public Member(String key, String code, String place, String content) {
            this(key, code, place, content, true);
        }

        /** True when the opinion was typed without diacritics: the screen marks it, printing asks about it. */
        public boolean withoutDiacritics() {
            return NoDiacritics.suspected(content);
        }

        @Override
        public String toString() {
            return code + " · " + place + " · " + content;
        }
    }

    /**
     * A group as the screen lists it.
     *
     * @param id the stored group's key; null for a suggestion not accepted yet
     * @param shared why a suggestion was made: the words and names its opinions share (empty when not known)
     * @param remembered the secretary accepted members of this suggestion in one group before
     */
    record Group(String id, String wording, boolean accepted, List<Member> members, List<String> shared,
            boolean remembered) {
        public Group {
            members = List.copyOf(members);
            shared = List.copyOf(shared);
        }

        public Group(String id, String wording, boolean accepted, List<Member> members, List<String> shared) {
            this(id, wording, accepted, members, shared, false);
        }

        public Group(String id, String wording, boolean accepted, List<Member> members) {
            this(id, wording, accepted, members, List.of(), false);
        }
    }

    /** What the screen shows: groups (accepted first) and opinions standing alone. */
    record State(List<Group> groups, List<Member> alone, CompiledReport report) {
        public State {
            groups = List.copyOf(groups);
            alone = List.copyOf(alone);
        }

        /** The opinions (in groups or alone) typed without diacritics, each once, in the order listed. */
        public List<Member> withoutDiacritics() {
            Map<String, Member> found = new LinkedHashMap<>();
            groups.forEach(g -> g.members().forEach(m -> {
                if (m != null && m.withoutDiacritics()) {
                    found.putIfAbsent(m.key(), m);
                }
            }));
            alone.stream().filter(m -> m != null && m.withoutDiacritics()).forEach(m -> found.putIfAbsent(m.key(), m));
            return List.copyOf(found.values());
        }
    }

    /** The accepted groups, the opinions standing alone and the report as it stands. */
    State load();

    /** Suggested groups among the approved opinions not in an accepted group. */
    List<Group> suggest();

    /**
     * As {@link #suggest()}, reporting progress and stopping (with
     * {@link java.util.concurrent.CancellationException}) once the monitor is cancelled. Work that cannot stop
     * half-way checks only before it starts.
     */
    /**
     * Keeps opinions apart in later suggestions (decision 0031): each of {@code taken} from each of {@code rest},
     * or every pair of {@code taken} when {@code rest} is empty. Where nothing is remembered, does nothing.
     */
    default void keepApart(List<String> taken, List<String> rest) {
    }

    default List<Group> suggest(TaskMonitor monitor) {
        monitor.checkCancelled();
        return suggest();
    }

    void accept(List<String> memberKeys, String wording);

    void split(Group group, List<String> memberKeys, String wording);

    /**
     * Adds opinions standing alone to a stored group (its {@code id} is set), the ones its suggestion missed (decision
     * 0056); the group keeps its wording. A suggestion is accepted with them instead ({@link #accept}).
     */
    void addMembers(Group group, List<String> memberKeys);

    void removeMember(Group group, String memberKey);

    void editWording(Group group, String wording);

    void delete(Group group);

    CompiledReport compile(boolean withNames);

    OfficialDocument document(boolean withNames, LocalDate today);

    /**
     * The report and its document from one reading, for the preview and for saving, dated as the secretary chose
     * (a draft, or the hand-in day); null keeps the usual date. Stops (with
     * {@link java.util.concurrent.CancellationException}) once the monitor is cancelled. Work that cannot stop
     * half-way checks between its steps.
     */
    PreparedReport prepare(boolean withNames, LocalDate today, ReportDate dated, TaskMonitor monitor);

    /** As {@link #prepare(boolean, LocalDate, ReportDate, TaskMonitor)} with the usual date. */
    default PreparedReport prepare(boolean withNames, LocalDate today, TaskMonitor monitor) {
        return prepare(withNames, today, null, monitor);
    }

    /** The commune's round this work is about; empty at the province (a set of the communes' rounds). */
    default java.util.OptionalInt roundId() {
        return java.util.OptionalInt.empty();
    }

    /** Where the round stands, to ask for the date before an early report; empty where not known. */
    default java.util.Optional<ReportTiming> timing() {
        return java.util.Optional.empty();
    }
}
