package org.cutri.app;

import java.nio.file.Path;
import java.time.Clock;

import org.cutri.common.Lazy;
import org.cutri.common.db.Database;
import org.cutri.commune.CommuneService;
import org.cutri.common.i18n.Messages;
import org.cutri.constituency.ConstituencyService;
import org.cutri.council.CouncilService;
import org.cutri.demo.DemoService;
import org.cutri.deputy.DeputyService;
import org.cutri.hamlet.HamletService;
import org.cutri.meeting.MeetingPlanService;
import org.cutri.meeting.MeetingService;
import org.cutri.meeting.SchedulePlanDocument;
import org.cutri.numbering.DocumentNumberService;
import org.cutri.opinion.OpinionService;
import org.cutri.round.RoundService;
import org.cutri.assignment.AssignmentService;
import org.cutri.register.RegisterImportService;

/**
 * The composition root: opens the database once and builds every service with exactly what it needs.
 * Used by the window and the command line alike (it knows nothing of JavaFX).
 */
public final class AppContext implements AutoCloseable {

    private final Database database;
    private final java.util.List<AutoCloseable> closing = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Messages messages;
    private final CouncilService councils;
    private final ConstituencyService constituencies;
    private final HamletService hamlets;
    private final DeputyService deputies;
    private final CommuneService commune;
    private final AssignmentService assignments;
    private final RegisterImportService registerImport;
    private final DemoService demo;
    private final DocumentNumberService documentNumbers;
    private final RoundService rounds;
    private final MeetingService meetings;
    private final MeetingPlanService meetingPlans;
    private final SchedulePlanDocument schedulePlans;
    private final org.cutri.meeting.PlanFiles planFiles;
    private final OpinionService opinions;
    private final org.cutri.minutes.MinutesService minutes;
    private final org.cutri.opinionimport.OpinionImportService opinionImport;
    private final org.cutri.grouping.GroupService groups;
    private final org.cutri.office.OfficeService office;
    private final org.cutri.exchange.OfficeKeyService officeKeys;
    private final org.cutri.province.TrustedKeyService trustedKeys;
    // The exchange package's parts build a JSON mapper: made on first use, not on the way to the window.
    private final Lazy<org.cutri.exchange.PackageExporter> packageExporter;
    private final Lazy<org.cutri.exchange.PackageWriter> packageWriter;
    private final org.cutri.province.ImportedPackageService importedPackages;
    private final org.cutri.report.ReportService reports;
    private final org.cutri.report.ReportFiles reportFiles;
    private final org.cutri.report.AnswerReportService answerReports;
    private final Lazy<org.cutri.province.PackageImporter> packageImporter;
    private final org.cutri.backup.BackupService backups;
    /** True for the program a user runs (window, command line): closing after changes makes a backup. */
    private volatile boolean backUpOnClose;
    /** What the window's first frame shows, read ahead of time; taken once by the window (null: not read). */
    private final java.util.concurrent.atomic.AtomicReference<FirstReads> firstReads =
            new java.util.concurrent.atomic.AtomicReference<>();
    private final org.cutri.province.ProvinceGroupService provinceGroups;
    private final org.cutri.province.ProvinceReportService provinceReports;
    private final org.cutri.audit.AuditService audit;
    private final org.cutri.person.PersonService persons;
    private final org.cutri.protection.ProtectionService protection;
    private final org.cutri.answer.AnswerRules answerRules;
    private final org.cutri.answer.FollowUpService followUps;
    private final org.cutri.answer.importing.AnswerImportService answerImport;
    private final org.cutri.provinceanswer.ProvinceAnswerService provinceAnswers;
    private final org.cutri.provinceanswer.ProvinceAnswerImportService provinceAnswerImport;
    private final org.cutri.returns.ReturnPackageService returnPackages;
    private final org.cutri.returns.ReturnImportService returnImports;
    private final org.cutri.plan.PlanService plans;
    private final org.cutri.plan.DutyCalendar dutyCalendar;
    private final org.cutri.sentiment.SentimentService sentiment;
    private final org.cutri.conference.ConferenceService conferences;
    private final org.cutri.conference.ConferenceFiles conferenceFiles;
    private final org.cutri.conference.ConferencePlanner conferencePlanner;
    private final org.cutri.draft.DraftService drafts;
    private final org.cutri.plan.PlanDocument planDocuments;

