package org.cutri.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.cutri.help.GuideText.Block;
import org.cutri.help.GuideText.Heading;
import org.cutri.help.GuideText.ListItem;
import org.cutri.help.GuideText.Paragraph;
import org.cutri.help.GuideText.Span;
import org.cutri.help.GuideText.Table;
import org.junit.jupiter.api.Test;

/** The guide's Markdown read into blocks: what the window shows, without the marks. */
class GuideTextTest {

    @Test
    void headingsParagraphsListsAndTablesAreReadWithTheirLook() {
        List<Block> blocks = GuideText.parse("""
                # Hướng dẫn

                Một đoạn **in đậm** và *nghiêng*,
                nối dòng với `mã` và [liên kết](docs/a.md). Ô (*) bắt buộc.

                1. Bước một
                   còn tiếp
                   - **Nút**: việc con
                2. Bước hai

                | Phím | Tác dụng |
                |---|---|
                | **Tab** | sang ô `a|b` |
                """);

        assertThat(blocks).hasSize(6);
        assertThat(blocks.get(0)).isEqualTo(new Heading(1, List.of(new Span("Hướng dẫn", false, false, false))));
        assertThat(((Paragraph) blocks.get(1)).spans()).containsExactly(
                new Span("Một đoạn ", false, false, false), new Span("in đậm", true, false, false),
                new Span(" và ", false, false, false), new Span("nghiêng", false, true, false),
                new Span(", nối dòng với ", false, false, false), new Span("mã", false, false, true),
                new Span(" và liên kết. Ô (*) bắt buộc.", false, false, false));
        assertThat(blocks.subList(2, 5)).extracting(b -> ((ListItem) b).depth(), b -> ((ListItem) b).marker(),
                b -> GuideText.plain(((ListItem) b).spans()))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, "1.", "Bước một còn tiếp"),
                        org.assertj.core.groups.Tuple.tuple(1, "•", "Nút: việc con"),
                        org.assertj.core.groups.Tuple.tuple(0, "2.", "Bước hai"));
        Table table = (Table) blocks.get(5);
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(1)).extracting(GuideText::plain).containsExactly("Tab", "sang ô a|b");
    }

    @Test
    void aHeadingsTitleIsItsTextWithoutTheChapterNumber() {
        List<Block> blocks = GuideText.parse("""
                ## 13. Ghi biên bản hội nghị
                ### Kết nối từng máy
                ## 2026 trong một trang
                """);

        assertThat(blocks).extracting(b -> ((Heading) b).title())
                .containsExactly("Ghi biên bản hội nghị", "Kết nối từng máy", "2026 trong một trang");
    }

    @Test
    void theShippedGuideIsReadWithEveryChapterAndNoMarkLeft() {
        List<Block> blocks = UserGuide.read().orElseThrow();

        assertThat(blocks.get(0)).isInstanceOf(Heading.class)
                .satisfies(b -> assertThat(((Heading) b).text()).isEqualTo("Hướng dẫn sử dụng cutri"));
        assertThat(blocks).filteredOn(b -> b instanceof Heading h && h.level() == 2)
                .extracting(b -> ((Heading) b).text()).hasSizeGreaterThanOrEqualTo(19)
                .contains("0. Cài đặt và mở chương trình", "14. Nhập ý kiến từ tệp Excel/CSV của các thôn");
        assertThat(blocks).filteredOn(b -> b instanceof Table).isNotEmpty();
        assertThat(blocks).allSatisfy(b -> assertThat(text(b)).doesNotContain("**").doesNotContain("](")
                .doesNotStartWith("#").doesNotStartWith("- "));
    }

    private static String text(Block block) {
        if (block instanceof Heading h) {
            return h.text();
        }
        if (block instanceof Paragraph p) {
            return GuideText.plain(p.spans());
        }
        if (block instanceof ListItem i) {
            return GuideText.plain(i.spans());
        }
        if (block instanceof Table t) {
            return t.rows().stream().flatMap(List::stream).map(GuideText::plain).reduce("", String::concat);
        }
        return "";
    }
}
