package org.cutri.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.cutri.common.UserException;
import org.cutri.common.i18n.Messages;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.text.DateText;
import org.cutri.common.text.VietText;

/**
 * The plans screen (Kế hoạch): the list of plans filtered as you type (case and diacritics ignored), a new plan from
 * the template of a kind, the chosen plan's text and head, its duties (a table with a form), the plans received from
 * the level above, issuing (the number from the register) and printing.
 */
public class PlansViewModel {

    private final PlanService plans;
    private final PlanDocument documents;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Clock clock;

    private final ObservableList<OfficePlan> items = FXCollections.observableArrayList();
    private final FilteredList<OfficePlan> filtered = new FilteredList<>(items);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<OfficePlan> selected = new SimpleObjectProperty<>();
    private final ObservableList<IncomingDocument> incoming = FXCollections.observableArrayList();

    private final ObjectProperty<PlanKind> newKind = new SimpleObjectProperty<>(PlanKind.VOTER_CONTACT);
    private final ObjectProperty<IncomingDocument> newIncoming = new SimpleObjectProperty<>();
    private final StringProperty newDate = new SimpleStringProperty("");

    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ObjectProperty<IncomingDocument> planIncoming = new SimpleObjectProperty<>();
    private final StringProperty planDate = new SimpleStringProperty("");
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty bases = new SimpleStringProperty("");
    private final StringProperty purpose = new SimpleStringProperty("");
    private final StringProperty content = new SimpleStringProperty("");
    private final StringProperty organisation = new SimpleStringProperty("");
    private final StringProperty recipients = new SimpleStringProperty("");
    private final StringProperty signerTitle = new SimpleStringProperty("");
    private final StringProperty signerName = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper issued = new ReadOnlyBooleanWrapper();

    private final ObservableList<PlanDuty> duties = FXCollections.observableArrayList();
    private final ObjectProperty<PlanDuty> selectedDuty = new SimpleObjectProperty<>();
    private final StringProperty dutyWhat = new SimpleStringProperty("");
    private final StringProperty dutyLead = new SimpleStringProperty("");
    private final StringProperty dutyJoins = new SimpleStringProperty("");
    private final StringProperty dutyFrom = new SimpleStringProperty("");
    private final StringProperty dutyUntil = new SimpleStringProperty("");
    private final StringProperty dutyReport = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper dutyError = new ReadOnlyStringWrapper("");

    private final ObjectProperty<IncomingDocument> selectedIncoming = new SimpleObjectProperty<>();
    private final StringProperty incomingNumber = new SimpleStringProperty("");
    private final StringProperty incomingDate = new SimpleStringProperty("");
    private final StringProperty incomingIssuer = new SimpleStringProperty("");
    private final StringProperty incomingSubject = new SimpleStringProperty("");
    private final StringProperty incomingDeadlines = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper incomingError = new ReadOnlyStringWrapper("");

    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(true);
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public PlansViewModel(PlanService plans, PlanDocument documents, Messages messages, TaskExecutor executor,
            Clock clock) {
        this.plans = plans;
        this.documents = documents;
        this.messages = messages;
        this.executor = executor;
        this.clock = clock;
        newDate.set(DateText.format(LocalDate.now(clock)));
        heading.set(messages.get("plan.editor.none"));
        filterText.addListener((obs, old, now) -> filtered.setPredicate(plan -> VietText.matches(searchText(plan), now)));
        selected.addListener((obs, old, now) -> {
            if (quiet) {
                return;
            }
            error.set("");
            fillPlan(now);
            loadDuties(now);
        });
        selectedDuty.addListener((obs, old, now) -> fillDuty(now));
        selectedIncoming.addListener((obs, old, now) -> fillIncoming(now));
    }