    private AppContext(Database database, Messages messages) {
        this.database = database;
        this.messages = messages;
        if (database.isServer()) {
            database.jdbi().getConfig(org.jdbi.v3.core.Handles.class)
                    .addListener(new org.cutri.audit.QuietAuditOnServer());
        }
        this.audit = new org.cutri.audit.AuditService(database.jdbi(), Clock.systemDefaultZone());
        this.councils = new CouncilService(database.jdbi());
        this.constituencies = new ConstituencyService(database.jdbi());
        this.hamlets = new HamletService(database.jdbi(), councils, constituencies);
        this.deputies = new DeputyService(database.jdbi());
        this.commune = new CommuneService(database.jdbi());
        this.assignments = new AssignmentService(database.jdbi(), councils, hamlets, deputies);
        this.registerImport = new RegisterImportService(database.jdbi(), councils, constituencies, hamlets, deputies);
        this.documentNumbers = new DocumentNumberService(new org.cutri.numbering.DocumentRegister(database.jdbi(),
                () -> commune.profile().orElse(org.cutri.commune.CommuneProfile.usual()),
                Clock.systemDefaultZone()));
        this.rounds = new RoundService(database.jdbi(), documentNumbers);
        this.meetings = new MeetingService(database.jdbi(), Clock.systemDefaultZone());
        this.meetingPlans = new MeetingPlanService(database.jdbi(), meetings, rounds, hamlets, deputies, assignments,
                councils);
        this.schedulePlans = new SchedulePlanDocument(commune, rounds, meetings, hamlets, councils);
        this.planFiles = new org.cutri.meeting.PlanFiles(database.jdbi(), schedulePlans,
                org.cutri.document.DocumentSaver.FILES.audited(audit));
        this.opinions = new OpinionService(database.jdbi(), Clock.systemDefaultZone());
        this.persons = new org.cutri.person.PersonService(database.jdbi(), opinions::changedElsewhere, database::compact);
        this.demo = new DemoService(database.jdbi(), commune, councils, constituencies, hamlets, deputies, assignments,
                rounds, meetings, opinions);
        this.opinionImport = new org.cutri.opinionimport.OpinionImportService(database.jdbi(), rounds, meetings, hamlets,
                opinions);
        this.groups = new org.cutri.grouping.GroupService(database.jdbi(), opinions, rounds, Clock.systemDefaultZone());
        this.office = new org.cutri.office.OfficeService(database.jdbi(), commune);
        this.officeKeys = new org.cutri.exchange.OfficeKeyService(database.jdbi(), Clock.systemDefaultZone());
        this.trustedKeys = new org.cutri.province.TrustedKeyService(database.jdbi(), Clock.systemDefaultZone(),
                () -> database.account().orElseGet(org.cutri.audit.AuditLog::account));
        this.packageExporter = Lazy.of(() -> new org.cutri.exchange.PackageExporter(rounds, meetings, opinions, groups,
                commune, office, officeKeys, Clock.systemDefaultZone(), org.cutri.common.ProgramVersion.current()));
        Lazy<org.cutri.exchange.PackageReader> packageReader = Lazy.of(org.cutri.exchange.PackageReader::new);
        this.packageWriter = Lazy.of(() -> new org.cutri.exchange.PackageWriter(packageReader.get(), audit));
        this.importedPackages = new org.cutri.province.ImportedPackageService(database.jdbi(), Clock.systemDefaultZone());
        this.packageImporter = Lazy.of(() -> new org.cutri.province.PackageImporter(packageReader.get(), importedPackages,
                office, trustedKeys, audit));
        this.provinceGroups = new org.cutri.province.ProvinceGroupService(database.jdbi(), Clock.systemDefaultZone());
        this.provinceReports = new org.cutri.province.ProvinceReportService(database.jdbi(), importedPackages,
                provinceGroups, opinions, commune);
        this.answerRules = new org.cutri.answer.AnswerRules(database.jdbi(), Clock.systemDefaultZone());
        this.followUps = new org.cutri.answer.FollowUpService(database.jdbi(), Clock.systemDefaultZone());
        this.reports = new org.cutri.report.ReportService(database.jdbi(), rounds, meetings, opinions, groups, commune,
                documentNumbers, provinceReports, followUps);
        this.reportFiles = new org.cutri.report.ReportFiles(reports);
        documentNumbers.register().addCancelListener(rounds::numberCancelled);
        documentNumbers.register().addCancelListener(reports::numberCancelled);
        this.answerReports = new org.cutri.report.AnswerReportService(reports, rounds, opinions, followUps);
        this.backups = new org.cutri.backup.BackupService(database, Clock.systemDefaultZone(), audit);
        this.protection = new org.cutri.protection.ProtectionService(database, audit);
        this.answerImport = new org.cutri.answer.importing.AnswerImportService(followUps, Clock.systemDefaultZone());
        this.provinceAnswers = new org.cutri.provinceanswer.ProvinceAnswerService(database.jdbi(),
                new org.cutri.province.ProvinceService(database.jdbi()), provinceGroups, answerRules,
                Clock.systemDefaultZone());
        this.provinceAnswerImport = new org.cutri.provinceanswer.ProvinceAnswerImportService(provinceAnswers,
                answerImport.importer());
        this.returnPackages = new org.cutri.returns.ReturnPackageService(database.jdbi(), office, officeKeys,
                Clock.systemDefaultZone(), org.cutri.common.ProgramVersion.current());
        this.returnImports = new org.cutri.returns.ReturnImportService(database.jdbi(),
                new org.cutri.exchange.ReturnPackageReader(), office, followUps,
                new org.cutri.answer.ProvinceFollowUps(database.jdbi(), Clock.systemDefaultZone(), followUps),
                new org.cutri.returns.ProvinceKeyService(database.jdbi(), Clock.systemDefaultZone()), Clock.systemDefaultZone(),
                audit);
        this.plans = new org.cutri.plan.PlanService(database.jdbi(), documentNumbers, commune, Clock.systemDefaultZone());
        this.dutyCalendar = new org.cutri.plan.DutyCalendar(plans);
        this.planDocuments = new org.cutri.plan.PlanDocument(plans, commune);
        this.minutes = new org.cutri.minutes.MinutesService(commune, rounds, meetings, opinions, hamlets,
                new org.cutri.answer.MeetingAnswers(database.jdbi(), followUps));
        this.sentiment = new org.cutri.sentiment.SentimentService(database.jdbi(), commune, documentNumbers,
                Clock.systemDefaultZone());
        this.conferences = new org.cutri.conference.ConferenceService(database.jdbi(), documentNumbers,
                Clock.systemDefaultZone());
        this.conferenceFiles = new org.cutri.conference.ConferenceFiles(conferences, commune);
        this.conferencePlanner = new org.cutri.conference.ConferencePlanner(conferences, plans);
        dutyCalendar.addSource(new org.cutri.conference.ConferenceDeadlines(conferences));
        dutyCalendar.addSource(new org.cutri.sentiment.SentimentDeadlines(sentiment));
        this.drafts = new org.cutri.draft.DraftService(database.jdbi(), commune, documentNumbers,
                Clock.systemDefaultZone());
        dutyCalendar.addSource(drafts.deadlines());
        dutyCalendar.addSource(new org.cutri.report.RoundDeadlines(rounds, reports, plans));
        documentNumbers.register().addCancelListener(sentiment::numberCancelled);
        documentNumbers.register().addCancelListener(plans::numberCancelled);
        documentNumbers.register().addCancelListener(drafts::numberCancelled);
        documentNumbers.register().addCancelListener(conferences::numberCancelled);
    }

