package org.cutri.register;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cutri.common.task.ProgressSteps;
import org.cutri.common.task.TaskMonitor;
import org.cutri.common.text.VietText;
import org.cutri.constituency.Constituency;
import org.cutri.constituency.ConstituencyService;
import org.cutri.council.CouncilLevel;
import org.cutri.council.CouncilService;
import org.cutri.council.CouncilTerm;
import org.cutri.deputy.Deputy;
import org.cutri.deputy.DeputyDraft;
import org.cutri.deputy.DeputyService;
import org.cutri.hamlet.Hamlet;
import org.cutri.hamlet.HamletDraft;
import org.cutri.hamlet.HamletService;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports the commune register from the office's Excel workbook (nhập sổ đăng ký từ Excel). All or
 * nothing: if any row is wrong, nothing is stored and every bad row is listed; otherwise hamlets,
 * deputies and the constituencies they name are added to the current term in one transaction.
 */
public class RegisterImportService {

    private static final Logger LOG = LoggerFactory.getLogger(RegisterImportService.class);

    /** The term created when the register has none: the councils elected on 15 March 2026. */
    static final int DEFAULT_TERM_START = 2026;
    static final int DEFAULT_TERM_END = 2031;

    private final Jdbi jdbi;
    private final CouncilService councils;
    private final ConstituencyService constituencies;
    private final HamletService hamlets;
    private final DeputyService deputies;

    public RegisterImportService(Jdbi jdbi, CouncilService councils, ConstituencyService constituencies,
            HamletService hamlets, DeputyService deputies) {
        this.jdbi = jdbi;
        this.councils = councils;
        this.constituencies = constituencies;
        this.hamlets = hamlets;
        this.deputies = deputies;
    }

    /**
     * Reads, checks and imports the workbook.
     *
     * @return the problems (nothing imported) or the counts of what was added
     * @throws org.cutri.common.UserException when the file is missing, damaged or not an .xlsx workbook
     */
    public RegisterImportResult importFile(Path file) {
        return importFile(file, TaskMonitor.NONE);
    }

