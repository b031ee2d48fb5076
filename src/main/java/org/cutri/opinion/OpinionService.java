package org.cutri.opinion;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cutri.common.UserException;
import org.cutri.common.task.TaskMonitor;
import org.cutri.common.text.VietText;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The voters' opinions. Each is stored the moment it is typed (a new row is inserted at once and every
 * edit updates it), so a crash loses at most the field being typed.
 */
public class OpinionService {

    /** Longest opinion text, as the column allows. */
    public static final int MAX_CONTENT = 4000;
    private static final int BATCH = 1000;

    private final Jdbi jdbi;
    private final Clock clock;
    private final List<java.util.function.IntConsumer> changeListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public OpinionService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * Calls the listener with an opinion's id after it was added, edited or deleted through this service
     * (on the thread that stored it), so the all-opinions list can update its search index.
     */
    public void addChangeListener(java.util.function.IntConsumer listener) {
        changeListeners.add(listener);
    }

    /**
     * Tells the listeners that an opinion was changed by other code than this service (a person's name corrected or
     * erased in its text), so the search index forgets the old text.
     */
    public void changedElsewhere(int id) {
        changed(id);
    }

    private void changed(int id) {
        for (java.util.function.IntConsumer listener : changeListeners) {
            listener.accept(id);
        }
    }

    /** The opinions with these ids as the all-opinions list shows them. */
    public List<OpinionListItem> listItems(java.util.Collection<Integer> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbi.withExtension(OpinionDao.class, dao -> dao.listItemsByIds(List.copyOf(ids)));
    }

    /** How many opinions are stored, in all rounds. */
    public int count() {
        return jdbi.withExtension(OpinionDao.class, OpinionDao::count);
    }

    public List<Opinion> listByMeeting(int meetingId) {
        return jdbi.withExtension(OpinionDao.class, dao -> dao.listByMeeting(meetingId));
    }

    public Optional<Opinion> find(int id) {
        return jdbi.withExtension(OpinionDao.class, dao -> dao.find(id));
    }

    /** Every opinion of every round, newest meeting first, for the all-opinions list and search. */
    public List<OpinionListItem> listItems() {
        return loadAll().items();
    }

    /**
     * Every opinion of every round, newest meeting first, with each one's stored folded content: what the
     * all-opinions list needs to show its rows and build its search index (100,000 opinions in well under a
     * second).
     */
    public LoadedOpinions loadAll() {
        return jdbi.withExtension(OpinionDao.class, OpinionDao::loadAllItems);
    }

    /**
     * The opinions of the newest meetings (whole meetings, at least {@code atLeast} opinions when there are
     * that many): the top of {@link #loadAll()}'s list, read at once so the list's first screen shows before
     * everything is read.
     */
    public LoadedOpinions loadNewest(int atLeast) {
        return jdbi.withExtension(OpinionDao.class, dao -> dao.loadNewestItems(atLeast));
    }

    public List<OpinionListItem> listItems(int roundId) {
        return jdbi.withExtension(OpinionDao.class, dao -> dao.listItemsOfRound(roundId));
    }

    /** Adds an opinion at the end of a meeting's list, with a code given by the program. */
    public Opinion add(int meetingId, OpinionDraft draft) {
        Opinion added = jdbi.inTransaction(handle -> handle.attach(OpinionDao.class)
                .find(insert(handle, meetingId, null, draft)).orElseThrow());
        changed(added.id());
        return added;
    }