    private String searchText(OfficePlan plan) {
        return (plan.numberText() == null ? "" : plan.numberText()) + " " + plan.subject() + " "
                + messages.label(plan.kind());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private record Loaded(List<OfficePlan> plans, List<IncomingDocument> incoming) {
    }

    /** Reads the plans and the incoming plans again, keeping the chosen plan. */
    public void refresh() {
        executor.execute(BackgroundTask.of(() -> new Loaded(plans.list(), plans.incoming())).onSuccess(loaded -> {
            OfficePlan previous = selected.get();
            IncomingDocument previousIncoming = selectedIncoming.get();
            incoming.setAll(loaded.incoming());
            items.setAll(loaded.plans());
            loading.set(false);
            if (previous != null) {
                selected.set(byId(loaded.plans(), previous.id()).orElse(null));
            }
            if (previousIncoming != null) {
                selectedIncoming.set(loaded.incoming().stream().filter(i -> i.id() == previousIncoming.id())
                        .findFirst().orElse(null));
            }
        }).onFailure(this::fail));
    }

    private static Optional<OfficePlan> byId(List<OfficePlan> list, int id) {
        return list.stream().filter(p -> p.id() == id).findFirst();
    }

    private void fillPlan(OfficePlan plan) {
        heading.set(plan == null ? messages.get("plan.editor.none")
                : messages.get(plan.issued() ? "plan.editor.issued" : "plan.editor.draft", messages.label(plan.kind()),
                        plan.numberText()));
        issued.set(plan != null && plan.issued());
        planIncoming.set(plan == null || plan.incomingId() == null ? null
                : incoming.stream().filter(i -> i.id() == plan.incomingId()).findFirst().orElse(null));
        planDate.set(plan == null ? "" : DateText.format(plan.planDate()));
        subject.set(plan == null ? "" : plan.subject());
        bases.set(orEmpty(plan == null ? null : plan.bases()));
        purpose.set(orEmpty(plan == null ? null : plan.purpose()));
        content.set(orEmpty(plan == null ? null : plan.content()));
        organisation.set(orEmpty(plan == null ? null : plan.organisation()));
        recipients.set(orEmpty(plan == null ? null : plan.recipients()));
        signerTitle.set(orEmpty(plan == null ? null : plan.signerTitle()));
        signerName.set(orEmpty(plan == null ? null : plan.signerName()));
    }

    private void loadDuties(OfficePlan plan) {
        selectedDuty.set(null);
        duties.clear();
        if (plan == null) {
            return;
        }
        executor.execute(BackgroundTask.of(() -> plans.duties(plan.id())).onSuccess(list -> {
            if (selected.get() != null && selected.get().id() == plan.id()) {
                PlanDuty previous = selectedDuty.get();
                duties.setAll(list);
                if (previous != null) {
                    selectedDuty.set(list.stream().filter(d -> d.id() == previous.id()).findFirst().orElse(null));
                }
            }
        }).onFailure(this::fail));
    }

    /** Makes a new draft plan from the template of the chosen kind and shows it. */
    public void create() {
        PlanKind kind = newKind.get();
        Optional<LocalDate> date = DateText.parse(newDate.get(), DateText.Near.day(today()));
        if (kind == null) {
            error.set(messages.get("plan.kindRequired"));
            return;
        }
        if (date.isEmpty()) {
            error.set(messages.get("plan.dateRequired"));
            return;
        }
        Integer incomingId = newIncoming.get() == null ? null : newIncoming.get().id();
        busy.set(true);
        executor.execute(BackgroundTask.of(() -> plans.create(kind, incomingId, date.get())).onSuccess(plan -> {
            busy.set(false);
            filterText.set("");
            items.add(0, plan);
            selected.set(plan);
            status.set(messages.get("plan.created", messages.label(kind)));
        }).onFailure(this::fail));
    }

    /** Stores the chosen draft's text, incoming plan and date. */
    public void save() {
        saveThen(plan -> status.set(messages.get("common.saved", plan.subject())));
    }

    private void saveThen(Consumer<OfficePlan> then) {
        OfficePlan plan = selected.get();
        if (plan == null) {
            return;
        }
        if (plan.issued()) {
            then.accept(plan);
            return;
        }
        Optional<LocalDate> date = DateText.parse(planDate.get(), DateText.Near.day(today()));
        if (date.isEmpty()) {
            error.set(messages.get("plan.dateRequired"));
            return;
        }
        Integer incomingId = planIncoming.get() == null ? null : planIncoming.get().id();
        PlanSections sections = new PlanSections(subject.get(), bases.get(), purpose.get(), content.get(),
                organisation.get(), recipients.get(), signerTitle.get(), signerName.get());
        busy.set(true);
        executor.execute(BackgroundTask.of(() -> plans.saveDraft(plan.id(), incomingId, date.get(), sections))
                .onSuccess(saved -> {
                    busy.set(false);
                    error.set("");
                    replace(saved);
                    then.accept(saved);
                }).onFailure(this::fail));
    }

    private void replace(OfficePlan saved) {
        if (selected.get() != null && selected.get().id() == saved.id()) {
            // the same plan, as stored now: its text stays, its duties are not read again
            quiet = true;
            try {
                selected.set(saved);
            } finally {
                quiet = false;
            }
            issued.set(saved.issued());
            heading.set(messages.get(saved.issued() ? "plan.editor.issued" : "plan.editor.draft",
                    messages.label(saved.kind()), saved.numberText()));
            planDate.set(DateText.format(saved.planDate()));
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == saved.id()) {
                items.set(i, saved);
            }
        }
    }