    /** Opens the data in this folder; throws a {@link org.cutri.common.UserException} the user can act on. */
    public static AppContext open(Path dataFolder, Messages messages) {
        return over(Database.open(dataFolder), messages);
    }

    /** Opens the data in this folder with the password that protects it (null: none given). */
    public static AppContext open(Path dataFolder, Messages messages, org.cutri.common.db.DataPassword password) {
        return over(Database.open(dataFolder, password), messages);
    }

    /**
     * Opens the data on a PostgreSQL server (a province office, decision 0048); {@code dataFolder} is this PC's own
     * folder (logs, work files).
     */
    public static AppContext openServer(Path dataFolder, org.cutri.common.db.ServerAddress address,
            org.cutri.common.db.ServerLogin login, Messages messages) {
        return over(Database.openServer(dataFolder, address, login), messages);
    }

    /** The program over a database already open (tests open one on a disk that fills up). */
    public static AppContext over(Database database, Messages messages) {
        return new AppContext(database, messages);
    }

    /** The summary conferences (hội nghị tổng kết). */
    public org.cutri.conference.ConferenceService conferences() {
        return conferences;
    }

    /** The documents of a conference written to files. */
    public org.cutri.conference.ConferenceFiles conferenceFiles() {
        return conferenceFiles;
    }

    /** The office's plan made for a conference ("Lập kế hoạch"). */
    public org.cutri.conference.ConferencePlanner conferencePlanner() {
        return conferencePlanner;
    }

