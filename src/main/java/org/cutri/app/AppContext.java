package org.cutri.app;

import java.nio.file.Path;
import java.time.Clock;

import org.cutri.common.db.Database;
import org.cutri.commune.CommuneService;
import org.cutri.common.i18n.Messages;
import org.cutri.constituency.ConstituencyService;
import org.cutri.council.CouncilService;
import org.cutri.demo.DemoService;
import org.cutri.deputy.DeputyService;
import org.cutri.hamlet.HamletService;
import org.cutri.meeting.MeetingService;
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
    private final OpinionService opinions;

    private AppContext(Database database, Messages messages) {
        this.database = database;
        this.messages = messages;
        this.councils = new CouncilService(database.jdbi());
        this.constituencies = new ConstituencyService(database.jdbi());
        this.hamlets = new HamletService(database.jdbi(), councils);
        this.deputies = new DeputyService(database.jdbi());
        this.commune = new CommuneService(database.jdbi());
        this.assignments = new AssignmentService(database.jdbi(), councils, hamlets, deputies);
        this.registerImport = new RegisterImportService(database.jdbi(), councils, constituencies, hamlets, deputies);
        this.documentNumbers = new DocumentNumberService(database.jdbi());
        this.rounds = new RoundService(database.jdbi(), documentNumbers);
        this.meetings = new MeetingService(database.jdbi(), Clock.systemDefaultZone());
        this.opinions = new OpinionService(database.jdbi(), Clock.systemDefaultZone());
        this.demo = new DemoService(database.jdbi(), commune, councils, constituencies, hamlets, deputies, assignments);
    }

    /** Opens the data in this folder; throws a {@link org.cutri.common.UserException} the user can act on. */
    public static AppContext open(Path dataFolder, Messages messages) {
        return new AppContext(Database.open(dataFolder), messages);
    }

    public DocumentNumberService documentNumbers() {
        return documentNumbers;
    }

    public RoundService rounds() {
        return rounds;
    }

    public MeetingService meetings() {
        return meetings;
    }

    public OpinionService opinions() {
        return opinions;
    }

    public DemoService demo() {
        return demo;
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

    @Override
    public void close() {
        database.close();
    }
}