    private boolean quiet;

    /** Issues the chosen draft on its date after {@code confirm} said yes: it takes its number from the register. */
    public void issue(Predicate<String> confirm) {
        OfficePlan plan = selected.get();
        if (plan == null || plan.issued()) {
            return;
        }
        Optional<LocalDate> date = DateText.parse(planDate.get(), DateText.Near.day(today()));
        if (date.isEmpty()) {
            error.set(messages.get("plan.dateRequired"));
            return;
        }
        if (!confirm.test(messages.get("plan.issue.confirm", subject.get(), DateText.format(date.get())))) {
            return;
        }
        saveThen(saved -> {
            busy.set(true);
            executor.execute(BackgroundTask.of(() -> plans.issue(saved.id(), date.get())).onSuccess(done -> {
                busy.set(false);
                replace(done);
                status.set(messages.get("plan.issued", done.numberText()));
            }).onFailure(this::fail));
        });
    }

    /** Builds the chosen plan's document (after storing a draft's edits) and hands it to {@code show}. */
    public void print(Consumer<PlanDocument.Printed> show) {
        saveThen(saved -> {
            busy.set(true);
            executor.execute(BackgroundTask.of(() -> documents.build(saved.id())).onSuccess(printed -> {
                busy.set(false);
                show.accept(printed);
            }).onFailure(this::fail));
        });
    }

    /** Deletes the chosen draft after {@code confirm} said yes; an issued plan is refused with the reason. */
    public void deleteDraft(Predicate<String> confirm) {
        OfficePlan plan = selected.get();
        if (plan == null) {
            return;
        }
        if (plan.issued()) {
            error.set(messages.get("plan.issuedNotDeleted", plan.numberText()));
            return;
        }
        if (!confirm.test(messages.get("plan.delete.confirm", plan.subject()))) {
            return;
        }
        busy.set(true);
        executor.execute(BackgroundTask.run(() -> plans.deleteDraft(plan.id())).onSuccess(ignored -> {
            busy.set(false);
            items.removeIf(p -> p.id() == plan.id());
            selected.set(null);
            status.set(messages.get("common.deleted", plan.subject()));
        }).onFailure(this::fail));
    }

    // ---- duties

    private void fillDuty(PlanDuty duty) {
        dutyError.set("");
        dutyWhat.set(duty == null ? "" : duty.what());
        dutyLead.set(duty == null ? "" : orEmpty(duty.leadUnit()));
        dutyJoins.set(duty == null ? "" : orEmpty(duty.joins()));
        dutyFrom.set(duty == null ? "" : DateText.format(duty.fromDate()));
        dutyUntil.set(duty == null ? "" : DateText.format(duty.untilDate()));
        dutyReport.set(duty == null ? "" : DateText.format(duty.reportDue()));
    }

    /** Empties the duty form for a new duty. */
    public void newDuty() {
        if (selectedDuty.get() == null) {
            fillDuty(null);
        } else {
            selectedDuty.set(null);
        }
    }

    /** The date typed in a duty's field: empty is none, a wrong date is said. */
    private Optional<Optional<LocalDate>> dutyDate(String text, String field) {
        if (text == null || text.isBlank()) {
            return Optional.of(Optional.empty());
        }
        Optional<LocalDate> date = DateText.parse(text, DateText.Near.day(planDayOrToday()));
        if (date.isEmpty()) {
            dutyError.set(messages.get("plan.duty.badDate", messages.get(field), text.strip()));
            return Optional.empty();
        }
        return Optional.of(date);
    }

    private LocalDate planDayOrToday() {
        return selected.get() == null ? today() : selected.get().planDate();
    }

