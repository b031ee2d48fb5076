package org.cutri.returns;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cutri.answer.AnswerResult;
import org.cutri.answer.FollowUpIssue;
import org.cutri.answer.FollowUpService;
import org.cutri.answer.ProvinceFollowUps;
import org.cutri.audit.AuditAction;
import org.cutri.audit.AuditLog;
import org.cutri.common.UserException;
import org.cutri.exchange.ReadReturn;
import org.cutri.exchange.ReturnData.ReturnedAnswer;
import org.cutri.exchange.ReturnPackageReader;
import org.cutri.office.OfficeKind;
import org.cutri.office.OfficeService;
import org.cutri.office.OfficeSettings;
import org.cutri.opinion.OpinionStatus;
import org.cutri.returns.ReturnImportSummary.Change;
import org.cutri.returns.ReturnImportSummary.Outcome;
import org.cutri.returns.ReturnImportSummary.Question;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At the commune: takes a return package from the province into the follow-up of its opinions (docs/decisions/0037).
 * The package must be for this commune, signed by the province key the commune trusts (the first one trusted only on
 * the user's word, after comparing its fingerprint), and follow on from the last one taken; the same package (or an
 * older one) changes nothing. Each answer found at the commune is written on its whole issue (a group's every
 * hamlet), through {@link ProvinceFollowUps} inside {@link FollowUpService#allOrNothing}: all the package or nothing.
 * Codes the commune does not know are listed; a package none of whose codes it knows is refused.
 */
public class ReturnImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ReturnImportService.class);

    private final Jdbi jdbi;
    private final ReturnPackageReader reader;
    private final OfficeService office;
    private final FollowUpService followUps;
    private final ProvinceFollowUps provinceFollowUps;
    private final ProvinceKeyService keys;
    private final Clock clock;
    private final AuditLog audit;

    public ReturnImportService(Jdbi jdbi, ReturnPackageReader reader, OfficeService office, FollowUpService followUps,
            ProvinceFollowUps provinceFollowUps, ProvinceKeyService keys, Clock clock, AuditLog audit) {
        this.jdbi = jdbi;
        this.reader = reader;
        this.office = office;
        this.followUps = followUps;
        this.provinceFollowUps = provinceFollowUps;
        this.keys = keys;
        this.clock = clock;
        this.audit = audit;
    }

    /** What importing the file would change; nothing is stored. */
    public ReturnImportSummary dryRun(Path file, ReturnApprovals approvals) {
        return run(file, approvals, false);
    }

    /** Imports the file: every change or none. */
    public ReturnImportSummary importFile(Path file, ReturnApprovals approvals) {
        return run(file, approvals, true);
    }

    /** The province key the commune trusts, if any. */
    public Optional<ProvinceKey> trustedKey() {
        return keys.current();
    }

    private ReturnImportSummary run(Path file, ReturnApprovals approvals, boolean write) {
        ReadReturn p;
        try {
            String own = ownCode();
            p = reader.read(file);
            if (!p.communeCode().equals(own)) {
                throw new UserException("returns.refused.otherCommune", p.manifest().commune().name(), p.communeCode(),
                        own);
            }
        } catch (UserException e) {
            LOG.warn("Return package {} refused: {}", file, e.getMessage());
            return ReturnImportSummary.refused(file, e.key(), e.args());
        }
        try {
            boolean firstKey = checkKey(p, approvals);
            Optional<Received> last = last();
            if (received(p)) {
                return summary(p, Outcome.UNCHANGED, Question.NONE, "returns.unchanged", List.of(),
                        new Plan(List.of(), 0, List.of(), List.of()), String.valueOf(p.sequence()));
            }
            if (last.isPresent() && p.sequence() <= last.get().sequence()) {
                return summary(p, Outcome.UNCHANGED, Question.NONE, "returns.older", List.of(),
                        new Plan(List.of(), 0, List.of(), List.of()), String.valueOf(p.sequence()),
                        String.valueOf(last.get().sequence()));
            }
            checkSequence(p, last, approvals);
            if (!write) {
                Plan plan = plan(p);
                return summary(p, Outcome.APPLIED, Question.NONE, null, List.of(), plan);
            }
            Plan done = followUps.allOrNothing(() -> {
                // Read again inside the transaction: what is written is what was planned on the data as they are now.
                Plan plan = plan(p);
                if (firstKey) {
                    keys.trust(p.signerKeyBase64(), p.provinceName());
                }
                for (Planned item : plan.planned()) {
                    provinceFollowUps.take(item.issue(), item.state());
                }
                record(p, plan.changes().size());
                return plan;
            });
            LOG.info("Return package {} taken: province {}, sequence {}, {} changes, {} unknown codes", file,
                    p.provinceName(), p.sequence(), done.changes().size(), done.unknown().size());
            audit.record(AuditAction.PACKAGE_IMPORT, "package", p.file().getFileName(), "gói trả lời của tỉnh "
                    + p.provinceName() + ", số " + p.sequence() + ": " + done.changes().size() + " ý kiến cập nhật, SHA-256 "
                    + p.sha256());
            return summary(p, Outcome.APPLIED, Question.NONE, null, List.of(), done);
        } catch (Asked e) {
            return summary(p, Outcome.REFUSED, e.question, e.getKey(), Arrays.asList(e.getArgs()),
                    new Plan(List.of(), 0, List.of(), List.of()));
        } catch (UserException e) {
            LOG.warn("Return package {} refused: {}", file, e.getMessage());
            return summary(p, Outcome.REFUSED, Question.NONE, e.key(), Arrays.asList(e.args()),
                    new Plan(List.of(), 0, List.of(), List.of()));
        }
    }

    private String ownCode() {
        OfficeSettings settings = office.get();
        if (settings.officeKind() == OfficeKind.PROVINCE) {
            throw new UserException("returns.refused.provinceOffice");
        }
        if (!OfficeService.validCode(settings.communeCode())) {
            throw new UserException("returns.refused.noCode");
        }
        return settings.communeCode();
    }

    /** A refusal the user may overrule (trust the key, accept a gap). */
    private static final class Asked extends RuntimeException {
        private final Question question;
        private final String key;
        private final Object[] args;

        Asked(Question question, String key, Object... args) {
            super(key, null, false, false);
            this.question = question;
            this.key = key;
            this.args = args.clone();
        }

        String getKey() {
            return key;
        }

        Object[] getArgs() {
            return args.clone();
        }
    }

    /** True for the province's first key, trusted on the user's word; refuses any other key than the trusted one. */
    private boolean checkKey(ReadReturn p, ReturnApprovals approvals) {
        Optional<ProvinceKey> trusted = keys.current();
        if (trusted.isPresent()) {
            if (!trusted.get().fingerprint().equals(p.fingerprint())) {
                throw new UserException("returns.refused.otherKey", p.provinceName(), trusted.get().fingerprint(),
                        p.fingerprint());
            }
            return false;
        }
        if (!approvals.trusts(p.fingerprint())) {
            throw new Asked(Question.TRUST_KEY, "returns.refused.untrusted", p.provinceName(), p.fingerprint());
        }
        return true;
    }

    /** The next package follows on from the last one taken (its sequence and the previous hash it names). */
    private static void checkSequence(ReadReturn p, Optional<Received> last, ReturnApprovals approvals) {
        if (last.isEmpty() || approvals.acceptGap()) {
            return;
        }
        Received before = last.get();
        if (p.sequence() == before.sequence() + 1) {
            if (before.manifestSha256() == null || before.manifestSha256().equals(p.previousSha256())) {
                return;
            }
            throw new Asked(Question.ACCEPT_GAP, "returns.refused.fork", String.valueOf(p.sequence()),
                    String.valueOf(before.sequence()));
        }
        String missing = p.sequence() - 2 == before.sequence() ? String.valueOf(p.sequence() - 1)
                : (before.sequence() + 1) + "–" + (p.sequence() - 1);
        throw new Asked(Question.ACCEPT_GAP, "returns.refused.gap", String.valueOf(p.sequence()),
                String.valueOf(before.sequence()), missing);
    }

    /** One issue to change: the issue as read, and the province's state for it. */
    private record Planned(FollowUpIssue issue, ProvinceFollowUps.State state) {
    }

    private record Plan(List<Planned> planned, int unchanged, List<String> kept, List<String> unknown) {
        List<Change> changes() {
            return planned.stream().map(p -> new Change(p.issue().code(), p.issue().content(),
                    p.issue().followUp().status(), p.state().status(),
                    p.state().answerAgency() != null ? p.state().answerAgency()
                            : p.state().redirectedTo() != null ? p.state().redirectedTo() : p.state().forwardAgency()))
                    .toList();
        }
    }

    /** What the package changes, issue by issue; refused when none of its codes is an approved opinion here. */
    private Plan plan(ReadReturn p) {
        Map<Integer, List<ReturnedAnswer>> byIssue = new LinkedHashMap<>();
        Map<Integer, FollowUpIssue> issues = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        Map<String, Integer> ids = opinionIds();
        for (ReturnedAnswer answer : p.answers()) {
            Integer id = ids.get(answer.opinionCode());
            Optional<FollowUpIssue> issue = id == null ? Optional.empty() : followUps.issueOf(id);
            if (issue.isEmpty()) {
                unknown.add(answer.opinionCode());
                continue;
            }
            issues.putIfAbsent(issue.get().leadId(), issue.get());
            byIssue.computeIfAbsent(issue.get().leadId(), k -> new ArrayList<>()).add(answer);
        }
        if (issues.isEmpty()) {
            throw new UserException("returns.refused.noneKnown", String.valueOf(p.answers().size()));
        }
        List<Planned> planned = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        int unchanged = 0;
        for (Map.Entry<Integer, List<ReturnedAnswer>> entry : byIssue.entrySet()) {
            FollowUpIssue issue = issues.get(entry.getKey());
            // Several members of one group answered at the province: the latest word serves the whole group.
            ReturnedAnswer chosen = entry.getValue().stream()
                    .max(Comparator.comparing(ReturnedAnswer::updatedAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .orElseThrow();
            ProvinceFollowUps.State state = state(chosen);
            if (state.sameAs(issue.followUp())) {
                unchanged++;
            } else if (state.behind(issue.followUp())) {
                kept.add(issue.code());
            } else {
                checkDates(issue, state);
                planned.add(new Planned(issue, state));
            }
        }
        return new Plan(planned, unchanged, kept, unknown);
    }

    /**
     * Refuses the package when a date it would write could not be true at the commune (the checks the commune's own
     * follow-up makes): a forwarding or an answer after today or before the voters raised the opinion, an answer
     * before its forwarding.
     */
    private void checkDates(FollowUpIssue issue, ProvinceFollowUps.State state) {
        LocalDate today = LocalDate.now(clock);
        LocalDate raised = issue.lastRaisedOn();
        LocalDate forwarded = state.forwardDate();
        LocalDate answered = state.answerDate();
        if (forwarded != null && forwarded.isAfter(today)) {
            throw new UserException("returns.refused.forwardFuture", issue.code(), forwarded, today);
        }
        if (answered != null && answered.isAfter(today)) {
            throw new UserException("returns.refused.answerFuture", issue.code(), answered, today);
        }
        if (forwarded != null && forwarded.isBefore(raised)) {
            throw new UserException("returns.refused.forwardBeforeRaised", issue.code(), forwarded, raised);
        }
        if (answered != null && answered.isBefore(raised)) {
            throw new UserException("returns.refused.answerBeforeRaised", issue.code(), answered, raised);
        }
        if (answered != null && forwarded != null && answered.isBefore(forwarded)) {
            throw new UserException("returns.refused.answerBeforeForward", issue.code(), answered, forwarded);
        }
    }

    private Map<String, Integer> opinionIds() {
        Map<String, Integer> ids = new java.util.HashMap<>();
        jdbi.useHandle(handle -> handle.createQuery("SELECT code, id FROM opinion WHERE approved = TRUE")
                .map((rs, ctx) -> ids.put(rs.getString(1), rs.getInt(2))).list());
        return ids;
    }

    private static ProvinceFollowUps.State state(ReturnedAnswer a) {
        var f = a.forwarding();
        var r = a.answer();
        return new ProvinceFollowUps.State(OpinionStatus.valueOf(a.status()), f == null ? null : f.agency(),
                f == null ? null : f.letterNo(), f == null ? null : f.date(), f == null ? null : f.dueDate(),
                r == null ? null : r.agency(), r == null ? null : r.letterNo(), r == null ? null : r.date(),
                r == null ? null : r.text(), r == null || r.resultKind() == null ? null : AnswerResult.valueOf(r.resultKind()),
                a.redirectedTo());
    }

    /** A return package taken before. */
    private record Received(int sequence, String manifestSha256) {
    }

    private Optional<Received> last() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT sequence_no, manifest_sha256 FROM received_return"
                + " ORDER BY sequence_no DESC, imported_at DESC").map((rs, ctx) -> new Received(rs.getInt(1),
                        rs.getString(2))).findFirst());
    }

    /** True when this very package (the same file or the same content) was taken before. */
    private boolean received(ReadReturn p) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM received_return WHERE sha256 = :sha"
                + " OR manifest_sha256 = :manifest").bind("sha", p.sha256()).bind("manifest", p.manifestSha256())
                .mapTo(Integer.class).one() > 0);
    }

    private void record(ReadReturn p, int answers) {
        String name = p.file().getFileName() == null ? "" : p.file().getFileName().toString();
        String province = p.provinceName();
        jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO received_return (sha256, sequence_no, province_name,"
                + " file_name, answers, imported_at, manifest_sha256, previous_sha256, signer_fingerprint) VALUES (:sha,"
                + " :seq, :province, :file, :answers, :at, :manifest, :previous, :signer)").bind("sha", p.sha256())
                .bind("seq", p.sequence()).bind("province", province == null || province.length() <= 200 ? province
                        : province.substring(0, 200))
                .bind("file", name.length() > 300 ? name.substring(0, 300) : name).bind("answers", answers)
                .bind("at", LocalDateTime.now(clock)).bind("manifest", p.manifestSha256())
                .bind("previous", p.previousSha256()).bind("signer", p.fingerprint()).execute());
    }

    private static ReturnImportSummary summary(ReadReturn p, Outcome outcome, Question question, String reasonKey,
            List<Object> args, Plan plan, Object... more) {
        List<Object> all = new ArrayList<>(args);
        all.addAll(Arrays.asList(more));
        return new ReturnImportSummary(p.file(), outcome, p.provinceName(), p.communeCode(), p.sequence(),
                p.fingerprint(), question, reasonKey, all, plan.changes(), plan.unchanged(), plan.kept(), plan.unknown());
    }
}
