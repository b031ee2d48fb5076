package org.cutri.draft;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.cutri.common.i18n.Messages;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.text.DateText;
import org.cutri.common.text.VietText;
import org.cutri.common.ui.ListEditorViewModel;
import org.cutri.hamlet.Hamlet;
import org.cutri.hamlet.HamletService;
import org.cutri.plan.OfficePlan;
import org.cutri.plan.PlanKind;
import org.cutri.plan.PlanService;

/**
 * The draft-comments screen (Góp ý dự thảo): the drafts with their due dates and counts, the chosen draft's sections
 * as a tree (filtered, diacritics aside) with their compiled counts, the chosen section's comments in a list with the
 * edit form; importing a draft with progress, its details, and the report or the table written in the background.
 */
public class DraftCommentsViewModel extends ListEditorViewModel<DraftComment> {

    /** What a written file is: the report as a draft print, the issued report, or the per-section table. */
    public enum Written { DRAFT, ISSUED, TABLE }

    private final DraftService drafts;
    private final HamletService hamlets;
    private final PlanService plans;
    private final Clock clock;

    private final ObservableList<DraftDocument> draftList = FXCollections.observableArrayList();
    private final ObjectProperty<DraftDocument> draft = new SimpleObjectProperty<>();
    private final ObservableList<DraftSection> sections = FXCollections.observableArrayList();
    private final ObjectProperty<DraftSection> section = new SimpleObjectProperty<>();
    private final ObjectProperty<DraftCompilation> compilation = new SimpleObjectProperty<>();
    private final StringProperty sectionFilter = new SimpleStringProperty("");
    private final ObservableList<Hamlet> hamletList = FXCollections.observableArrayList();
    private final ObservableList<OfficePlan> planList = FXCollections.observableArrayList();