    /**
     * As {@link #importFile(Path)}, reporting progress and stopping (with
     * {@link java.util.concurrent.CancellationException}) once the monitor is cancelled: the rows are stored in
     * one transaction, checked before each, so a stopped import stores nothing.
     */
    public RegisterImportResult importFile(Path file, TaskMonitor monitor) {
        RegisterWorkbook.Content content = RegisterWorkbook.read(file);
        monitor.checkCancelled();
        Optional<CouncilTerm> term = councils.currentTerm();
        List<RegisterProblem> problems = new ArrayList<>(content.problems());
        problems.addAll(checkAgainstRegister(content, term));
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing((RegisterProblem p) -> RegisterWorkbook.isDeputySheet(p.sheet()))
                    .thenComparing(p -> p.row() == null ? 0 : p.row()));
            LOG.info("Register import of {} refused: {} problems", file, problems.size());
            return RegisterImportResult.refused(problems);
        }
        monitor.checkCancelled();
        RegisterImportResult result = org.cutri.audit.AuditLog.bulk(() -> store(content, term,
                new ProgressSteps(monitor, content.hamlets().size() + content.deputies().size())));
        jdbi.useHandle(handle -> org.cutri.audit.AuditLog.record(handle, org.cutri.audit.AuditAction.IMPORT, "file",
                file.getFileName(), "nhập sổ đăng ký: " + result.hamletsAdded() + " thôn, " + result.deputiesAdded()
                        + " đại biểu, " + result.constituenciesAdded() + " đơn vị bầu cử, từ " + file));
        LOG.info("Register imported from {}: {} hamlets, {} deputies, {} constituencies", file,
                result.hamletsAdded(), result.deputiesAdded(), result.constituenciesAdded());
        return result;
    }

    /** Hamlets named twice in the file or already in the register; deputies already in the term. */
    private List<RegisterProblem> checkAgainstRegister(RegisterWorkbook.Content content, Optional<CouncilTerm> term) {
        List<RegisterProblem> problems = new ArrayList<>();
        Set<String> registered = new HashSet<>();
        for (Hamlet hamlet : hamlets.list()) {
            registered.add(VietText.identityKey(hamlet.name()));
        }
        Map<String, Integer> firstRow = new HashMap<>();
        for (RegisterWorkbook.HamletLine line : content.hamlets()) {
            String key = VietText.identityKey(line.name());
            Integer first = firstRow.putIfAbsent(key, line.row());
            if (first != null) {
                problems.add(RegisterProblem.of(content.hamletSheet(), line.row(), "register.hamlet.duplicateInFile",
                        line.name(), first));
            } else if (registered.contains(key)) {
                problems.add(RegisterProblem.of(content.hamletSheet(), line.row(), "register.hamlet.alreadyRegistered",
                        line.name()));
            }
        }
        if (term.isPresent()) {
            Set<String> known = new HashSet<>();
            for (Deputy deputy : deputies.list(term.get().id())) {
                known.add(deputy.level() + "|" + VietText.identityKey(deputy.fullName()));
            }
            for (RegisterWorkbook.DeputyLine line : content.deputies()) {
                if (known.contains(line.level() + "|" + VietText.identityKey(line.fullName()))) {
                    problems.add(RegisterProblem.of(content.deputySheet(), line.row(),
                            "register.deputy.alreadyRegistered", line.fullName(), line.level(),
                            term.get().label()));
                }
            }
        }
        return problems;
    }

    private RegisterImportResult store(RegisterWorkbook.Content content, Optional<CouncilTerm> existingTerm,
            ProgressSteps steps) {
        Set<String> existingConstituencies = new HashSet<>();
        List<Integer> existingHamlets = hamlets.list().stream().map(Hamlet::id).toList();
        existingTerm.ifPresent(t -> constituencies.list(t.id())
                .forEach(c -> existingConstituencies.add(c.level() + "|" + c.number())));
        return jdbi.inTransaction(handle -> {
            CouncilTerm term = existingTerm.orElseGet(
                    () -> councils.ensureTerm(handle, DEFAULT_TERM_START, DEFAULT_TERM_END));
            Map<String, Constituency> used = new LinkedHashMap<>();
            List<Integer> allHamlets = new ArrayList<>(existingHamlets);
            Map<Integer, List<Integer>> hamletsByCommuneConstituency = new LinkedHashMap<>();
            for (RegisterWorkbook.HamletLine line : content.hamlets()) {
                steps.step();
                int id = hamlets.insert(handle, new HamletDraft(line.name(), line.kind(), null, null, null));
                allHamlets.add(id);
                if (line.constituency() != null) {
                    Constituency constituency = used.computeIfAbsent(CouncilLevel.COMMUNE + "|" + line.constituency(),
                            k -> constituencies.ensure(handle, term.id(), CouncilLevel.COMMUNE, line.constituency()));
                    hamletsByCommuneConstituency.computeIfAbsent(constituency.id(), k -> new ArrayList<>()).add(id);
                }
            }
            hamletsByCommuneConstituency.forEach((constituencyId, ids) -> constituencies.addHamlets(handle, constituencyId, ids));
            for (RegisterWorkbook.DeputyLine line : content.deputies()) {
                steps.step();
                Integer constituencyId = null;
                if (line.constituency() != null) {
                    constituencyId = used.computeIfAbsent(line.level() + "|" + line.constituency(),
                            k -> constituencies.ensure(handle, term.id(), line.level(), line.constituency())).id();
                }
                deputies.insert(handle, new DeputyDraft(line.fullName(), line.level(), term.id(), constituencyId,
                        line.position(), null));
            }
            steps.check();
            int created = 0;
            for (Map.Entry<String, Constituency> entry : used.entrySet()) {
                if (existingConstituencies.contains(entry.getKey())) {
                    continue;
                }
                created++;
                // A commune lies inside one province-council and one National Assembly constituency
                // (those are made of whole communes), so a province or National Assembly constituency
                // that the import creates covers every hamlet of the commune. Existing ones are left as
                // the office set them.
                if (entry.getValue().level() != CouncilLevel.COMMUNE) {
                    constituencies.addHamlets(handle, entry.getValue().id(), allHamlets);
                }
            }
            return new RegisterImportResult(List.of(), content.hamlets().size(), content.deputies().size(), created,
                    term.label(), existingTerm.isEmpty(), content.cellsCleaned());
        });
    }
}