    /** Stores the duty form: a new duty at the end of the plan, or the chosen one changed. */
    public void saveDuty() {
        OfficePlan plan = selected.get();
        if (plan == null) {
            return;
        }
        Optional<Optional<LocalDate>> from = dutyDate(dutyFrom.get(), "plan.duty.field.from");
        Optional<Optional<LocalDate>> until = from.isEmpty() ? Optional.empty()
                : dutyDate(dutyUntil.get(), "plan.duty.field.until");
        Optional<Optional<LocalDate>> report = until.isEmpty() ? Optional.empty()
                : dutyDate(dutyReport.get(), "plan.duty.field.report");
        if (report.isEmpty()) {
            return;
        }
        PlanDuty editing = selectedDuty.get();
        DutyDraft draft = new DutyDraft(dutyWhat.get(), dutyLead.get(), dutyJoins.get(), from.get().orElse(null),
                until.get().orElse(null), report.get().orElse(null), editing == null ? null : editing.work(),
                editing == null ? null : editing.sourceId());
        busy.set(true);
        executor.execute(BackgroundTask.of(() -> editing == null ? plans.addDuty(plan.id(), draft)
                : plans.updateDuty(editing.id(), draft)).onSuccess(saved -> {
                    busy.set(false);
                    dutyError.set("");
                    if (editing == null) {
                        duties.add(saved);
                    } else {
                        int index = duties.indexOf(editing);
                        if (index >= 0) {
                            duties.set(index, saved);
                        }
                    }
                    selectedDuty.set(saved);
                    status.set(messages.get("common.saved", saved.what()));
                }).onFailure(e -> failDuty(e)));
    }

    /** Removes the chosen duty after {@code confirm} said yes. */
    public void deleteDuty(Predicate<String> confirm) {
        PlanDuty duty = selectedDuty.get();
        if (duty == null || !confirm.test(messages.get("plan.duty.delete.confirm", duty.what()))) {
            return;
        }
        busy.set(true);
        executor.execute(BackgroundTask.run(() -> plans.removeDuty(duty.id())).onSuccess(ignored -> {
            busy.set(false);
            duties.remove(duty);
            selectedDuty.set(null);
            status.set(messages.get("common.deleted", duty.what()));
        }).onFailure(e -> failDuty(e)));
    }

    // ---- incoming plans

    private void fillIncoming(IncomingDocument document) {
        incomingError.set("");
        incomingNumber.set(document == null ? "" : document.docNumber());
        incomingDate.set(document == null ? "" : DateText.format(document.docDate()));
        incomingIssuer.set(document == null ? "" : document.issuer());
        incomingSubject.set(document == null ? "" : document.subject());
        incomingDeadlines.set(document == null ? "" : orEmpty(document.deadlines()));
    }

    /** Empties the incoming form to record a new one. */
    public void newIncomingDocument() {
        if (selectedIncoming.get() == null) {
            fillIncoming(null);
        } else {
            selectedIncoming.set(null);
        }
    }

    /** Records the incoming plan typed (or changes the chosen one). */
    public void saveIncoming() {
        LocalDate date = null;
        if (incomingDate.get() != null && !incomingDate.get().isBlank()) {
            date = DateText.parse(incomingDate.get(), DateText.Near.day(today())).orElse(null);
            if (date == null) {
                incomingError.set(messages.get("plan.incoming.badDate", incomingDate.get().strip()));
                return;
            }
        }
        IncomingDocument editing = selectedIncoming.get();
        IncomingDraft draft = new IncomingDraft(incomingNumber.get(), date, incomingIssuer.get(), incomingSubject.get(),
                incomingDeadlines.get());
        busy.set(true);
        executor.execute(BackgroundTask.of(() -> editing == null ? plans.recordIncoming(draft)
                : plans.updateIncoming(editing.id(), draft)).onSuccess(saved -> {
                    busy.set(false);
                    incomingError.set("");
                    if (editing == null) {
                        incoming.add(0, saved);
                    } else {
                        int index = incoming.indexOf(editing);
                        if (index >= 0) {
                            incoming.set(index, saved);
                        }
                    }
                    selectedIncoming.set(saved);
                    status.set(messages.get("common.saved", saved.docNumber()));
                }).onFailure(e -> {
                    busy.set(false);
                    UserException user = UserException.find(e);
                    if (user == null) {
                        throw new IllegalStateException(e);
                    }
                    incomingError.set(messages.of(user));
                }));
    }

