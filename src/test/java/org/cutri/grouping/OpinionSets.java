package org.cutri.grouping;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The labelled opinion sets of ../shared/opinions (header {@code Mã,Thôn,Nội dung,Lĩnh vực,Thẩm quyền,Nhóm};
 * rows sharing {@code Nhóm} raise the same issue), read into {@link LabelledOpinions.Row}s: the row's id is
 * the number of its {@code Mã} ("P1-007" is 7), the issue its {@code Nhóm}. The two invented paraphrase sets
 * are copied into src/test/resources/grouping; the real published one is read from its folder only.
 */
public final class OpinionSets {

    /**
     * The invented paraphrase sets kept in the test resources: sets 1 and 2 (read while the rules were written), and
     * sets 3 and 4, written blind by someone who never saw the code (decision 0054; paraphrase-sets-3-4.md beside them describes
     * their groups and traps), and sets 5 to 8, written blind and held out until decision 0057 read them.
     */
    public static final List<String> PARAPHRASE_SETS = List.of("paraphrase-set-1.csv", "paraphrase-set-2.csv",
            "paraphrase-set-3.csv", "paraphrase-set-4.csv", "paraphrase-set-5.csv", "paraphrase-set-6.csv",
            "paraphrase-set-7.csv", "paraphrase-set-8.csv");

    /**
     * The paraphrase sets held out (grouping/held-out/paraphrase-sets-9-10.md): written blind, measured by the benchmark
     * only; no rule may be written after reading them (decision 0057).
     */
    public static final List<String> HELD_OUT_SETS = List.of("held-out/paraphrase-set-9.csv",
            "held-out/paraphrase-set-10.csv");

    private OpinionSets() {
    }

    /** A set from the test resources (/grouping/NAME). */
    public static List<LabelledOpinions.Row> resource(String name) {
        try (var in = Objects.requireNonNull(OpinionSets.class.getResourceAsStream("/grouping/" + name), name)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A set from a file (the real published opinions, read where they lie). */
    public static List<LabelledOpinions.Row> file(Path path) {
        try {
            return parse(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<LabelledOpinions.Row> parse(String text) {
        List<LabelledOpinions.Row> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                String code = record.get("Mã");
                String field = record.get("Lĩnh vực");
                rows.add(new LabelledOpinions.Row(Integer.parseInt(code.substring(code.indexOf('-') + 1)),
                        record.get("Thôn"), field.isBlank() ? null : field, record.get("Nội dung"),
                        record.get("Nhóm")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /**
     * The pairs of rows whose texts are the same once in NFC (in the real set, one text quoted for several
     * provinces): trivially easy, so the scores are also given without them.
     */
    public static java.util.Set<Long> identicalTextPairs(List<LabelledOpinions.Row> rows) {
        Map<String, List<Integer>> byText = new HashMap<>();
        for (LabelledOpinions.Row row : rows) {
            byText.computeIfAbsent(Normalizer.normalize(row.text(), Normalizer.Form.NFC), k -> new ArrayList<>())
                    .add(row.id());
        }
        java.util.Set<Long> pairs = new java.util.HashSet<>();
        for (List<Integer> ids : byText.values()) {
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    pairs.add(LabelledOpinions.pairKey(ids.get(i), ids.get(j)));
                }
            }
        }
        return pairs;
    }
}
