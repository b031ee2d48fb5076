package org.cutri.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Searching opinions as a secretary types: no diacritics, word starts, several words, best first, filters. */
class OpinionSearchIndexTest {

    private static final LocalDate OLD = LocalDate.of(2025, 6, 10);
    private static final LocalDate NEW = LocalDate.of(2026, 12, 2);

    private static OpinionListItem item(int id, LocalDate date, String hamlet, String content, Integer fieldId,
            String field, Authority authority, boolean approved) {
        return new OpinionListItem(id, "YK-" + id, date.getYear() == 2026 ? 2 : 1, "Đợt " + date.getYear(), 100 + id,
                date, null, hamlet, content, OpinionKind.PETITION, fieldId, field, authority, null, approved,
                OpinionStatus.NEW);
    }

    private final List<OpinionListItem> items = List.of(
            item(1, OLD, "Xóm Bến", "Đề nghị mở rộng hệ thống nước sạch cho xóm", 9, "Nước sạch", Authority.COMMUNE, true),
            item(2, NEW, "Thôn Đông", "Nước giếng bị nhiễm bẩn, đề nghị có nước sạch", 9, "Nước sạch", Authority.PROVINCE, true),
            item(3, NEW, "Xóm Bến", "Sạch sẽ đường làng, thu gom rác; nước thải chảy ra đường", 4, "Tài nguyên - Môi trường",
                    Authority.HAMLET, false),
            item(4, OLD, "Thôn Đông", "Đèn chiếu sáng đường liên thôn hỏng", 5, "Giao thông", Authority.COMMUNE, true),
            item(5, NEW, "Xóm Bãi", "Đường liên thôn xuống cấp nhiều ổ gà", 5, "Giao thông", Authority.COMMUNE, true));

    private final OpinionSearchIndex index = OpinionSearchIndex.build(items);

    private List<Integer> ids(String query) {
        return ids(query, OpinionFilter.ALL);
    }

    private List<Integer> ids(String query, OpinionFilter filter) {
        return index.search(query, filter).stream().map(OpinionListItem::id).toList();
    }

    @Test
    void typingWithoutDiacriticsFindsTheVietnameseWords() {
        assertThat(ids("nuoc sach")).contains(1, 2).doesNotContain(4, 5);
        assertThat(ids("NƯỚC SẠCH")).isEqualTo(ids("nuoc sach"));
        assertThat(ids("duong lien thon")).containsExactlyInAnyOrder(4, 5);
    }

    @Test
    void eachWordMatchesTheStartOfAWordSoResultsNarrowAsTheUserTypes() {
        assertThat(ids("n")).contains(1, 2, 3, 5);
        assertThat(ids("nu")).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(ids("nuoc s")).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(ids("uoc")).as("inside a word is not a word start").isEmpty();
        assertThat(ids("xyz")).isEmpty();
    }

    @Test
    void bestMatchesComeFirstThenTheNewest() {
        // 1 and 2 hold "nước sạch" as a phrase; 3 holds both words apart. Among 1 and 2 the newer comes first.
        assertThat(ids("nuoc sach")).containsExactly(2, 1, 3);
        assertThat(ids("")).as("no query: newest first").containsExactly(5, 3, 2, 4, 1);
    }

    @Test
    void filtersNarrowTheSameResults() {
        assertThat(ids("nuoc", new OpinionFilter(null, "Xóm Bến", null, null, null, null, null))).containsExactly(3, 1);
        assertThat(ids("", new OpinionFilter(null, null, 5, null, null, null, null))).containsExactly(5, 4);
        assertThat(ids("", new OpinionFilter(null, null, null, null, null, null, false))).containsExactly(3);
        assertThat(ids("duong", new OpinionFilter(2, null, null, Authority.COMMUNE, null, null, null))).containsExactly(5);
        assertThat(ids("", new OpinionFilter(null, null, null, null, OpinionKind.OPINION, null, null))).isEmpty();
    }

    @Test
    void theHamletFieldAndCodeAreSearchableToo() {
        assertThat(ids("xom ben")).containsExactlyInAnyOrder(1, 3);
        assertThat(ids("giao thong")).containsExactlyInAnyOrder(4, 5);
        assertThat(ids("yk-4")).containsExactly(4);
    }

    @Test
    void anOpinionAddedOrEditedLaterIsFoundAndItsOldTextIsNot() {
        OpinionSearchIndex updated = index
                .put(item(6, NEW, "Xóm Bến", "Đề nghị lắp đặt đèn đường", 5, "Giao thông", Authority.COMMUNE, true))
                .put(item(4, OLD, "Thôn Đông", "Cầu qua kênh bị sạt lở", 5, "Giao thông", Authority.COMMUNE, true));

        assertThat(updated.size()).isEqualTo(6);
        assertThat(updated.search("den duong", OpinionFilter.ALL)).extracting(OpinionListItem::id).containsExactly(6);
        assertThat(updated.search("chieu sang", OpinionFilter.ALL)).isEmpty();
        assertThat(updated.search("cau kenh", OpinionFilter.ALL)).extracting(OpinionListItem::id).containsExactly(4);
        assertThat(updated.remove(6).search("den", OpinionFilter.ALL)).isEmpty();
        assertThat(updated.size()).isEqualTo(5);
    }

