package org.cutri.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.cutri.common.text.VietText;
import org.cutri.grouping.GroupCandidate;
import org.cutri.grouping.LabelledOpinions;
import org.cutri.grouping.SimilarityGrouper;
import org.cutri.grouping.SuggestedGroup;

/**
 * Times the same-issue suggestions for 5,000 opinions (a province office compiling many communes). The
 * opinions are generated from the labelled set's wordings with variations offices really produce: petition
 * formulas added in front or behind, diacritics dropped, a doubled letter, a word left out, 60 hamlets of
 * 12 communes. Prints the time of each of 5 runs (vectors, candidate pairs and clustering together) and
 * the median. No assertion: a plain program, run by hand (docs/benchmarks.md).
 */
public final class GroupingBenchmark {

    private static final String[] PREFIXES = {"", "Đề nghị ", "Cử tri phản ánh ", "Kiến nghị các cấp quan tâm ",
            "Nhân dân đề nghị ", "Cử tri đề nghị xem xét ", "Bà con phản ánh tình trạng "};
    private static final String[] SUFFIXES = {"", ", đề nghị sớm giải quyết.", ". Đề nghị các cấp quan tâm xem xét.",
            " trên địa bàn thôn.", ", bà con rất bức xúc.", ", đề nghị cấp có thẩm quyền xem xét giải quyết dứt điểm."};
    private static final String[] HAMLET_NAMES = {"Đông", "Tây", "Nam", "Bắc", "Thượng", "Hạ", "Trung", "Phú", "An",
            "Hòa"};

    private GroupingBenchmark() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        List<GroupCandidate> opinions = generate(count, new Random(2026));
        SimilarityGrouper grouper = new SimilarityGrouper();
        grouper.group(opinions.subList(0, Math.min(500, count))); // warm the JIT a little
        long[] millis = new long[5];
        List<SuggestedGroup> groups = List.of();
        for (int run = 0; run < millis.length; run++) {
            long start = System.nanoTime();
            groups = grouper.group(opinions);
            millis[run] = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("run %d: %d ms%n", run + 1, millis[run]);
        }
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        int grouped = groups.stream().mapToInt(g -> g.memberIds().size()).sum();
        System.out.printf("%d opinions, %d groups (%d opinions grouped), median %d ms, %d cores%n", count,
                groups.size(), grouped, sorted[sorted.length / 2], Runtime.getRuntime().availableProcessors());
    }

    static List<GroupCandidate> generate(int count, Random random) {
        List<LabelledOpinions.Row> rows = LabelledOpinions.load();
        List<GroupCandidate> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LabelledOpinions.Row row = rows.get(random.nextInt(rows.size()));
            int commune = random.nextInt(12);
            String hamlet = "Thôn " + HAMLET_NAMES[random.nextInt(HAMLET_NAMES.length)] + " " + (1 + random.nextInt(5));
            out.add(new GroupCandidate(i + 1, vary(row.text(), random), row.field(), hamlet, "Xã số " + (commune + 1)));
        }
        return out;
    }

    private static String vary(String text, Random random) {
        String body = text;
        List<String> words = new ArrayList<>(Arrays.asList(body.split(" ")));
        if (words.size() > 4 && random.nextInt(10) < 3) {
            words.remove(1 + random.nextInt(words.size() - 2));
        }
        if (random.nextInt(10) < 2) {
            int w = random.nextInt(words.size());
            String word = words.get(w);
            if (word.length() > 2) {
                int at = 1 + random.nextInt(word.length() - 1);
                words.set(w, word.substring(0, at) + word.charAt(at - 1) + word.substring(at));
            }
        }
        body = String.join(" ", words);
        String prefix = PREFIXES[random.nextInt(PREFIXES.length)];
        if (!prefix.isEmpty() && !body.isEmpty()) {
            body = Character.toLowerCase(body.charAt(0)) + body.substring(1);
        }
        String result = prefix + body + SUFFIXES[random.nextInt(SUFFIXES.length)];
        return random.nextInt(10) < 2 ? VietText.fold(result) : result;
    }
}