    private void failDuty(Exception e) {
        busy.set(false);
        UserException user = UserException.find(e);
        if (user == null) {
            throw new IllegalStateException(e);
        }
        dutyError.set(messages.of(user));
    }

    private void fail(Exception e) {
        busy.set(false);
        loading.set(false);
        UserException user = UserException.find(e);
        if (user == null) {
            throw new IllegalStateException(e);
        }
        error.set(messages.of(user));
        status.set(messages.of(user));
    }

    /** Shows this plan (the calendar opened it). */
    public void show(int planId) {
        Optional<OfficePlan> plan = byId(items, planId);
        if (plan.isPresent()) {
            filterText.set("");
            selected.set(plan.get());
        } else {
            executor.execute(BackgroundTask.of(() -> plans.find(planId)).onSuccess(found -> found.ifPresent(p -> {
                filterText.set("");
                if (byId(items, p.id()).isEmpty()) {
                    items.add(0, p);
                }
                selected.set(byId(items, p.id()).orElse(p));
            })));
        }
    }

    /** How the due column shows a duty's dates. */
    public String dutyDates(PlanDuty duty) {
        String from = DateText.format(duty.fromDate());
        String until = DateText.format(duty.untilDate());
        String dates = duty.fromDate() != null && duty.untilDate() != null
                ? (from.equals(until) ? from : from + " – " + until)
                : duty.untilDate() != null ? messages.get("plan.duty.dates.until", until)
                : duty.fromDate() != null ? messages.get("plan.duty.dates.from", from) : "";
        if (duty.reportDue() != null && !duty.reportDue().equals(duty.untilDate())) {
            String report = messages.get("plan.duty.dates.report", DateText.format(duty.reportDue()));
            dates = dates.isEmpty() ? report : dates + "; " + report;
        }
        return dates;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    public ObservableList<OfficePlan> filteredItems() {
        return filtered;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<OfficePlan> selectedProperty() {
        return selected;
    }

    public ObservableList<IncomingDocument> incoming() {
        return incoming;
    }

    public ObjectProperty<PlanKind> newKindProperty() {
        return newKind;
    }

    public ObjectProperty<IncomingDocument> newIncomingProperty() {
        return newIncoming;
    }

    public StringProperty newDateProperty() {
        return newDate;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ObjectProperty<IncomingDocument> planIncomingProperty() {
        return planIncoming;
    }

    public StringProperty planDateProperty() {
        return planDate;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public StringProperty basesProperty() {
        return bases;
    }

    public StringProperty purposeProperty() {
        return purpose;
    }

    public StringProperty contentProperty() {
        return content;
    }

    public StringProperty organisationProperty() {
        return organisation;
    }

    public StringProperty recipientsProperty() {
        return recipients;
    }

    public StringProperty signerTitleProperty() {
        return signerTitle;
    }

    public StringProperty signerNameProperty() {
        return signerName;
    }

    public ReadOnlyBooleanProperty issuedProperty() {
        return issued.getReadOnlyProperty();
    }

    public ObservableList<PlanDuty> duties() {
        return duties;
    }

    public ObjectProperty<PlanDuty> selectedDutyProperty() {
        return selectedDuty;
    }

    public StringProperty dutyWhatProperty() {
        return dutyWhat;
    }

    public StringProperty dutyLeadProperty() {
        return dutyLead;
    }

    public StringProperty dutyJoinsProperty() {
        return dutyJoins;
    }

    public StringProperty dutyFromProperty() {
        return dutyFrom;
    }

    public StringProperty dutyUntilProperty() {
        return dutyUntil;
    }

    public StringProperty dutyReportProperty() {
        return dutyReport;
    }

    public ReadOnlyStringProperty dutyErrorProperty() {
        return dutyError.getReadOnlyProperty();
    }

    public ObjectProperty<IncomingDocument> selectedIncomingProperty() {
        return selectedIncoming;
    }

    public StringProperty incomingNumberProperty() {
        return incomingNumber;
    }

    public StringProperty incomingDateProperty() {
        return incomingDate;
    }

    public StringProperty incomingIssuerProperty() {
        return incomingIssuer;
    }

    public StringProperty incomingSubjectProperty() {
        return incomingSubject;
    }

    public StringProperty incomingDeadlinesProperty() {
        return incomingDeadlines;
    }

    public ReadOnlyStringProperty incomingErrorProperty() {
        return incomingError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