    /**
     * Adds an opinion inside the caller's transaction. {@code code} is kept when given (an import) and
     * must be unused; otherwise the program gives the next code of the round ("YK2-041").
     */
    public int insert(Handle handle, int meetingId, String code, OpinionDraft draft) {
        OpinionDao dao = handle.attach(OpinionDao.class);
        OpinionDraft clean = clean(draft);
        int roundId = dao.roundOfMeeting(meetingId).orElseThrow(() -> new UserException("meeting.notFound", meetingId));
        // The round's row stays locked until this transaction ends: two people adding opinions to one round at once
        // (a province's server) take its next code and its meeting's next place one after the other.
        dao.lockRound(roundId);
        String given = VietText.cleanOrNull(code);
        if (given != null) {
            if (dao.countCode(given) > 0) {
                throw new UserException("opinion.code.duplicate", given);
            }
        } else {
            int next = dao.countInRound(roundId) + 1;
            given = String.format("YK%d-%03d", roundId, next);
            while (dao.countCode(given) > 0) {
                next++;
                given = String.format("YK%d-%03d", roundId, next);
            }
        }
        return dao.insert(given, meetingId, dao.lastSeq(meetingId) + 1, clean, VietText.fold(clean.content()),
                approved(clean), OpinionStatus.NEW, LocalDateTime.now(clock));
    }

    /** One opinion of {@link #insertAll}: {@code code} null lets the program give the next code of the round. */
    public record NewOpinion(int meetingId, String code, OpinionDraft draft) {
    }

    /**
     * Adds many opinions inside the caller's transaction, in order, as {@link #insert} would one by one, but with
     * a fixed number of queries per meeting and round and the rows sent in JDBC batches: the time grows with the
     * number of opinions, not with its square (an import of 50,000 rows). Reports progress to {@code monitor}.
     */
    public void insertAll(Handle handle, List<NewOpinion> added, TaskMonitor monitor) {
        OpinionDao dao = handle.attach(OpinionDao.class);
        Set<String> used = new HashSet<>(dao.allCodes());
        // The codes the rows bring are taken first: a code the program gives never collides with a later row's.
        for (NewOpinion opinion : added) {
            String code = VietText.cleanOrNull(opinion.code());
            if (code != null && !used.add(code)) {
                throw new UserException("opinion.code.duplicate", code);
            }
        }
        Map<Integer, Integer> roundOfMeeting = new HashMap<>();
        Map<Integer, Integer> lastSeq = new HashMap<>();
        Map<Integer, Integer> countInRound = new HashMap<>();
        LocalDateTime now = LocalDateTime.now(clock);
        PreparedBatch batch = handle.prepareBatch(OpinionDao.INSERT);
        int done = 0;
        for (NewOpinion opinion : added) {
            int meetingId = opinion.meetingId();
            OpinionDraft clean = clean(opinion.draft());
            int roundId = roundOfMeeting.computeIfAbsent(meetingId, m -> dao.roundOfMeeting(m)
                    .orElseThrow(() -> new UserException("meeting.notFound", m)));
            String code = VietText.cleanOrNull(opinion.code());
            // As insert(): the next free number after the opinions the round holds so far.
            int inRound = countInRound.computeIfAbsent(roundId, r -> {
                dao.lockRound(r);
                return dao.countInRound(r);
            });
            countInRound.put(roundId, inRound + 1);
            if (code == null) {
                int next = inRound + 1;
                code = String.format("YK%d-%03d", roundId, next);
                while (!used.add(code)) {
                    next++;
                    code = String.format("YK%d-%03d", roundId, next);
                }
            }
            int seq = lastSeq.computeIfAbsent(meetingId, dao::lastSeq) + 1;
            lastSeq.put(meetingId, seq);
            batch.bind("code", code).bind("meetingId", meetingId).bind("seq", seq).bindMethods("d", clean)
                    .bind("folded", VietText.fold(clean.content())).bind("approved", approved(clean))
                    .bind("status", OpinionStatus.NEW).bind("now", now).add();
            done++;
            if (done % BATCH == 0) {
                batch.execute();
                batch = handle.prepareBatch(OpinionDao.INSERT);
                monitor.checkCancelled();
                monitor.progress(done, added.size());
            }
        }
        if (batch.size() > 0) {
            batch.execute();
        }
        monitor.progress(done, added.size());
        // A stop asked while the last rows went in still undoes the whole transaction.
        monitor.checkCancelled();
    }

    /** Every code opinions carry: an import checks its codes against them in one query. */
    public Set<String> codesUsed() {
        return new HashSet<>(jdbi.withExtension(OpinionDao.class, OpinionDao::allCodes));
    }

