package org.cutri.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javafx.collections.ListChangeListener;

import org.cutri.app.AppContext;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.text.VietText;
import org.cutri.hamlet.Hamlet;
import org.cutri.meeting.Meeting;
import org.cutri.meeting.MeetingDraft;
import org.cutri.meeting.MeetingForm;
import org.cutri.meeting.MeetingStatus;
import org.cutri.opinion.LoadedOpinions;
import org.cutri.opinion.OpinionDao;
import org.cutri.opinion.OpinionField;
import org.cutri.opinion.OpinionFilter;
import org.cutri.opinion.OpinionListItem;
import org.cutri.opinion.OpinionListViewModel;
import org.cutri.opinion.OpinionScan;
import org.cutri.opinion.OpinionSearchIndex;
import org.cutri.round.ContactRound;
import org.cutri.round.RoundDraft;
import org.cutri.round.RoundKind;
import org.cutri.testing.TestContexts;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Search-as-you-type over 100,000 invented opinions stored in a real H2 file: times the insert, the opening
 * of the all-opinions screen (until its rows show, until search runs on the index), the list load, the
 * index build, and 1,000+ queries typed letter by letter. A program, not a test (no timing is
 * ever asserted). See docs/benchmarks.md for how to run it.
 */
public final class OpinionSearchBenchmark {

    private static final int OPINIONS = Integer.getInteger("opinions", 100_000);
    private static final int PER_MEETING = 40;