    /** The public-sentiment reports (báo cáo tình hình Nhân dân). */
    public org.cutri.sentiment.SentimentService sentiment() {
        return sentiment;
    }

    /** The comments on draft documents (góp ý dự thảo văn kiện). */
    public org.cutri.draft.DraftService drafts() {
        return drafts;
    }

    public DocumentNumberService documentNumbers() {
        return documentNumbers;
    }

    /** The outgoing-document register (sổ đăng ký văn bản đi): every number the office gives. */
    public org.cutri.numbering.DocumentRegister documentRegister() {
        return documentNumbers.register();
    }

    public RoundService rounds() {
        return rounds;
    }

    public MeetingService meetings() {
        return meetings;
    }

    /** Plans a round's meetings (one per hamlet, deputies from the assignment). */
    public MeetingPlanService meetingPlans() {
        return meetingPlans;
    }

    /** Builds the plan and schedule document of a round. */
    public SchedulePlanDocument schedulePlans() {
        return schedulePlans;
    }

    public org.cutri.meeting.PlanFiles planFiles() {
        return planFiles;
    }

    public OpinionService opinions() {
        return opinions;
    }

    /** The minutes of meetings (biên bản) and their document. */
    public org.cutri.minutes.MinutesService minutes() {
        return minutes;
    }

    /** Imports the opinions hamlets typed in Excel or CSV. */
    public org.cutri.opinionimport.OpinionImportService opinionImport() {
        return opinionImport;
    }

    /** Same-issue groups of a round's opinions (suggested, accepted, worded by the secretary). */
    public org.cutri.grouping.GroupService groups() {
        return groups;
    }

    /** The office's identity: commune or province office, the commune's code. */
    public org.cutri.office.OfficeService office() {
        return office;
    }

    /** This office's own key pair, which signs its packages. */
    public org.cutri.exchange.OfficeKeyService officeKeys() {
        return officeKeys;
    }

    /** The communes' keys the province trusts. */
    public org.cutri.province.TrustedKeyService trustedKeys() {
        return trustedKeys;
    }

    /** Builds the package a commune hands to the province. */
    public org.cutri.exchange.PackageExporter packageExporter() {
        return packageExporter.get();
    }

    /** Writes a package safely to a USB stick or a folder. */
    public org.cutri.exchange.PackageWriter packageWriter() {
        return packageWriter.get();
    }

    /** The compiled report of a round (báo cáo tổng hợp). */
    /** The deadline rules for answers (days per authority, sets in force from a date). */
    public org.cutri.answer.AnswerRules answerRules() {
        return answerRules;
    }

    /** The follow-up of the voters' opinions: forwarding, answers, assessment, carry-over. */
    public org.cutri.answer.FollowUpService followUps() {
        return followUps;
    }

    /** Imports an agency's list of answers (answers import, the import window of the follow-up screen). */
    public org.cutri.answer.importing.AnswerImportService answerImport() {
        return answerImport;
    }

    /** At a province office: the answers to the communes' opinions (forwarded, answered, redirected). */
    public org.cutri.provinceanswer.ProvinceAnswerService provinceAnswers() {
        return provinceAnswers;
    }

    /** At a province office: an agency's list of answers imported into the communes' opinions. */
    public org.cutri.provinceanswer.ProvinceAnswerImportService provinceAnswerImport() {
        return provinceAnswerImport;
    }

    /** At the province: each commune's return package (the answers sent back). */
    public org.cutri.returns.ReturnPackageService returnPackages() {
        return returnPackages;
    }

    /** At the commune: taking the province's return package into the follow-up. */
    public org.cutri.returns.ReturnImportService returnImports() {
        return returnImports;
    }

    public org.cutri.report.ReportService reports() {
        return reports;
    }

    /** Saves compiled reports as Word, Excel or PDF. */
    /** The read-back report of a round: the answers to its opinions (báo cáo kết quả trả lời cử tri). */
    public org.cutri.report.AnswerReportService answerReports() {
        return answerReports;
    }

    public org.cutri.report.ReportFiles reportFiles() {
        return reportFiles;
    }

    /** The province's consolidated data from imported packages. */
    public org.cutri.province.ImportedPackageService importedPackages() {
        return importedPackages;
    }

    /** Imports communes' packages at the province (dry run first). */
    public org.cutri.province.PackageImporter packageImporter() {
        return packageImporter.get();
    }

    /** The province's consolidated views over the imported packages. */
    public org.cutri.province.ProvinceService province() {
        return new org.cutri.province.ProvinceService(database.jdbi());
    }

