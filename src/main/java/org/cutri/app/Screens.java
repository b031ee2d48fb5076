package org.cutri.app;

import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import javafx.stage.Window;

import org.cutri.common.i18n.Messages;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.ui.Dialogs;
import org.cutri.common.ui.Screen;
import org.cutri.assignment.AssignmentView;
import org.cutri.assignment.AssignmentViewModel;
import org.cutri.commune.CommuneView;
import org.cutri.commune.CommuneViewModel;
import org.cutri.council.CouncilView;
import org.cutri.council.CouncilViewModel;
import org.cutri.hamlet.HamletView;
import org.cutri.hamlet.HamletViewModel;
import org.cutri.constituency.ConstituencyView;
import org.cutri.constituency.ConstituencyViewModel;
import org.cutri.deputy.DeputyView;
import org.cutri.deputy.DeputyViewModel;
import org.cutri.opinionimport.OpinionImportView;
import org.cutri.opinionimport.OpinionImportViewModel;
import org.cutri.register.RegisterImportView;
import org.cutri.register.RegisterImportViewModel;

/**
 * Builds each screen of the main window, on first use, from the services of the context; and what the
 * window itself needs from the opened data (its view-model's services, the commands under the areas).
 */
final class Screens {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Screens.class);

    private Screens() {
    }

    /** A command under the sidebar's areas: its id, its text and tooltip keys, and what it opens. */
    record SidebarAction(String id, String textKey, String tooltipKey, BiConsumer<Window, Runnable> open) {
    }

    /**
     * Runs once, right after the data opened and on the same thread, the reads the window's first frame shows: the
     * commune's profile (the title), the office, whether the data is empty, the hamlets and the commune's
     * constituencies. The context keeps them ({@link FirstReads}) and the window shows them at once when it attaches
     * the data, without reading again on the worker; what the reads leave behind (Jdbi's parsed statements and
     * mappers, loaded classes, H2's cached pages) also makes every later read of the same kind quick. The opening
     * runs while the JavaFX toolkit starts, so on an office PC with a free core this is done before the window's
     * first frame (docs/decisions/0030, 0055). A failure here keeps nothing: the screens read again and report it as
     * usual.
     */
    static AppContext withFirstScreenRead(AppContext context) {
        try {
            java.util.Optional<org.cutri.commune.CommuneProfile> profile = context.commune().profile();
            org.cutri.office.OfficeKind office = context.office().get().officeKind();
            context.demo().isEmpty();
            List<org.cutri.hamlet.Hamlet> hamlets = context.hamlets().list();
            List<org.cutri.constituency.Constituency> constituencies = context.councils().currentTerm()
                    .map(term -> context.constituencies().list(term.id(), org.cutri.council.CouncilLevel.COMMUNE))
                    .orElse(List.of());
            context.keepFirstReads(new FirstReads(profile, office, hamlets, constituencies));
        } catch (RuntimeException e) {
            LOG.debug("The first screen's reads ahead of time failed; the screen reads again", e);
        }
        return context;
    }

    /**
     * The reminder at start (nhắc việc): when duties are overdue or due within three days, the window shows the duty
     * calendar instead of the first screen (unless the user already went elsewhere) and says so in the status bar. No
     * dialog: the calendar itself lists them.
     */
    static void remindOfDuties(AppContext context, TaskExecutor executor, MainView view) {
        executor.execute(org.cutri.common.task.BackgroundTask.of(
                () -> context.dutyCalendar().at(java.time.LocalDate.now()).reminders()).onSuccess(reminders -> {
                    StartupProbe.step("reminders " + reminders.size());
                    if (reminders.isEmpty() || view.office() != org.cutri.office.OfficeKind.COMMUNE) {
                        return;
                    }
                    if (view.viewModel().areaProperty().get() == Area.HAMLETS) {
                        view.showArea(Area.DUTIES);
                    }
                    long overdue = reminders.stream()
                            .filter(e -> e.state() == org.cutri.plan.DueState.OVERDUE).count();
                    view.showStatus(context.messages().get("plan.duties.startReminder", overdue,
                            reminders.size() - overdue));
                }).onFailure(error -> LOG.warn("The duty reminder at start could not be read", error)));
    }

    /** The services the main window's view-model needs on the opened data. */
    static MainViewModel.OpenedData openedData(AppContext context, TaskExecutor executor) {
        return new MainViewModel.OpenedData(context.commune(), context.office(), context.demo(),
                context.onServer() ? null : context.backups(), executor);
    }

    /**
     * The commands under the areas, in their order: importing a register and importing opinions. Each
     * opens its dialog over the window and, once something was imported, runs the given refresh.
     */
    static List<SidebarAction> sidebarActions(AppContext context, TaskExecutor executor) {
        Messages messages = context.messages();
        return List.of(
                new SidebarAction("importRegisterButton", "register.import.button", "register.import.tooltip",
                        (owner, refresh) -> new RegisterImportView(new RegisterImportViewModel(
                                context.registerImport(), messages, executor), messages).chooseAndImport(owner, refresh)),
                new SidebarAction("importOpinionsButton", "opinionimport.button", "opinionimport.tooltip",
                        (owner, refresh) -> new OpinionImportView(new OpinionImportViewModel(
                                context.opinionImport(), context.rounds(), messages, executor), messages)
                                .show(owner, refresh)));
    }

    static Map<Area, Supplier<Screen>> create(AppContext context, TaskExecutor executor, Dialogs dialogs) {
        return create(context, executor, dialogs, new Navigation());
    }

    static Map<Area, Supplier<Screen>> create(AppContext context, TaskExecutor executor, Dialogs dialogs,
            Navigation navigation) {
        return create(context, executor, dialogs, navigation, org.cutri.exchange.HandOverView.FolderPicker.SYSTEM);
    }

    /**
     * The rounds screen, with the chart of the chosen round's answers (theo dõi trả lời) in a tab of its own: the
     * chart follows the round chosen on the screen.
     */
    public static org.cutri.meeting.PlanningView planning(AppContext context, TaskExecutor executor, Dialogs dialogs) {
        Messages messages = context.messages();
        org.cutri.meeting.PlanningViewModel planning = new org.cutri.meeting.PlanningViewModel(
                new org.cutri.round.RoundViewModel(context.rounds(), context.councils(), context.commune(), messages,
                        executor),
                new org.cutri.meeting.MeetingViewModel(context.meetings(), context.meetingPlans(), context.hamlets(),
                        messages, executor),
                context.schedulePlans(), context.planFiles(), messages, executor, java.time.Clock.systemDefaultZone(),
                new org.cutri.document.DocumentOutput(context.audit()));
        org.cutri.meeting.PlanningView view = new org.cutri.meeting.PlanningView(planning, messages, dialogs, executor);
        org.cutri.report.FollowUpChart chart = new org.cutri.report.FollowUpChart(
                new org.cutri.report.FollowUpChartViewModel(context.followUps(), messages, executor,
                        java.time.Clock.systemDefaultZone()), messages);
        chart.viewModel().roundIdProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> planning.rounds().selectedProperty().get() == null ? null
                        : planning.rounds().selectedProperty().get().id(), planning.rounds().selectedProperty()));
        view.addRoundTab("followUpTab", messages.get("report.followUp.tab"), chart.root(), chart.viewModel()::reload);
        return view;
    }

    /** The same, with the hand-over choosing its folder through {@code folders}. */
    static Map<Area, Supplier<Screen>> create(AppContext context, TaskExecutor executor, Dialogs dialogs,
            Navigation navigation, org.cutri.exchange.HandOverView.FolderPicker folders) {
        return create(context, executor, dialogs, navigation, folders, new java.util.concurrent.atomic.AtomicReference<>());
    }

    /**
     * The same; the hamlets screen, when built while {@code unread} holds the reads made ahead of time, starts with
     * their rows instead of reading them, and empties it. The window empties it once it has attached the data, so a
     * hamlets screen built later reads the data as it is then.
     */
    static Map<Area, Supplier<Screen>> create(AppContext context, TaskExecutor executor, Dialogs dialogs,
            Navigation navigation, org.cutri.exchange.HandOverView.FolderPicker folders,
            java.util.concurrent.atomic.AtomicReference<FirstReads> unread) {
        Messages messages = context.messages();
        Map<Area, Supplier<Screen>> screens = new EnumMap<>(Area.class);
        screens.put(Area.PROFILE, () -> new CommuneView(
                new CommuneViewModel(context.commune(), messages, executor), messages));
        screens.put(Area.COUNCIL, () -> new CouncilView(
                new CouncilViewModel(context.councils(), messages, executor), messages, dialogs));
        screens.put(Area.HAMLETS, () -> {
            HamletViewModel hamlets = new HamletViewModel(context.hamlets(), context.councils(), context.constituencies(),
                    messages, executor);
            FirstReads read = unread.getAndSet(null);
            if (read != null) {
                hamlets.startWith(read.hamlets(), read.constituencies());
            }
            return new HamletView(hamlets, messages, dialogs);
        });
        screens.put(Area.CONSTITUENCIES, () -> new ConstituencyView(
                new ConstituencyViewModel(context.constituencies(), context.councils(), messages, executor),
                messages, dialogs));
        screens.put(Area.DEPUTIES, () -> new DeputyView(
                new DeputyViewModel(context.deputies(), context.constituencies(), context.councils(), messages, executor),
                messages, dialogs));
        screens.put(Area.ASSIGNMENTS, () -> new AssignmentView(
                new AssignmentViewModel(context.assignments(), messages, executor), messages));
        screens.put(Area.ROUNDS, () -> planning(context, executor, dialogs));
        screens.put(Area.MEETINGS, () -> new org.cutri.minutes.MinutesView(new org.cutri.minutes.MinutesViewModel(
                context.rounds(), context.meetings(), context.opinions(), context.minutes(), messages, executor,
                javafx.util.Duration.millis(400), new org.cutri.document.DocumentOutput(context.audit())),
                messages, executor, dialogs));
        screens.put(Area.OPINIONS, () -> new org.cutri.opinion.OpinionListView(new org.cutri.opinion.OpinionListViewModel(
                context.opinions(), messages, executor), messages, navigation::openMeeting));
        screens.put(Area.ANSWERS, () -> new org.cutri.answer.FollowUpView(new org.cutri.answer.FollowUpViewModel(
                context.rounds(), context.followUps(), context.answerRules(), messages, executor,
                java.time.Clock.systemDefaultZone()), messages, (owner, roundId, afterImport) ->
                new org.cutri.answer.importing.AnswerImportView(new org.cutri.answer.importing.AnswerImportViewModel(
                        context.answerImport().importer(), context.answerImport().forRound(roundId), messages, executor),
                        messages).show(owner, afterImport)));
        screens.put(Area.EXCHANGE, () -> new org.cutri.exchange.HandOverView(new org.cutri.exchange.HandOverViewModel(
                context.rounds(), context.packageExporter(), context.packageWriter(),
                org.cutri.exchange.UsbTarget::list, context.reportFiles()::forPackage, messages, executor, javafx.application.Platform::runLater),
                messages, dialogs, folders, owner -> new org.cutri.returns.ReceiveAnswersView(
                        new org.cutri.returns.ReceiveAnswersViewModel(context.returnImports(), messages, executor), messages,
                        org.cutri.returns.ReceiveAnswersView.zipFiles(messages)).show(owner, () -> { })));
        screens.put(Area.PROVINCE_IMPORT, () -> new org.cutri.province.PackageImportView(
                new org.cutri.province.PackageImportViewModel(context.packageImporter(), context.trustedKeys(), messages,
                        executor), messages, dialogs, owner -> new org.cutri.returns.MakeReturnView(
                                new org.cutri.returns.MakeReturnViewModel(context.returnPackages(), context.packageWriter(),
                                        messages, executor), messages, folders).show(owner)));
        screens.put(Area.PROVINCE_SUMMARY, () -> new org.cutri.province.ProvinceSummaryView(
                new org.cutri.province.ProvinceSummaryViewModel(context.province(), context.provinceGroups(), messages,
                        executor), messages, dialogs));
        screens.put(Area.PROVINCE_ANSWERS, () -> new org.cutri.provinceanswer.ProvinceAnswersView(
                new org.cutri.provinceanswer.ProvinceAnswersViewModel(context.provinceAnswers(),
                        context.provinceReports(), messages, executor, java.time.Clock.systemDefaultZone()), messages,
                (owner, afterImport) -> new org.cutri.answer.importing.AnswerImportView(
                        new org.cutri.answer.importing.AnswerImportViewModel(context.provinceAnswerImport().importer(),
                                context.provinceAnswerImport(), messages, executor), messages).show(owner, afterImport)));
        screens.put(Area.REPORTS, () -> new org.cutri.report.ReportView(new org.cutri.report.ReportViewModel(
                context.rounds(), context.opinions(), context.groups(), context.reports(), context.office(), messages,
                executor, java.time.Clock.systemDefaultZone(), new org.cutri.document.DocumentOutput(context.audit()),
                context.answerReports()), messages, executor, dialogs));
        screens.put(Area.DUTIES, () -> new org.cutri.plan.DutiesView(new org.cutri.plan.DutiesViewModel(
                context.dutyCalendar(), context.plans(), messages, executor, java.time.Clock.systemDefaultZone()),
                messages, new org.cutri.plan.DutiesView.Opener(navigation::openPlan, navigation::openWork)));
        screens.put(Area.PLANS, () -> new org.cutri.plan.PlansView(new org.cutri.plan.PlansViewModel(context.plans(),
                context.planDocuments(), messages, executor, java.time.Clock.systemDefaultZone()), messages, dialogs,
                executor, new org.cutri.document.DocumentOutput(context.audit())));
        screens.put(Area.AUDIT, () -> new org.cutri.audit.AuditView(
                new org.cutri.audit.AuditViewModel(context.audit(), messages, executor), messages));
        screens.put(Area.PERSON, () -> new org.cutri.person.PersonView(
                new org.cutri.person.PersonViewModel(context.persons(), messages, executor), messages, dialogs));
        screens.put(Area.PROTECTION, () -> new org.cutri.protection.ProtectionView(
                new org.cutri.protection.ProtectionViewModel(context.protection(), messages, executor), messages, dialogs));
        screens.put(Area.CONNECTION, () -> new org.cutri.connection.ConnectionView(
                new org.cutri.connection.ConnectionViewModel(new org.cutri.connection.ConnectionService(context.database()),
                        messages, executor), messages));
        screens.put(Area.BACKUPS, () -> new org.cutri.backup.BackupView(new org.cutri.backup.BackupViewModel(
                context.backups(), messages, executor, navigation::dataReplaced), messages, dialogs,
                new org.cutri.backup.BackupView.Pickers(folders, org.cutri.backup.BackupView.Pickers.system(messages).file()),
                context.dataFolder()));
        screens.put(Area.DOCUMENTS, () -> new org.cutri.numbering.DocumentRegisterView(
                new org.cutri.numbering.DocumentRegisterViewModel(context.documentRegister(), messages, executor,
                        java.time.Clock.systemDefaultZone()), messages, dialogs,
                org.cutri.numbering.DocumentRegisterView.BookPicker.system(messages)));
        screens.put(Area.SENTIMENT, () -> new org.cutri.sentiment.SentimentView(new org.cutri.sentiment.SentimentViewModel(
                context.sentiment(), context.hamlets(), messages, executor, java.time.Clock.systemDefaultZone()),
                messages, dialogs, org.cutri.common.ui.SaveDialog.system()));
        screens.put(Area.CONFERENCES, () -> new org.cutri.conference.ConferenceView(
                new org.cutri.conference.ConferenceViewModel(context.conferences(), context.conferenceFiles(),
                        context.conferencePlanner(), messages, executor, java.time.Clock.systemDefaultZone()),
                messages, dialogs, org.cutri.common.ui.SaveDialog.system(), navigation::openPlan));
        screens.put(Area.DRAFT_COMMENTS, () -> new org.cutri.draft.DraftCommentsView(
                new org.cutri.draft.DraftCommentsViewModel(context.drafts(), context.hamlets(), context.plans(), messages,
                        executor, java.time.Clock.systemDefaultZone()), messages, dialogs,
                org.cutri.common.ui.SaveDialog.system()));
        return screens;
    }
}