    private OpinionSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--open")) {
            try (AppContext context = TestContexts.open(Path.of(args[1]))) {
                open(context, "JVM mới, lần đầu");
                open(context, "JVM mới, lần 2");
            }
            return;
        }
        Path folder = Files.createTempDirectory("cutri-bench-");
        System.out.printf("Dữ liệu tạm: %s; %d ý kiến; %d lõi; Java %s%n", folder, OPINIONS,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        try (AppContext context = TestContexts.open(folder)) {
            context.demo().load(false);
            long t0 = System.nanoTime();
            insert(context, new Random(2026));
            long t1 = System.nanoTime();
            System.out.printf("Ghi %d ý kiến vào H2 (theo lô): %d ms%n", OPINIONS, (t1 - t0) / 1_000_000);

            // The screen opening as the user sees it, first in a new JVM (the program just started: nothing
            // warmed up, the database file just opened), then again in this one.
            context.close();
            Process fresh = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), OpinionSearchBenchmark.class.getName(), "--open",
                    folder.toString()).inheritIO().start();
            if (fresh.waitFor() != 0) {
                throw new IllegalStateException("the fresh JVM failed");
            }
        }
        try (AppContext context = TestContexts.open(folder)) {
            for (int run = 0; run < 3; run++) {
                open(context, "cùng JVM, lần " + (run + 1));
            }

            LoadedOpinions loaded = null;
            for (int run = 0; run < 3; run++) {
                long a = System.nanoTime();
                loaded = context.opinions().loadAll();
                System.out.printf("Nạp danh sách (loadAll, lần %d): %d dòng, %d ms%n", run + 1, loaded.items().size(),
                        (System.nanoTime() - a) / 1_000_000);
            }
            OpinionSearchIndex index = null;
            for (int run = 0; run < 3; run++) {
                long a = System.nanoTime();
                index = OpinionSearchIndex.build(loaded);
                System.out.printf("Lập chỉ mục (nội dung đã gấp sẵn, song song, lần %d): %d ms, %d từ khác nhau%n",
                        run + 1, (System.nanoTime() - a) / 1_000_000, index.dictionarySize());
            }
            // The former path, for comparison: Jdbi's reflective mapper with joins, then folding every text again.
            for (int run = 0; run < 2; run++) {
                long a = System.nanoTime();
                List<OpinionListItem> items = context.database().jdbi().withExtension(OpinionDao.class,
                        OpinionDao::listItems);
                long b = System.nanoTime();
                OpinionSearchIndex.build(items);
                System.out.printf("Cách cũ (lần %d): nạp qua ConstructorMapper %d ms, lập chỉ mục gấp lại chữ %d ms%n",
                        run + 1, (b - a) / 1_000_000, (System.nanoTime() - b) / 1_000_000);
            }

            List<String> queries = typedQueries();
            // Warm up, then measure.
            for (String q : queries) {
                new ArrayList<>(index.search(q, OpinionFilter.ALL));
            }
            long[] micros = new long[queries.size()];
            long totalHits = 0;
            for (int i = 0; i < queries.size(); i++) {
                long a = System.nanoTime();
                List<OpinionListItem> found = new ArrayList<>(index.search(queries.get(i), OpinionFilter.ALL));
                micros[i] = (System.nanoTime() - a) / 1_000;
                totalHits += found.size();
            }
            report("Tìm khi gõ (" + queries.size() + " truy vấn, không lọc)", micros);
            System.out.printf("  trung bình %d kết quả mỗi truy vấn%n", totalHits / queries.size());

            OpinionField water = context.opinions().fields().stream().filter(f -> f.name().equals("Nước sạch"))
                    .findFirst().orElseThrow();
            OpinionFilter filter = new OpinionFilter(null, null, water.id(), null, null, null, true);
            long[] filtered = new long[queries.size()];
            for (int i = 0; i < queries.size(); i++) {
                long a = System.nanoTime();
                new ArrayList<>(index.search(queries.get(i), filter));
                filtered[i] = (System.nanoTime() - a) / 1_000;
            }
            report("Tìm khi gõ, lọc lĩnh vực Nước sạch + được tán thành", filtered);

            // While the index is being built the search box scans the folded texts (a few hundred ms at most).
            OpinionScan scan = new OpinionScan(loaded);
            List<String> sample = new ArrayList<>();
            for (int i = 0; i < queries.size(); i += 5) {
                sample.add(queries.get(i));
            }
            long[] scanned = new long[sample.size()];
            for (int i = 0; i < sample.size(); i++) {
                long a = System.nanoTime();
                new ArrayList<>(scan.search(sample.get(i), OpinionFilter.ALL));
                scanned[i] = (System.nanoTime() - a) / 1_000;
            }
            report("Tìm khi chỉ mục chưa xong (quét tuần tự, " + sample.size() + " truy vấn)", scanned);

            List<OpinionListItem> best = index.search("nuoc sach", OpinionFilter.ALL);
            System.out.printf("Ví dụ \"nuoc sach\": %d kết quả; đầu tiên: %s — %s%n", best.size(), best.get(0).code(),
                    best.get(0).content());
        }
    }

    /**
     * Opens the all-opinions screen's view-model as the window does, until the table holds rows and until
     * search runs on the index (its background steps run in line here, one after the other).
     */
    private static void open(AppContext context, String label) {
        long[] firstRows = {0, 0};
        int[] firstSize = {0};
        long a = System.nanoTime();
        OpinionListViewModel viewModel = new OpinionListViewModel(context.opinions(), context.messages(),
                TaskExecutor.sameThread(e -> {
                    throw new IllegalStateException(e);
                }));
        viewModel.results().addListener((ListChangeListener<OpinionListItem>) change -> {
            int size = viewModel.results().size();
            if (firstRows[0] == 0 && size > 0) {
                firstRows[0] = System.nanoTime();
                firstSize[0] = size;
            } else if (firstRows[1] == 0 && size > firstSize[0]) {
                firstRows[1] = System.nanoTime();
            }
        });
        viewModel.refresh();
        long ready = System.nanoTime();
        if (!viewModel.loaded()) {
            throw new IllegalStateException("the index was not built");
        }
        System.out.printf("Mở màn hình Ý kiến (%s): %d dòng đầu sau %d ms, đủ %d dòng sau %d ms,"
                + " tìm bằng chỉ mục sau %d ms%n", label, firstSize[0], (firstRows[0] - a) / 1_000_000,
                viewModel.results().size(), ((firstRows[1] == 0 ? firstRows[0] : firstRows[1]) - a) / 1_000_000,
                (ready - a) / 1_000_000);
    }

    private static void report(String title, long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s: p50 %.2f ms, p95 %.2f ms, max %.2f ms%n", title,
                sorted[sorted.length / 2] / 1000.0, sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1000.0,
                sorted[sorted.length - 1] / 1000.0);
    }

    /** Every prefix of phrases as a user types them, without and with diacritics. */
    static List<String> typedQueries() {
        List<String> phrases = List.of("nuoc sach", "nước sạch", "duong lien thon", "đường liên thôn",
                "den chieu sang", "giay chung nhan quyen su dung dat", "dien ap yeu", "ho ngheo", "bao hiem y te",
                "truong mam non", "o nhiem moi truong", "cau qua kenh", "muong thoat nuoc", "rac thai",
                "xom ben", "ho tro nguoi co cong", "thu tuc hanh chinh", "kênh mương nội đồng", "gia vat tu nong nghiep",
                "an ninh trat tu", "dat san xuat", "tram y te", "nha van hoa", "dien luc", "nang cap duong",
                "sua chua cau", "ve sinh moi truong", "tieu thu nong san", "lo chan nuoi", "chinh sach",
                "Điện áp yếu giờ cao điểm", "cấp giấy chứng nhận", "dao tao nghe", "tro cap xa hoi", "phong hoc",
                "nha ve sinh truong tieu hoc", "khai thac cat trai phep", "thu gom rac", "tram bom", "bien bao",
                "dich vu cong truc tuyen", "le hoi tiet kiem", "san the thao", "dua xe ban dem", "trom cap vat",
                "dich benh gia suc", "ho ngheo sua nha", "kham suc khoe dinh ky", "bo sung thuoc", "nuoc duc co mui",
                "gia nuoc", "ap luc nuoc yeu", "di doi cot dien", "tien dien tang", "tranh chap dat", "quy hoach",
                "boi thuong thu hoi dat", "nao vet kenh", "cung hoa muong", "nguoi cao tuoi", "cac khoan thu",
                "nang cap tuyen duong lien thon", "o ga", "khu san xuat", "den duong", "yk2", "bk-12",
                "sạch nước", "thon dong", "xom giua", "cho", "mua mua", "nhieu thang", "buc xuc", "chua duoc giai quyet",
                "de nghi xa quan tam", "kien nghi cap co tham quyen", "phan anh tinh trang", "dong thoi");
        List<String> queries = new ArrayList<>();
        for (String phrase : phrases) {
            for (int i = 1; i <= phrase.length(); i++) {
                String typed = phrase.substring(0, i);
                if (!typed.endsWith(" ")) {
                    queries.add(typed);
                }
            }
        }
        return queries;
    }

    private static void insert(AppContext context, Random random) {
        ContactRound[] rounds = new ContactRound[6];
        for (int r = 0; r < rounds.length; r++) {
            LocalDate start = LocalDate.of(2023, 6, 1).plusMonths(6L * r);
            rounds[r] = context.rounds().create(new RoundDraft(null, r % 2 == 0 ? RoundKind.BEFORE_SESSION
                    : RoundKind.AFTER_SESSION, "Tiếp xúc cử tri đợt " + (r + 1) + " (thử nghiệm)", null, null, start,
                    start.plusDays(10), start.plusDays(12), null, null, null));
        }
        List<Hamlet> hamlets = context.hamlets().list();
        List<OpinionField> fields = context.opinions().fields();
        int meetings = (OPINIONS + PER_MEETING - 1) / PER_MEETING;
        List<Meeting> created = new ArrayList<>();
        for (int m = 0; m < meetings; m++) {
            ContactRound round = rounds[m % rounds.length];
            Hamlet hamlet = hamlets.get(m % hamlets.size());
            created.add(context.meetings().create(new MeetingDraft(round.id(), round.startDate().plusDays(m % 10),
                    LocalTime.of(8, 0), LocalTime.of(10, 30), "Nhà văn hóa " + hamlet.name(), MeetingForm.IN_PERSON,
                    null, null, MeetingStatus.HELD, List.of(hamlet.id()), List.of())));
        }
        LocalDateTime now = LocalDateTime.now();
        context.database().jdbi().useTransaction(handle -> {
            PreparedBatch batch = handle.prepareBatch("INSERT INTO opinion (code, meeting_id, hamlet_id, seq, content,"
                    + " content_folded, kind, field_id, authority, authority_body, speaker_consent, votes_for,"
                    + " voters_present, approved, answered_at_meeting, status, created_at, updated_at) VALUES (:code,"
                    + " :meeting, :hamlet, :seq, :content, :folded, :kind, :field, :authority, :body, FALSE, :votes,"
                    + " :present, :approved, FALSE, 'NEW', :now, :now)");
            for (int i = 0; i < OPINIONS; i++) {
                Meeting meeting = created.get(i / PER_MEETING);
                int fieldIndex = random.nextInt(SENTENCES.length);
                String content = sentence(random, fieldIndex, meeting.hamletNames());
                OpinionField field = fields.stream().filter(f -> f.name().equals(SENTENCES[fieldIndex][0])).findFirst()
                        .orElse(fields.get(fields.size() - 1));
                int present = 30 + random.nextInt(40);
                int votes = random.nextInt(10) == 0 ? present / 3 : present - random.nextInt(5);
                String authority = new String[] {"HAMLET", "COMMUNE", "COMMUNE", "PROVINCE", "CENTRAL", "OTHER"}[
                        random.nextInt(6)];
                batch.bind("code", "BK-" + (i + 1)).bind("meeting", meeting.id())
                        .bind("hamlet", meeting.hamlets().get(0).id()).bind("seq", i % PER_MEETING + 1)
                        .bind("content", content).bind("folded", VietText.fold(content))
                        .bind("kind", new String[] {"OPINION", "PETITION", "REFLECTION"}[random.nextInt(3)])
                        .bind("field", field.id()).bind("authority", authority)
                        .bind("body", authority.equals("OTHER") ? "Điện lực" : null).bind("votes", votes)
                        .bind("present", present).bind("approved", votes * 2 > present).bind("now", now).add();
                if (batch.size() == 2_000) {
                    batch.execute();
                }
            }
            if (batch.size() > 0) {
                batch.execute();
            }
        });
    }

    private static final String[] OPENINGS = {"Đề nghị", "Cử tri đề nghị", "Kiến nghị cấp có thẩm quyền",
        "Phản ánh tình trạng", "Đề nghị xã quan tâm", "Cử tri phản ánh", "Đề nghị sớm", "Đề nghị xem xét"};
    private static final String[] PLACES = {"đoạn từ nhà văn hóa đến trường tiểu học", "khu vực chợ", "cạnh trạm y tế",
        "gần đình làng", "đoạn qua cánh đồng", "khu dân cư mới", "đầu xóm", "cuối thôn giáp kênh"};
    private static final String[] TIMES = {"từ năm 2024 đến nay", "đã nhiều lần kiến nghị", "vào mùa mưa",
        "đã kéo dài nhiều tháng", "gây bức xúc trong Nhân dân", "chưa được giải quyết", "", ""};

    /** Field name, then phrases of that field. */
    private static final String[][] SENTENCES = {
        {"Giao thông", "nâng cấp tuyến đường liên thôn bị xuống cấp nhiều ổ gà", "lắp đặt đèn chiếu sáng đường",
            "sửa chữa cầu qua kênh bị hư hỏng", "mở rộng đường vào khu sản xuất", "lắp biển báo giao thông"},
        {"Nước sạch", "mở rộng hệ thống nước sạch cho các hộ dân", "nước sạch bị đục, có mùi",
            "giá nước sạch cao so với thu nhập", "áp lực nước yếu vào giờ cao điểm"},
        {"Điện", "điện áp yếu vào giờ cao điểm", "di dời cột điện nằm giữa đường", "thay dây điện đã cũ",
            "tiền điện tăng bất thường"},
        {"Đất đai", "cấp giấy chứng nhận quyền sử dụng đất còn chậm", "giải quyết tranh chấp đất sản xuất",
            "công khai quy hoạch sử dụng đất", "bồi thường khi thu hồi đất làm đường"},
        {"Tài nguyên - Môi trường", "ô nhiễm môi trường do lò chăn nuôi", "thu gom rác thải sinh hoạt",
            "vệ sinh môi trường kênh mương", "khai thác cát trái phép"},
        {"Thủy lợi", "nạo vét kênh mương nội đồng", "cứng hóa mương thoát nước", "sửa chữa trạm bơm"},
        {"Y tế", "bảo hiểm y tế cho người cao tuổi", "bổ sung thuốc tại trạm y tế", "khám sức khỏe định kỳ"},
        {"Giáo dục", "sửa chữa phòng học trường mầm non", "xây thêm nhà vệ sinh trường tiểu học",
            "giảm các khoản thu đầu năm học"},
        {"Lao động - Chính sách", "hỗ trợ hộ nghèo sửa nhà", "hỗ trợ người có công", "đào tạo nghề cho lao động nông thôn",
            "chi trả trợ cấp xã hội đúng hạn"},
        {"Nông nghiệp", "giá vật tư nông nghiệp tăng cao", "tiêu thụ nông sản cho bà con", "phòng chống dịch bệnh gia súc"},
        {"An ninh trật tự", "an ninh trật tự khu vực chợ", "tệ nạn trộm cắp vặt", "thanh thiếu niên đua xe ban đêm"},
        {"Cải cách hành chính", "thủ tục hành chính còn rườm rà", "dịch vụ công trực tuyến khó sử dụng"},
        {"Văn hóa - Xã hội", "sửa chữa nhà văn hóa", "xây sân thể thao cho thanh niên", "tổ chức lễ hội tiết kiệm"},
    };

    static String sentence(Random random, int fieldIndex, String hamlet) {
        String[] phrases = SENTENCES[fieldIndex];
        String phrase = phrases[1 + random.nextInt(phrases.length - 1)];
        StringBuilder text = new StringBuilder(OPENINGS[random.nextInt(OPENINGS.length)]).append(' ').append(phrase);
        if (random.nextBoolean()) {
            text.append(' ').append(PLACES[random.nextInt(PLACES.length)]);
        }
        if (random.nextInt(3) == 0) {
            text.append(" ").append(hamlet.toLowerCase(Locale.ROOT).startsWith("x") ? "ở " : "tại ").append(hamlet);
        }
        String time = TIMES[random.nextInt(TIMES.length)];
        if (!time.isEmpty()) {
            text.append(", ").append(time);
        }
        if (random.nextInt(4) == 0) {
            String[] other = SENTENCES[random.nextInt(SENTENCES.length)];
            text.append("; đồng thời ").append(other[1 + random.nextInt(other.length - 1)]);
        }
        return text.append('.').toString();
    }
}
