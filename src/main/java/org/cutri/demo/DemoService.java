package org.cutri.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cutri.assignment.AssignmentService;
import org.cutri.common.UserException;
import org.cutri.common.text.VietText;
import org.cutri.commune.CommuneProfile;
import org.cutri.commune.CommuneService;
import org.cutri.constituency.Constituency;
import org.cutri.constituency.ConstituencyService;
import org.cutri.council.CouncilLevel;
import org.cutri.council.CouncilService;
import org.cutri.council.CouncilTerm;
import org.cutri.council.SessionDraft;
import org.cutri.council.SessionKind;
import org.cutri.deputy.DeputyDraft;
import org.cutri.deputy.DeputyService;
import org.cutri.hamlet.HamletDraft;
import org.cutri.hamlet.HamletKind;
import org.cutri.hamlet.HamletService;
import org.cutri.meeting.MeetingService;
import org.cutri.opinion.OpinionField;
import org.cutri.opinion.OpinionService;
import org.cutri.round.RoundService;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Loads an invented demo commune (xã Tân Phúc, tỉnh An Sơn: neither exists) to try the program: the
 * office profile, the 2026–2031 term and its sessions, 12 hamlets in 4 commune constituencies, 20
 * deputies and their assignments, and two contact rounds with one meeting per hamlet, their minutes and
 * the voters' opinions ({@link DemoWork}). Every name is invented. All of it is written in one
 * transaction: the services below join the transaction of this thread (Jdbi reuses the thread's handle).
 * {@link #addGeneratedOpinions} adds many generated opinions for scale tests ({@link GeneratedOpinions}).
 */
public class DemoService {

    private final Jdbi jdbi;
    private final CommuneService commune;
    private final CouncilService councils;
    private final ConstituencyService constituencies;
    private final HamletService hamlets;
    private final DeputyService deputies;
    private final AssignmentService assignments;
    private final RoundService rounds;
    private final MeetingService meetings;
    private final OpinionService opinions;

    public DemoService(Jdbi jdbi, CommuneService commune, CouncilService councils, ConstituencyService constituencies,
            HamletService hamlets, DeputyService deputies, AssignmentService assignments, RoundService rounds,
            MeetingService meetings, OpinionService opinions) {
        this.jdbi = jdbi;
        this.commune = commune;
        this.councils = councils;
        this.constituencies = constituencies;
        this.hamlets = hamlets;
        this.deputies = deputies;
        this.assignments = assignments;
        this.rounds = rounds;
        this.meetings = meetings;
        this.opinions = opinions;
    }

    /** What was loaded, for the message to the user. */
    /** The invented commune's name. */
    public static final String NAME = "Tân Phúc";

    public record Summary(int hamlets, int constituencies, int deputies, int sessions, int assignments, int rounds,
            int meetings, int opinions, String commune) {
    }

    /** What {@link #addGeneratedOpinions} added, and how long it took. */
    public record Generated(int opinions, int meetings, long millis, Summary demoLoaded) {
    }

    /** True when the register holds nothing yet: the first start offers the demo then. */
    public boolean isEmpty() {
        return jdbi.withExtension(DemoDao.class, DemoDao::registerRows) == 0;
    }

    /**
     * Loads the demo commune. Refused on data that is not empty unless {@code replace}: then the whole
     * register is replaced, in the same transaction (an error leaves the old data as it was).
     */
    public Summary load(boolean replace) {
        return load(replace, false);
    }

    /**
     * As {@link #load(boolean)}; with {@code reviewed}, the July round's compilation is finished (its same-issue
     * groups reviewed and accepted), as the program shows the demo to a user. Tests start from the round as
     * typed ({@code false}) to review the groups themselves.
     */
    public Summary load(boolean replace, boolean reviewed) {
        return load(replace, reviewed, null);
    }

    /**
     * As {@link #load(boolean, boolean)}, the invented commune named {@code communeName} ("Xã Bình An") instead of
     * Tân Phúc, so its packages carry another commune's name and code ("binh-an"): a province can try its work with
     * many communes' packages (null: Tân Phúc).
     *
     * @throws UserException {@code demo.commune.invalid} for a name without a letter or digit
     */
    public Summary load(boolean replace, boolean reviewed, String communeName) {
        String name = communeName == null ? NAME : withoutPrefix(VietText.clean(communeName));
        if (org.cutri.office.OfficeService.codeFor(name).isEmpty()) {
            throw new UserException("demo.commune.invalid", communeName);
        }
        // One audit row for the whole demo, not one per invented row.
        return org.cutri.audit.AuditLog.bulk(() -> jdbi.inTransaction(handle -> {
            DemoDao dao = handle.attach(DemoDao.class);
            if (dao.registerRows() > 0) {
                if (!replace) {
                    throw new UserException("demo.notEmpty");
                }
                DemoDao.clearAll(handle);
            }
            org.cutri.audit.AuditLog.record(handle, org.cutri.audit.AuditAction.IMPORT, "demo", null,
                    "nạp dữ liệu mẫu (bịa đặt)" + (replace ? ", thay dữ liệu đang có" : ""));
            return loadInto(handle, reviewed, name);
        }));
    }

    /**
     * True while the data holds the invented demo: it was loaded (at the first start or by {@code cutri demo}) and
     * not cleared since. The window says so above every screen and offers to clear it.
     */
    public boolean holdsDemo() {
        return jdbi.withExtension(DemoDao.class, DemoDao::lastDemoEntry)
                .map(org.cutri.audit.AuditAction.IMPORT.name()::equals).orElse(false);
    }

    /**
     * Clears the demo to start the office's real work: every table of the office's work is emptied in one
     * transaction (an error leaves everything as it was), and the audit trail notes it. The caller backs the data up
     * first. The lists the program ships, the office's kind and keys, and the audit trail stay.
     */
    public void clearForRealWork() {
        org.cutri.audit.AuditLog.bulk(() -> jdbi.useTransaction(handle -> {
            DemoDao.clearAll(handle);
            org.cutri.audit.AuditLog.record(handle, org.cutri.audit.AuditAction.DELETE, "demo", null,
                    "xóa xã mẫu (dữ liệu bịa đặt) để bắt đầu làm thật");
        }));
    }

    /** "Xã Bình An" → "Bình An": the profile holds the name without the word for a commune. */
    private static String withoutPrefix(String name) {
        String stripped = name.replaceFirst("(?iu)^(xã|phường|thị trấn|đặc khu)\\s+", "").strip();
        return stripped.isEmpty() ? name : stripped;
    }

    /**
     * Adds {@code count} generated opinions spread over every meeting of every round, for scale tests,
     * with batch inserts in one transaction. On an empty register the demo commune is loaded first (in the
     * same transaction); on data that already holds meetings (the demo or the office's own) the opinions
     * are added to them, nothing is removed. Their codes ("SL1-000001") are unique: each run takes a
     * prefix no code uses yet.
     */
    public Generated addGeneratedOpinions(int count) {
        if (count <= 0 || count > GeneratedOpinions.MAX) {
            throw new UserException("demo.opinions.count", GeneratedOpinions.MAX);
        }
        long start = System.nanoTime();
        return jdbi.inTransaction(handle -> {
            Summary loaded = null;
            if (handle.attach(DemoDao.class).registerRows() == 0) {
                loaded = loadInto(handle, false, NAME);
            }
            int meetingCount = new GeneratedOpinions(handle, opinions.fields()).add(count);
            return new Generated(count, meetingCount, (System.nanoTime() - start) / 1_000_000, loaded);
        });
    }

    private Summary loadInto(Handle handle, boolean reviewed, String name) {
        commune.save(new CommuneProfile(name, "An Sơn", name, "ỦY BAN MTTQ VIỆT NAM",
                "XÃ " + name.toUpperCase(java.util.Locale.forLanguageTag("vi")),
                "BAN THƯỜNG TRỰC", "MTTQ-BTT", "Trần Minh Khôi", "Lê Thị Ngọc Hân\nPhạm Quốc Việt",
                "Đỗ Thị Thu Trang"));
        CouncilTerm term = councils.ensureTerm(2026, 2031);
        int sessions = 0;
        for (Object[] s : SESSIONS) {
            councils.createSession(new SessionDraft(term.id(), (CouncilLevel) s[0], (String) s[1], (Integer) s[2],
                    (SessionKind) s[3], (LocalDate) s[4], (LocalDate) s[5]));
            sessions++;
        }

        List<Constituency> communeUnits = new ArrayList<>();
        for (int number = 1; number <= 4; number++) {
            communeUnits.add(constituencies.ensure(term.id(), CouncilLevel.COMMUNE, number));
        }
        Constituency province = constituencies.ensure(term.id(), CouncilLevel.PROVINCE, 5);
        Constituency national = constituencies.ensure(term.id(), CouncilLevel.NATIONAL, 2);

        List<Integer> hamletIds = new ArrayList<>();
        for (int i = 0; i < HAMLETS.length; i++) {
            String[] h = HAMLETS[i];
            Constituency unit = communeUnits.get(i / 3);
            hamletIds.add(hamlets.insert(handle, new HamletDraft(h[0], HamletKind.fromName(h[0]).orElseThrow(), h[1], h[2],
                    unit.id())));
        }
        // The province and National Assembly constituencies cover the whole commune.
        constituencies.addHamlets(handle, province.id(), hamletIds);
        constituencies.addHamlets(handle, national.id(), hamletIds);

        for (int i = 0; i < COMMUNE_DEPUTIES.length; i++) {
            String[] d = COMMUNE_DEPUTIES[i];
            deputies.insert(handle, new DeputyDraft(d[0], CouncilLevel.COMMUNE, term.id(), communeUnits.get(i / 4).id(),
                    d[1], "Tổ đại biểu số " + (i / 4 + 1)));
        }
        deputies.insert(handle, new DeputyDraft("Quách Văn Định", CouncilLevel.PROVINCE, term.id(), province.id(),
                "Đại biểu HĐND tỉnh, Phó Giám đốc Sở Nông nghiệp và Môi trường", "Tổ đại biểu HĐND tỉnh"));
        deputies.insert(handle, new DeputyDraft("Âu Thị Lệ Thu", CouncilLevel.PROVINCE, term.id(), province.id(),
                "Đại biểu HĐND tỉnh, Hiệu trưởng trường THPT Tân Phúc", "Tổ đại biểu HĐND tỉnh"));
        deputies.insert(handle, new DeputyDraft("Triệu Văn Khang", CouncilLevel.NATIONAL, term.id(), national.id(),
                "Đại biểu Quốc hội chuyên trách", "Đoàn ĐBQH tỉnh"));
        deputies.insert(handle, new DeputyDraft("Lục Thị Phương Lan", CouncilLevel.NATIONAL, term.id(), national.id(),
                "Đại biểu Quốc hội, Phó Trưởng Đoàn ĐBQH tỉnh", "Đoàn ĐBQH tỉnh"));
        int assigned = assignments.applyProposal(term.id());

        Map<String, Integer> fieldIds = opinions.fields().stream()
                .collect(Collectors.toMap(OpinionField::name, OpinionField::id, (a, b) -> a));
        DemoWork.Counts work = new DemoWork(handle, rounds, meetings, opinions, councils, assignments, hamlets, fieldIds)
                .load(term, SECRETARIES, reviewed);
        // The July round's follow-up goes through the program's own rules, in this same transaction.
        new DemoFollowUp(handle, jdbi, opinions).write(work.julyRoundId(), work.decemberRoundId());
        new DemoRegister(jdbi, commune, rounds, reviewed).write(handle, work.julyRoundId(), work.decemberRoundId());
        new DemoPlans(jdbi, commune).write(LocalDate.now(), reviewed, work.decemberRoundId());
        if (reviewed) {
            // The office's other work, dated around today, only for the demo as shown to a user: its deadlines would
            // move a test's window to the duty calendar at start (as DemoPlans, decision 0041).
            new DemoSentiment(handle).write();
            new DemoConference(handle).write(LocalDate.now());
            new DemoDrafts(handle, LocalDate.now()).write();
        }
        return new Summary(HAMLETS.length, communeUnits.size() + 2, COMMUNE_DEPUTIES.length + 4, sessions, assigned,
                work.rounds(), work.meetings(), work.opinions(), name);
    }

    /** Secretaries of the hamlet meetings (thư ký hội nghị), one per hamlet in the order of {@link #HAMLETS}. */
    private static final String[] SECRETARIES = {
        "Nguyễn Thị Diệu", "Phạm Thị Hảo", "Hà Thị Mơ", "Đoàn Thị Vân", "Lâm Thị Nụ", "Tô Thị Ngát",
        "Châu Thị Bé", "Giáp Thị Liên", "Khúc Thị Dung", "Viên Thị Hằng", "Doãn Thị Thơm", "Lò Thị Ín",
    };

    /** Hamlet name, hamlet head, head of the Front work group; three per commune constituency. */
    private static final String[][] HAMLETS = {
        {"Thôn Đông Hải", "Nguyễn Hữu Phước", "Lê Thị Sen"},
        {"Thôn Tây Sơn", "Phạm Văn Cường", "Trịnh Thị Lụa"},
        {"Xóm Bến", "Hà Văn Thuận", "Võ Thị Nhàn"},
        {"Thôn Trung Lập", "Đoàn Văn Kiên", "Nguyễn Thị Thoa"},
        {"Xóm Giữa", "Lâm Văn Đức", "Chu Thị Hường"},
        {"Thôn Phú Xuân", "Tô Văn Nghĩa", "Mai Thị Quyên"},
        {"Ấp Mỹ Lợi", "Châu Văn Sang", "Huỳnh Thị Diễm"},
        {"Thôn Hòa Bình", "Giáp Văn Hưng", "Ninh Thị Gấm"},
        {"Xóm Đồng Chùa", "Khúc Văn Long", "Ông Thị Xuyến"},
        {"Tổ dân phố Chợ Cũ", "Viên Văn Hậu", "Thân Thị Hòa"},
        {"Khu phố Ga", "Doãn Văn Tiến", "Lã Thị Thắm"},
        {"Bản Khe Mây", "Lò Văn Pánh", "Vi Thị Hoa"},
    };

    /** Commune-council deputies: name and position; four per constituency, in order. */
    private static final String[][] COMMUNE_DEPUTIES = {
        {"Nguyễn Văn Thắng", "Chủ tịch HĐND xã"},
        {"Lê Thị Hồng Nhung", "Chủ tịch Hội Liên hiệp Phụ nữ xã"},
        {"Hoàng Đức Anh", "Trưởng Công an xã"},
        {"Vũ Thị Kim Oanh", "Hiệu trưởng trường Tiểu học Tân Phúc"},
        {"Phan Văn Lộc", "Phó Chủ tịch HĐND xã"},
        {"Đinh Thị Mai Phương", "Trưởng trạm Y tế xã"},
        {"Bùi Quang Huy", "Chủ tịch Hội Nông dân xã"},
        {"Trương Thị Yến", "Bí thư chi bộ thôn Phú Xuân"},
        {"Đặng Văn Bình", "Chủ tịch UBND xã"},
        {"Cao Thị Thanh Tâm", "Trưởng Ban Kinh tế - Ngân sách HĐND xã"},
        {"Lương Văn Tài", "Chỉ huy trưởng Ban Chỉ huy quân sự xã"},
        {"Hồ Thị Ngân", "Bí thư Đoàn xã"},
        {"Tạ Minh Quân", "Phó Chủ tịch UBND xã"},
        {"Kiều Thị Hạnh", "Trưởng Ban Văn hóa - Xã hội HĐND xã"},
        {"Mạc Văn Toàn", "Chủ tịch Hội Cựu chiến binh xã"},
        {"La Thị Bảo Châu", "Giáo viên trường THCS Tân Phúc"},
    };

    /** Body, course, number, kind, first day, last day. */
    private static final Object[][] SESSIONS = {
        {CouncilLevel.COMMUNE, "I", 1, SessionKind.THEMATIC, LocalDate.of(2026, 3, 30), LocalDate.of(2026, 3, 30)},
        {CouncilLevel.COMMUNE, "I", 2, SessionKind.REGULAR, LocalDate.of(2026, 7, 9), LocalDate.of(2026, 7, 10)},
        {CouncilLevel.COMMUNE, "I", 3, SessionKind.REGULAR, LocalDate.of(2026, 12, 17), LocalDate.of(2026, 12, 18)},
        {CouncilLevel.PROVINCE, "I", 2, SessionKind.REGULAR, LocalDate.of(2026, 7, 14), LocalDate.of(2026, 7, 16)},
        {CouncilLevel.PROVINCE, "I", 3, SessionKind.REGULAR, LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 10)},
        {CouncilLevel.NATIONAL, "XVI", 2, SessionKind.REGULAR, LocalDate.of(2026, 10, 20), LocalDate.of(2026, 12, 10)},
    };
}