    /** True when an opinion already carries this code (an import checks its codes before writing). */
    public boolean codeUsed(String code) {
        String clean = VietText.cleanOrNull(code);
        return clean != null && jdbi.withExtension(OpinionDao.class, dao -> dao.countCode(clean)) > 0;
    }

    /**
     * Stores an edit of one opinion at once, over the version its editor loaded. When someone else stored an edit
     * meanwhile (another PC on a shared server), nothing is stored and {@link ChangedElsewhere} carries the newer
     * version to show.
     */
    public Opinion update(int id, int version, OpinionDraft draft) {
        OpinionDraft clean = clean(draft);
        Opinion stored = jdbi.inTransaction(handle -> {
            OpinionDao dao = handle.attach(OpinionDao.class);
            if (dao.update(id, version, clean, VietText.fold(clean.content()), approved(clean),
                    LocalDateTime.now(clock)) == 0) {
                Opinion newer = dao.find(id).orElseThrow(() -> new UserException("common.gone"));
                throw new ChangedElsewhere(newer);
            }
            return dao.find(id).orElseThrow();
        });
        changed(id);
        return stored;
    }

    /** An opinion edit refused because someone else stored an edit of it first: {@link #newer()} is theirs. */
    public static final class ChangedElsewhere extends UserException {
        private static final long serialVersionUID = 1L;
        private final transient Opinion newer;

        ChangedElsewhere(Opinion newer) {
            super("opinion.changedElsewhere", newer.code());
            this.newer = newer;
        }

        public Opinion newer() {
            return newer;
        }
    }

    public void delete(int id) {
        jdbi.useTransaction(handle -> {
            if (handle.attach(OpinionDao.class).delete(id) == 0) {
                throw new UserException("common.gone");
            }
        });
        changed(id);
    }

    /** The office's fields in their order. */
    public List<OpinionField> fields() {
        return jdbi.withExtension(OpinionDao.class, OpinionDao::fields);
    }

    /** Adds a field to the office's list (or returns the one with that name). */
    public OpinionField addField(String name) {
        String clean = VietText.clean(name);
        if (clean.isEmpty()) {
            throw new UserException("opinion.field.required");
        }
        return jdbi.inTransaction(handle -> {
            OpinionDao dao = handle.attach(OpinionDao.class);
            String key = VietText.identityKey(clean);
            int id = dao.findFieldByKey(key).orElseGet(() -> dao.insertField(clean, key, dao.lastFieldOrder() + 1));
            return dao.fields().stream().filter(f -> f.id() == id).findFirst().orElseThrow();
        });
    }

    /**
     * Approved unless the meeting voted and the votes for it are not a majority of the voters present.
     */
    public static boolean approved(OpinionDraft draft) {
        if (draft.votesFor() == null || draft.votersPresent() == null || draft.votersPresent() == 0) {
            return true;
        }
        return draft.votesFor() * 2 > draft.votersPresent();
    }

    static OpinionDraft clean(OpinionDraft d) {
        String content = d.content() == null ? "" : VietText.nfc(d.content()).strip();
        if (content.length() > MAX_CONTENT) {
            throw new UserException("common.tooLong", MAX_CONTENT);
        }
        if (d.votesFor() != null && d.votersPresent() != null && d.votesFor() > d.votersPresent()) {
            throw new UserException("opinion.votes.moreThanPresent", d.votesFor(), d.votersPresent());
        }
        String speaker = d.speakerConsent() ? VietText.cleanOrNull(d.speakerName()) : null;
        return new OpinionDraft(d.hamletId(), content, d.kind() == null ? OpinionKind.OPINION : d.kind(), d.fieldId(),
                d.authority(), d.authority() == Authority.OTHER ? VietText.cleanOrNull(d.authorityBody()) : null,
                speaker, speaker != null, d.votesFor(), d.votersPresent(), d.answeredAtMeeting(),
                d.answeredAtMeeting() ? VietText.cleanOrNull(d.answeredBy()) : null,
                d.answeredAtMeeting() ? (d.answerText() == null ? null : VietText.nfc(d.answerText()).strip()) : null);
    }
}