    private final ObjectProperty<Stance> stance = new SimpleObjectProperty<>(Stance.AGREE);
    private final StringProperty people = new SimpleStringProperty("1");
    private final ObjectProperty<SourceKind> sourceKind = new SimpleObjectProperty<>(SourceKind.HAMLET);
    private final ObjectProperty<Hamlet> hamlet = new SimpleObjectProperty<>();
    private final StringProperty sourceName = new SimpleStringProperty("");
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty content = new SimpleStringProperty("");
    private final BooleanProperty working = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);

    private final StringBinding stanceError;
    private final StringBinding peopleError;
    private final StringBinding sourceError;
    private final StringBinding dateError;
    private final StringBinding contentError;
    private final BooleanBinding valid;

    private Integer wanted;

    public DraftCommentsViewModel(DraftService drafts, HamletService hamlets, PlanService plans, Messages messages,
            TaskExecutor executor, Clock clock) {
        super(messages, executor, DraftComment::id);
        this.drafts = drafts;
        this.hamlets = hamlets;
        this.plans = plans;
        this.clock = clock;
        stanceError = rule(() -> stance.get() == null ? messages.get("draft.comment.stance.required") : null, stance);
        peopleError = rule(() -> peopleCount().isEmpty() ? messages.get("draft.comment.people.wrong") : null, people);
        sourceError = rule(() -> sourceKind.get() == null ? messages.get("draft.comment.sourceKind.required")
                : hamlet.get() == null && VietText.clean(sourceName.get()).isEmpty()
                        ? messages.get("draft.comment.source.required") : null, sourceKind, hamlet, sourceName);
        dateError = rule(() -> DateText.error(date.get(), false, DateText.Near.day(LocalDate.now(clock)), messages),
                date);
        contentError = rule(() -> VietText.clean(content.get()).isEmpty()
                ? messages.get("draft.comment.content.required") : null, content);
        valid = Bindings.createBooleanBinding(() -> section.get() != null && stanceError.get() == null
                && peopleError.get() == null && sourceError.get() == null && dateError.get() == null
                && contentError.get() == null, section, stanceError, peopleError, sourceError, dateError, contentError);
        hamlet.addListener((obs, old, now) -> {
            if (now != null) {
                sourceKind.set(SourceKind.HAMLET);
                sourceName.set(now.name());
            }
        });
        draft.addListener((obs, old, now) -> {
            if (old == null || now == null || old.id() != now.id()) {
                loadDraft(now, null);
            }
        });
        section.addListener((obs, old, now) -> {
            if (old == null || now == null || old.id() != now.id()) {
                if (now == null) {
                    clearItems();
                } else {
                    clearForReload();
                    super.refresh();
                }
            }
        });
    }

    private Optional<Integer> peopleCount() {
        try {
            int n = Integer.parseInt(VietText.clean(people.get()).replace(".", ""));
            return n >= 1 && n <= DraftService.MOST_PEOPLE ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Reads the drafts (keeping the chosen one, else the one asked for, else the latest), the hamlets and plans. */
    @Override
    public void refresh() {
        working.set(true);
        executor.execute(BackgroundTask.of(() -> new Lists(drafts.drafts(), hamlets.list(),
                plans.list().stream().filter(p -> p.kind() == PlanKind.DRAFT_COMMENTS).toList())).onSuccess(lists -> {
                    working.set(false);
                    hamletList.setAll(lists.hamlets());
                    planList.setAll(lists.plans());
                    showDrafts(lists.drafts(), true);
                }).onFailure(this::failed));
    }

    private record Lists(List<DraftDocument> drafts, List<Hamlet> hamlets, List<OfficePlan> plans) {
    }

    private void showDrafts(List<DraftDocument> list, boolean reloadSame) {
        DraftDocument chosen = draft.get();
        Integer id = wanted != null ? wanted : chosen == null ? null : chosen.id();
        draftList.setAll(list);
        DraftDocument again = id == null ? null : list.stream().filter(d -> d.id() == id).findFirst().orElse(null);
        if (again == null && wanted == null) {
            again = list.isEmpty() ? null : list.get(0);
        }
        if (again != null) {
            wanted = null;
        }
        boolean same = again != null && chosen != null && again.id() == chosen.id();
        draft.set(again);
        if (again == null) {
            // No draft (none received yet): the comments list says it is empty, not that it is loading.
            clearItems();
        }
        if (same && reloadSame) {
            loadDraft(again, section.get() == null ? null : section.get().id());
        }
    }

    /** Chooses this draft (the calendar opened its deadline), now or once the list is read. */
    public void open(int draftId) {
        wanted = draftId;
        DraftDocument found = draftList.stream().filter(d -> d.id() == draftId).findFirst().orElse(null);
        if (found != null) {
            wanted = null;
            draft.set(found);
        } else {
            refresh();
        }
    }

    private record Loaded(List<DraftSection> sections, DraftCompilation compilation) {
    }

    private void loadDraft(DraftDocument chosen, Integer keepSection) {
        if (chosen == null) {
            sections.clear();
            compilation.set(null);
            section.set(null);
            return;
        }
        executor.execute(BackgroundTask.of(() -> new Loaded(drafts.sections(chosen.id()),
                drafts.compilation(chosen.id()))).onSuccess(loaded -> {
                    if (draft.get() == null || draft.get().id() != chosen.id()) {
                        return;
                    }
                    compilation.set(loaded.compilation());
                    sections.setAll(loaded.sections());
                    DraftSection next = keepSection == null ? null : loaded.sections().stream()
                            .filter(s -> s.id() == keepSection).findFirst().orElse(null);
                    if (next == null && section.get() != null) {
                        int current = section.get().id();
                        next = loaded.sections().stream().filter(s -> s.id() == current).findFirst().orElse(null);
                    }
                    if (next == null && !loaded.sections().isEmpty()) {
                        next = loaded.sections().get(0);
                    }
                    boolean same = next != null && section.get() != null && next.id() == section.get().id();
                    section.set(next);
                    if (same) {
                        super.refresh();
                    }
                }).onFailure(this::failed));
    }

    /** The sections the filter keeps (a section matching, or holding one that matches), in the draft's order. */
    public List<DraftSection> visibleSections() {
        String filter = sectionFilter.get();
        if (VietText.fold(filter).isEmpty()) {
            return List.copyOf(sections);
        }
        Map<Integer, DraftSection> byId = new HashMap<>();
        sections.forEach(s -> byId.put(s.id(), s));
        Set<Integer> kept = new LinkedHashSet<>();
        for (DraftSection s : sections) {
            if (VietText.matches(s.title(), filter)) {
                for (DraftSection up = s; up != null && kept.add(up.id());
                        up = up.parentId() == null ? null : byId.get(up.parentId())) {
                    // the section and the sections it sits in
                }
            }
        }
        List<DraftSection> result = new ArrayList<>();
        sections.stream().filter(s -> kept.contains(s.id())).forEach(result::add);
        return result;
    }

    /** The section's compiled totals (its subsections included), or null before the compilation is read. */
    public DraftCompilation.SectionTotals totalsOf(DraftSection s) {
        DraftCompilation c = compilation.get();
        if (c == null) {
            return null;
        }
        return c.sections().stream().filter(t -> t.section().id() == s.id()).findFirst().orElse(null);
    }

    @Override
    protected List<DraftComment> loadAll() {
        DraftSection chosen = section.get();
        return chosen == null ? List.of() : drafts.sectionComments(chosen.id());
    }

    @Override
    protected String searchText(DraftComment comment) {
        return comment.content() + " " + comment.sourceName();
    }

    @Override
    protected void loadForm(DraftComment c) {
        stance.set(c.stance());
        people.set(String.valueOf(c.people()));
        hamlet.set(c.hamletId() == null ? null
                : hamletList.stream().filter(h -> h.id() == c.hamletId()).findFirst().orElse(null));
        sourceKind.set(c.sourceKind());
        sourceName.set(c.sourceName());
        date.set(c.commentDate() == null ? "" : DateText.format(c.commentDate()));
        content.set(c.content());
    }

    @Override
    protected void clearForm() {
        stance.set(Stance.AGREE);
        people.set("1");
        hamlet.set(null);
        sourceKind.set(SourceKind.HAMLET);
        sourceName.set("");
        date.set("");
        content.set("");
    }

    @Override
    protected BooleanBinding formValid() {
        return valid;
    }

    @Override
    protected java.util.concurrent.Callable<DraftComment> storing(DraftComment editing) {
        CommentDraft d = commentDraft();
        return () -> editing == null ? drafts.createComment(d) : drafts.updateComment(editing.id(), d);
    }

    /** The form as a plain record, built before the work goes to the worker. */
    private CommentDraft commentDraft() {
        DraftSection chosen = section.get();
        return new CommentDraft(chosen == null ? 0 : chosen.id(), stance.get(), content.get(),
                peopleCount().orElse(null), sourceKind.get(), sourceName.get(),
                DateText.parse(date.get(), DateText.Near.day(LocalDate.now(clock))).orElse(null),
                hamlet.get() == null ? null : hamlet.get().id(), null);
    }

    @Override
    protected void remove(DraftComment comment) {
        drafts.deleteComment(comment.id());
    }

    @Override
    protected String describe(DraftComment comment) {
        String text = comment.content();
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    /** After a comment is added, changed or deleted the counts of the tree and of the drafts change. */
    @Override
    protected void afterChange() {
        DraftDocument chosen = draft.get();
        if (chosen == null) {
            return;
        }
        executor.execute(BackgroundTask.of(() -> new Counts(drafts.drafts(), drafts.compilation(chosen.id())))
                .onSuccess(counts -> {
                    if (draft.get() != null && draft.get().id() == chosen.id()) {
                        compilation.set(counts.compilation());
                    }
                    showDrafts(counts.drafts(), false);
                }).onFailure(this::failed));
    }

    private record Counts(List<DraftDocument> drafts, DraftCompilation compilation) {
    }

    /**
     * Imports a draft from its .docx in the background with progress; the dates are typed as dd/MM/yyyy (may be
     * empty). A wrong date or a file that cannot be read is one message and nothing is stored.
     */
    public void importDraft(Path file, String title, String issuer, String received, String due, OfficePlan plan) {
        if (working.get()) {
            return;
        }
        if (file == null) {
            setStatus(messages.get("draft.import.file.required"));
            return;
        }
        Optional<DraftInfo> info = info(title, issuer, received, due, plan);
        if (info.isEmpty()) {
            return;
        }
        working.set(true);
        progress.set(0);
        setStatus(messages.get("draft.status.importing"));
        BackgroundTask<DraftDocument> task = BackgroundTask.monitored(monitor -> drafts.importDocx(file, info.get(),
                monitor));
        progress.bind(task.progressProperty());
        executor.execute(task.onSuccess(made -> {
            progress.unbind();
            progress.set(-1);
            working.set(false);
            setStatus(messages.get("draft.status.imported", made.title(), made.sections()));
            wanted = made.id();
            refreshDrafts();
        }).onFailure(e -> {
            progress.unbind();
            progress.set(-1);
            failed(e);
        }));
    }

    private Optional<DraftInfo> info(String title, String issuer, String received, String due, OfficePlan plan) {
        Optional<LocalDate> receivedDate = DateText.parse(received);
        Optional<LocalDate> dueDate = DateText.parse(due);
        if ((!VietText.clean(received).isEmpty() && receivedDate.isEmpty())
                || (!VietText.clean(due).isEmpty() && dueDate.isEmpty())) {
            setStatus(messages.get("draft.cli.badDate", VietText.clean(receivedDate.isEmpty() ? received : due)));
            return Optional.empty();
        }
        if (VietText.clean(title).isEmpty()) {
            setStatus(messages.get("draft.title.required"));
            return Optional.empty();
        }
        return Optional.of(new DraftInfo(title, issuer, receivedDate.orElse(null), dueDate.orElse(null),
                plan == null ? null : plan.id()));
    }

    private void refreshDrafts() {
        executor.execute(BackgroundTask.of(drafts::drafts).onSuccess(list -> showDrafts(list, true))
                .onFailure(this::failed));
    }

    /** Changes the chosen draft's title, sender, dates and plan. */
    public void updateDraft(String title, String issuer, String received, String due, OfficePlan plan) {
        DraftDocument chosen = draft.get();
        if (chosen == null || working.get()) {
            return;
        }
        Optional<DraftInfo> info = info(title, issuer, received, due, plan);
        if (info.isEmpty()) {
            return;
        }
        working.set(true);
        executor.execute(BackgroundTask.of(() -> drafts.update(chosen.id(), info.get())).onSuccess(updated -> {
            working.set(false);
            setStatus(messages.get("common.saved", updated.title()));
            refreshDrafts();
        }).onFailure(this::failed));
    }

    /** Deletes the chosen draft after the user confirms; one with comments is refused with its reason. */
    public void deleteDraft(Predicate<DraftDocument> confirm) {
        DraftDocument chosen = draft.get();
        if (chosen == null || working.get()) {
            return;
        }
        if (chosen.comments() > 0) {
            setStatus(messages.get("draft.delete.comments", chosen.title(), chosen.comments()));
            return;
        }
        if (!confirm.test(chosen)) {
            return;
        }
        working.set(true);
        executor.execute(BackgroundTask.run(() -> drafts.delete(chosen.id())).onSuccess(done -> {
            working.set(false);
            setStatus(messages.get("draft.status.deleted", chosen.title()));
            draft.set(null);
            refreshDrafts();
        }).onFailure(this::failed));
    }

    /** Writes the report (a draft print or issued) or the table, in the background; the status says where. */
    public void saveReport(Path target, Written kind) {
        DraftDocument chosen = draft.get();
        if (chosen == null || working.get()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        working.set(true);
        setStatus(messages.get("draft.status.saving"));
        executor.execute(BackgroundTask.monitored(monitor -> {
            drafts.save(chosen.id(), target, kind != Written.ISSUED, today, monitor);
            return drafts.draft(chosen.id());
        }).onSuccess(after -> {
            working.set(false);
            setStatus(switch (kind) {
                case DRAFT -> messages.get("draft.status.savedDraft", target.getFileName());
                case ISSUED -> messages.get("draft.status.savedIssued", after.reportNumber(), target.getFileName());
                case TABLE -> messages.get("draft.status.savedTable", target.getFileName());
            });
            refreshDrafts();
        }).onFailure(this::failed));
    }

    /** A suggested file name: "gop-y-du-thao-bao-cao-chinh-tri.docx". */
    public String suggestedFileName(String extension) {
        DraftDocument chosen = draft.get();
        String base = chosen == null ? "gop-y-du-thao" : ("gop-y-" + VietText.fold(chosen.title()))
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (base.length() > 60) {
            base = base.substring(0, 60).replaceAll("-$", "");
        }
        return base + "." + extension;
    }

    private void failed(Exception e) {
        working.set(false);
        fail(e);
    }

    public ObservableList<DraftDocument> drafts() {
        return draftList;
    }

    public ObjectProperty<DraftDocument> draftProperty() {
        return draft;
    }

    public ObservableList<DraftSection> sections() {
        return sections;
    }

    public ObjectProperty<DraftSection> sectionProperty() {
        return section;
    }

    public ObjectProperty<DraftCompilation> compilationProperty() {
        return compilation;
    }

    public StringProperty sectionFilterProperty() {
        return sectionFilter;
    }

    public ObservableList<Hamlet> hamlets() {
        return hamletList;
    }

    public ObservableList<OfficePlan> plans() {
        return planList;
    }

    public ObjectProperty<Stance> stanceProperty() {
        return stance;
    }

    public StringProperty peopleProperty() {
        return people;
    }

    public ObjectProperty<SourceKind> sourceKindProperty() {
        return sourceKind;
    }

    public ObjectProperty<Hamlet> hamletProperty() {
        return hamlet;
    }

    public StringProperty sourceNameProperty() {
        return sourceName;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty contentProperty() {
        return content;
    }

    public BooleanProperty workingProperty() {
        return working;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringBinding peopleErrorProperty() {
        return peopleError;
    }

    public StringBinding sourceErrorProperty() {
        return sourceError;
    }

    public StringBinding dateErrorProperty() {
        return dateError;
    }

    public StringBinding contentErrorProperty() {
        return contentError;
    }

    public StringBinding stanceErrorProperty() {
        return stanceError;
    }
}