    @Test
    void manyEditsRebuildTheIndexWithoutLosingAnything() {
        OpinionSearchIndex current = OpinionSearchIndex.build(List.of());
        List<OpinionListItem> added = new ArrayList<>();
        for (int i = 1; i <= 2_500; i++) {
            OpinionListItem next = item(i, NEW.minusDays(i % 300), "Xóm " + (i % 7), "Ý kiến số " + i + " về nước sạch",
                    9, "Nước sạch", Authority.COMMUNE, true);
            added.add(next);
            current = current.put(next);
        }
        assertThat(current.size()).isEqualTo(2_500);
        assertThat(current.search("nuoc sach", OpinionFilter.ALL)).hasSize(2_500);
        assertThat(current.search("so 1234", OpinionFilter.ALL)).extracting(OpinionListItem::id).first().isEqualTo(1234);
    }

    @Test
    void anIndexBuiltFromStoredFoldedTextsAndThePlainScanFindWhatTheIndexFinds() {
        List<String> folded = items.stream().map(o -> org.cutri.common.text.VietText.fold(o.content())).toList();
        OpinionSearchIndex fromStored = OpinionSearchIndex.build(items, folded);
        OpinionScan scan = new OpinionScan(new LoadedOpinions(items, folded));
        for (String query : List.of("", "n", "nuoc sach", "NƯỚC SẠCH", "duong lien", "xom ben", "giao thong", "yk-3",
                "uoc", "xyz")) {
            for (OpinionFilter filter : List.of(OpinionFilter.ALL,
                    new OpinionFilter(null, "Xóm Bến", null, null, null, null, null),
                    new OpinionFilter(null, null, 5, Authority.COMMUNE, null, null, true))) {
                List<Integer> expected = ids(query, filter);
                assertThat(fromStored.search(query, filter).stream().map(OpinionListItem::id).toList())
                        .as("index from stored texts, \"%s\"", query).isEqualTo(expected);
                List<Integer> scanned = scan.search(query, filter).stream().map(OpinionListItem::id).toList();
                assertThat(scanned).as("scan, \"%s\"", query).containsExactlyInAnyOrderElementsOf(expected);
                if (query.isEmpty()) {
                    assertThat(scanned).as("newest first, as the index lists them").isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void aLargeListIsIndexedInSlicesWithTheSameResults() {
        List<OpinionListItem> many = new ArrayList<>();
        for (int i = 0; i < 25_000; i++) {
            OpinionListItem model = items.get(i % items.size());
            many.add(new OpinionListItem(i + 1, "YK-" + (i + 1), model.roundId(), model.roundName(), model.meetingId(),
                    model.meetingDate().plusDays(i % 30), null, model.hamletName(), model.content() + " số " + i,
                    model.kind(), model.fieldId(), model.fieldName(), model.authority(), null, model.approved(),
                    model.status()));
        }
        OpinionSearchIndex sliced = OpinionSearchIndex.build(many);
        assertThat(sliced.size()).isEqualTo(25_000);
        assertThat(sliced.search("so 12345", OpinionFilter.ALL)).extracting(OpinionListItem::id).first().isEqualTo(12_346);
        assertThat(sliced.search("nuoc sach", OpinionFilter.ALL)).hasSize(3 * 5_000);
        assertThat(sliced.search("yk-24999", OpinionFilter.ALL)).as("the code as a phrase first, then \"số 24999\"")
                .extracting(OpinionListItem::id).containsExactly(24_999, 25_000);
    }
    /**
     * The built part ranks with word masks and stops reading an opinion at the best score; opinions added later are
     * ranked from their words as strings. Both must give the same order: the same 1,500 opinions, built once and
     * added one by one, searched with one to four words, prefixes and phrases, with and without a filter.
     */
    @Test
    void theBuiltIndexRanksAsOpinionsAddedOneByOneAre() {
        String[] words = {"đường", "liên", "thôn", "nước", "sạch", "đề", "nghị", "đèn", "sửa", "cầu", "xóm", "bến",
            "trường", "học", "xuống", "cấp"};
        java.util.Random random = new java.util.Random(13);
        List<OpinionListItem> many = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            StringBuilder content = new StringBuilder();
            for (int w = 0, n = 3 + random.nextInt(12); w < n; w++) {
                content.append(words[random.nextInt(words.length)]).append(w % 5 == 4 ? ", " : " ");
            }
            OpinionListItem model = items.get(i % items.size());
            many.add(new OpinionListItem(i + 1, "YK-" + (i + 1), model.roundId(), model.roundName(), model.meetingId(),
                    model.meetingDate().plusDays(random.nextInt(20)), null, model.hamletName(), content.toString(),
                    model.kind(), model.fieldId(), model.fieldName(), model.authority(), null, model.approved(),
                    model.status()));
        }
        OpinionSearchIndex built = OpinionSearchIndex.build(many);
        OpinionSearchIndex added = OpinionSearchIndex.build(List.of());
        for (OpinionListItem item : many) {
            added = added.put(item);
        }
        for (String query : List.of("de nghi", "đề nghị sửa", "duong lien thon", "nuoc s", "d", "de", "cau sua",
                "thon duong lien", "xom ben nuoc sach", "truong hoc xuong cap", "nghi de", "l t")) {
            for (OpinionFilter filter : List.of(OpinionFilter.ALL,
                    new OpinionFilter(null, "Xóm Bến", null, null, null, null, null))) {
                List<Integer> expected = added.search(query, filter).stream().map(OpinionListItem::id).toList();
                assertThat(expected).as("\"%s\" finds something", query).isNotEmpty();
                assertThat(built.search(query, filter)).extracting(OpinionListItem::id).as("\"%s\"", query)
                        .containsExactlyElementsOf(expected);
            }
        }
    }
}