    /** The same-issue groups at the province: received from the communes and made across them. */
    public org.cutri.province.ProvinceGroupService provinceGroups() {
        return provinceGroups;
    }

    /** The province's report over the communes' imported rounds. */
    public org.cutri.province.ProvinceReportService provinceReports() {
        return provinceReports;
    }

    /** Backups and restore of the data (sao lưu, khôi phục). */
    public org.cutri.backup.BackupService backups() {
        return backups;
    }

    /**
     * From now on, closing makes an automatic backup when the data changed (the program as a user runs it; tests
     * that open data directly leave their folders without backups). Returns this context.
     */
    public AppContext backingUpOnClose() {
        backUpOnClose = true;
        return this;
    }

    /** Keeps what the window's first frame shows, read ahead of time on the opening's thread. */
    void keepFirstReads(FirstReads reads) {
        firstReads.set(reads);
    }

    /** What was read ahead of time for the window's first frame, once: the next call gives nothing. */
    java.util.Optional<FirstReads> takeFirstReads() {
        return java.util.Optional.ofNullable(firstReads.getAndSet(null));
    }

    /** Makes a backup each day while the window is open (after changes), on a thread of its own. */
    public void startDailyBackups() {
        backups.startDaily();
    }

    /** The audit trail (nhật ký thao tác): every service records into it, the trail screen reads it. */
    public org.cutri.audit.AuditService audit() {
        return audit;
    }

    /** A person's data: where a name is stored, correcting and erasing it. */
    public org.cutri.person.PersonService persons() {
        return persons;
    }

    /** Sets, changes and removes the password that protects the data. */
    public org.cutri.protection.ProtectionService protection() {
        return protection;
    }

    /** The office's plans (kế hoạch) and their duties. */
    public org.cutri.plan.PlanService plans() {
        return plans;
    }

    /** The office's plans as official documents. */
    public org.cutri.plan.PlanDocument planDocuments() {
        return planDocuments;
    }

    /** The duty calendar (việc sắp đến hạn). */
    public org.cutri.plan.DutyCalendar dutyCalendar() {
        return dutyCalendar;
    }

    public DemoService demo() {
        return demo;
    }

    /** The folder the data lives in (shown in the window's status bar). */
    public Path dataFolder() {
        return database.folder();
    }

    public Database database() {
        return database;
    }

    public Messages messages() {
        return messages;
    }

    public CouncilService councils() {
        return councils;
    }

    public ConstituencyService constituencies() {
        return constituencies;
    }

    public HamletService hamlets() {
        return hamlets;
    }

    public DeputyService deputies() {
        return deputies;
    }

    public CommuneService commune() {
        return commune;
    }

    public AssignmentService assignments() {
        return assignments;
    }

    public RegisterImportService registerImport() {
        return registerImport;
    }

    /** True when the data is on a PostgreSQL server rather than in the data folder's file. */
    public boolean onServer() {
        return database.isServer();
    }

    /** Where the data is, as the status bar says it: its folder, or its server and the account on it. */
    public String location() {
        return database.serverAddress().map(address -> address + " (" + database.account().orElse("") + ")")
                .orElse(database.folder().toString());
    }

    /**
     * On a shared server, tells {@code changed} (on a watch thread) each time another account changed the data
     * ({@link ServerChangeWatch}), until the data is closed; nothing for the data file, which only this program opens.
     */
    public void watchOthersChanges(Runnable changed) {
        ServerChangeWatch watch = ServerChangeWatch.start(database, newest -> changed.run());
        if (watch != null) {
            onClose(watch);
        }
    }

    /** Runs this when the data is closed, before the database is (a watch on the server stops). */
    public void onClose(AutoCloseable work) {
        closing.add(work);
    }

    /** Closes the data; after changes, and when {@link #backingUpOnClose} was asked, backs it up first. */
    @Override
    public void close() {
        for (AutoCloseable work : closing) {
            try {
                work.close();
            } catch (Exception e) {
                org.slf4j.LoggerFactory.getLogger(AppContext.class).warn("Work on closing failed", e);
            }
        }
        backups.stopDaily();
        if (backUpOnClose) {
            try {
                backups.backUpOnExitIfChanged();
            } catch (RuntimeException e) {
                // The data itself is safe: closing goes on, the next start or exit tries again.
                org.slf4j.LoggerFactory.getLogger(AppContext.class).warn("The backup on exit could not be made", e);
            }
        }
        database.close();
    }
}
