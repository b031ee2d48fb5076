package org.cutri.grouping;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** How the grouping reads an opinion: folded syllables, stop words, bigrams, abbreviations, typos. */
class IssueTextTest {

    @Test
    void textWithAndWithoutDiacriticsOrDecomposedGivesTheSameSyllables() {
        List<String> typed = IssueText.syllables("Đường liên-xã XUỐNG CẤP!");
        assertThat(typed).containsExactly("duong", "lien", "xa", "xuong", "cap");
        assertThat(IssueText.syllables("duong lien xa xuong cap")).isEqualTo(typed);
        assertThat(IssueText.syllables(Normalizer.normalize("Đường liên xã xuống cấp", Normalizer.Form.NFD)))
                .isEqualTo(typed);
    }

    @Test
    void abbreviationsAndSynonymsAreWrittenOneWay() {
        assertThat(IssueText.syllables("Thẻ BHYT")).containsExactly("the", "bao", "hiem", "y", "te");
        assertThat(IssueText.syllables("nước máy có mùi")).startsWith("nuoc", "sach");
        assertThat(IssueText.syllables("tiền đền bù")).containsExactly("tien", "boi", "thuong");
        // decision 0053: a road joining two communes (hamlets) is the inter-commune (inter-hamlet) road
        assertThat(IssueText.syllables("Tuyến đường nối hai xã hư hỏng"))
                .isEqualTo(IssueText.syllables("Tuyến đường liên xã hư hỏng"));
        assertThat(IssueText.syllables("đường nối các thôn")).containsExactly("duong", "lien", "thon");
    }

    @Test
    void conceptPhrasesDoNotOverlapAsWordsOfASentenceDoNot() {
        // "hội trường thôn" is the hamlet hall; its last syllables "trường thôn" are not the hamlet head's pay
        assertThat(IssueText.concepts(IssueText.syllables("Hội trường thôn tường nứt, cửa mục")))
                .containsExactly("hamlet-hall");
        assertThat(IssueText.concepts(IssueText.syllables("Phụ cấp trưởng thôn quá thấp")))
                .containsExactly("hamlet-pay", "pay");
    }

    @Test
    void anOverloadedLorryOrTransformerIsNoCrowdedSchoolAndTradeIsNoEncroachment() {
        assertThat(IssueText.concepts(IssueText.syllables("Xe tải quá tải làm hỏng đường")))
                .containsExactly("heavy-trucks");
        assertThat(IssueText.concepts(IssueText.syllables("Trạm biến áp quá tải, hay nhảy aptomat")))
                .containsExactly("power-supply");
        assertThat(IssueText.concepts(IssueText.syllables("Trường quá tải, sĩ số đông"))).containsExactly("crowding");
        assertThat(IssueText.concepts(IssueText.syllables("mất điện, các hộ buôn bán nhỏ thiệt hại")))
                .containsExactly("power-supply");
        assertThat(IssueText.concepts(IssueText.syllables("Hộ dân lấn chiếm đất công")))
                .containsExactly("land-encroachment");
    }

    /**
     * Decision 0047: folding merges words, so a concept phrase that another word folds to counts only when a text
     * written with diacritics writes it: "cho cán bộ" is no dog bite ("chó cắn"), "đặt cống" no public land ("đất
     * công"), "lô đất" no landslide ("lở đất"), "đưa xe" no racing ("đua xe"). Typed without diacritics the folded
     * phrase still counts: there the text cannot tell.
     */
    @Test
    void aConceptPhraseAnotherWordFoldsToCountsOnlyWhenTheTextWritesIt() {
        assertThat(concepts("tăng hệ số phụ cấp cho cán bộ khóm, ấp")).containsExactly("hamlet-pay", "pay");
        assertThat(concepts("đề nghị đặt cống ngầm qua tuyến đê bao")).isEmpty();
        assertThat(concepts("Hộ dân lấn chiếm đất công làm quán")).containsExactly("land-encroachment");
        assertThat(concepts("Đề nghị cấp số nhà cho các hộ mới")).doesNotContain("land-title");
        assertThat(concepts("Đề nghị sớm cấp sổ đỏ cho các hộ")).contains("land-title");
        assertThat(concepts("Gia đình muốn đưa xe vào sân")).doesNotContain("racing");
        assertThat(concepts("Thanh niên đua xe lạng lách")).containsExactly("racing");
        assertThat(concepts("Chó thả rông, chó cắn người")).containsExactly("stray-dogs");
        assertThat(concepts("cho tha rong, cho can nguoi")).containsExactly("stray-dogs");
    }

    /**
     * Decision 0047: the pump station's machines and a silted canal are two works; what farmers pay for inputs and
     * what they get for their rice are two matters. Opinions naming one of each, and none in common, get no bonus
     * for sharing "irrigation" or "farm prices".
     */
    @Test
    void aPumpStationAndASiltedCanalAndInputAndSalePricesAreTwoMattersEach() {
        int pump = IssueText.siblingMask(concepts("Trạm bơm hỏng động cơ, không lấy được nước"));
        int canal = IssueText.siblingMask(concepts("Kênh tưới bị bồi lắng, đề nghị nạo vét"));
        int inputs = IssueText.siblingMask(concepts("Giá phân bón, vật tư nông nghiệp tăng cao"));
        int sales = IssueText.siblingMask(concepts("Giá lúa thấp, thương lái ép giá"));
        int both = IssueText.siblingMask(concepts("Giá phân bón tăng mà giá lúa không tăng"));

        assertThat(IssueText.siblingsConflict(pump, canal)).isTrue();
        assertThat(IssueText.siblingsConflict(inputs, sales)).isTrue();
        assertThat(IssueText.siblingsConflict(inputs, both)).isFalse();
    }

    /**
     * Decision 0051: what a matter causes ("gây sạt lở") is not the matter when the text names one before it; a hall
     * or a school where something happens ("ở sân nhà văn hóa") is not what it is about; the pay of the forces that
     * guard order and the pay of hamlet workers, the bins and the collection of waste, are two matters each.
     */
    @Test
    void whatAMatterCausesAndWhereItHappensAreNotTheMatter() {
        assertThat(concepts("Khai thác cát trái phép trên sông gây sạt lở bờ ruộng")).containsExactly("sand-mining");
        assertThat(concepts("Bờ sông bị sạt lở, đề nghị xây kè")).containsExactly("erosion");
        assertThat(concepts("Xử lý dứt điểm tình trạng gây ồn ào sau 22 giờ")).containsExactly("noise");
        assertThat(concepts("Đề nghị cho họp chợ hoa Tết ở sân nhà văn hóa thôn")).doesNotContain("hamlet-hall");
        assertThat(concepts("Nhà văn hóa thôn xuống cấp, mưa là dột")).contains("hamlet-hall");
        // a resettlement site is where water or land titles are asked, not the compensation for land taken (decision 0054)
        assertThat(concepts("Khu tái định cư Gò Dẻ chưa có nước sạch, các hộ phải đi gánh")).doesNotContain("compensation");
        assertThat(concepts("Các hộ ở khu tái định cư chưa được cấp sổ đỏ")).containsExactly("land-title");
        assertThat(concepts("Giá bồi thường khi thu hồi đất làm đường quá thấp")).containsExactly("compensation");

        int guards = IssueText.siblingMask(concepts("Đề nghị hỗ trợ phụ cấp cho lực lượng bảo vệ dân phố"));
        int headman = IssueText.siblingMask(concepts("Phụ cấp trưởng thôn quá thấp, không đủ tiền xăng"));
        int bins = IssueText.siblingMask(concepts("Đề nghị đặt thêm thùng rác ở đầu ngõ"));
        int collection = IssueText.siblingMask(concepts("Rác thu gom chậm, để lâu bốc mùi"));
        assertThat(IssueText.siblingsConflict(guards, headman)).isTrue();
        assertThat(IssueText.siblingsConflict(bins, collection)).isTrue();
    }

    /** Decision 0051: the quality of what farmers buy is not its price; "quản lý giá" and "giá cả" speak of a price. */
    @Test
    void theQualityOfGoodsAndTheirPriceAreTwoProblems() {
        int quality = IssueText.aspects(IssueText.syllables("Hỗ trợ giống và phân bón đảm bảo chất lượng"));
        int price = IssueText.aspects(IssueText.syllables("Đề nghị quản lý giá vật tư nông nghiệp"));
        int prices = IssueText.aspects(IssueText.syllables("Giá cả phân bón không ổn định"));

        assertThat(quality).isEqualTo(1 << IssueText.Aspect.QUALITY.ordinal());
        assertThat(price).isEqualTo(1 << IssueText.Aspect.LEVEL.ordinal());
        assertThat(prices & (1 << IssueText.Aspect.LEVEL.ordinal())).isNotZero();
    }

    /**
     * Decision 0052: the matters voters raise beyond works, each in the words petitions use for it: drugs; a speed
     * bump, a traffic light and a road sign (three requests of one family); the listing of poor households; pensions;
     * social insurance; the phone signal and the internet (two of one family); burning straw or rubbish (not the
     * collection of waste); school fees; land use; building permits; animal disease; salinity; food safety; loan
     * sharks; residence papers (not a land title). Typed without diacritics "lam thu" is still overcharging; written,
     * "làm thủ tục" is not.
     */
    @Test
    void theMattersOfCommuneLifeBeyondItsWorksAreNamedInTheirOwnWords() {
        assertThat(concepts("Tệ nạn ma túy diễn biến phức tạp, thanh niên nghiện hút")).containsExactly("drugs");
        assertThat(concepts("Đề nghị làm gờ giảm tốc ở ngã ba vào chợ")).containsExactly("speed-bumps");
        assertThat(concepts("Lắp đèn tín hiệu giao thông tại ngã tư")).containsExactly("traffic-lights");
        assertThat(concepts("Cắm biển báo hạn chế tải trọng trên cầu")).containsExactly("road-signs");
        assertThat(concepts("Rà soát hộ nghèo, hộ cận nghèo chưa đúng đối tượng")).containsExactly("poverty-listing");
        assertThat(concepts("Lương hưu của người nghỉ hưu trước năm 1993 quá thấp")).containsExactly("pension");
        assertThat(concepts("Doanh nghiệp nợ đóng bảo hiểm xã hội của công nhân")).containsExactly("social-insurance");
        assertThat(concepts("Xóm Trại mất sóng điện thoại, gọi không được")).containsExactly("phone-signal");
        assertThat(concepts("Đề nghị kéo cáp quang, mạng internet về thôn")).containsExactly("internet");
        assertThat(concepts("Người dân đốt rơm rạ sau thu hoạch, khói bay vào nhà")).containsExactly("burning");
        assertThat(concepts("Đốt rác bừa bãi ven đường gây khói")).containsExactly("burning");
        assertThat(concepts("Nhà trường lạm thu, nhiều khoản thu đầu năm")).containsExactly("school-fees");
        assertThat(concepts("nha truong lam thu nhieu khoan dau nam")).containsExactly("school-fees");
        assertThat(concepts("Hướng dẫn người dân làm thủ tục khai sinh")).doesNotContain("school-fees");
        assertThat(concepts("Hồ sơ chuyển mục đích sử dụng đất sang đất ở giải quyết chậm")).contains("land-title");
        assertThat(concepts("Cấp giấy phép xây dựng nhà ở còn chậm")).containsExactly("building-permit");
        assertThat(concepts("Dịch tả lợn châu Phi, đề nghị hỗ trợ tái đàn")).containsExactly("animal-disease");
        assertThat(concepts("Xâm nhập mặn làm lúa chết, ruộng bị nhiễm mặn")).containsExactly("salinity");
        assertThat(concepts("Hàng quán bán đồ ăn không đảm bảo vệ sinh an toàn thực phẩm"))
                .containsExactly("food-safety");
        assertThat(concepts("Tín dụng đen, cho vay nặng lãi len lỏi về nông thôn")).containsExactly("loan-sharks");
        assertThat(concepts("Mặt sông đầy lục bình")).doesNotContain("phone-signal");

        int bump = IssueText.siblingMask(concepts("Làm gờ giảm tốc trước cổng trường"));
        int light = IssueText.siblingMask(concepts("Lắp đèn tín hiệu ở ngã tư"));
        int phone = IssueText.siblingMask(concepts("Sóng điện thoại yếu, gọi không được"));
        int internet = IssueText.siblingMask(concepts("Chưa có mạng internet cho học sinh học trực tuyến"));
        int residence = IssueText.siblingMask(concepts("Thủ tục đăng ký tạm trú cho công nhân thuê trọ phải đi lại nhiều lần"));
        int title = IssueText.siblingMask(concepts("Hồ sơ cấp giấy chứng nhận quyền sử dụng đất nộp lâu chưa có kết quả"));
        assertThat(IssueText.siblingsConflict(bump, light)).isTrue();
        assertThat(IssueText.siblingsConflict(phone, internet)).isTrue();
        assertThat(IssueText.siblingsConflict(residence, title)).as("two procedures of one office").isTrue();
    }

    /**
     * Decision 0052: who is paid is a matter, who suffers is not. The elderly, the disabled and the persons of merit
     * name a request when the text names a benefit for them ("trợ cấp", "lương hưu", "nhà tình nghĩa"): the allowance
     * of the disabled and that of the elderly are two requests (one family). "Người già đi lại nguy hiểm" on a road
     * full of lorries is about the lorries.
     */
    @Test
    void whoIsPaidIsAMatterWhoSuffersIsNot() {
        Set<String> disabled = concepts("Đề nghị tăng mức trợ cấp hàng tháng cho người khuyết tật nặng");
        Set<String> elderly = concepts("Trợ cấp cho người cao tuổi từ 75 tuổi còn thấp");
        Set<String> merit = concepts("Giải quyết chế độ cho gia đình có công với cách mạng, xây nhà tình nghĩa");

        assertThat(disabled).containsExactly("disabled", "welfare");
        assertThat(elderly).containsExactly("elderly", "welfare");
        assertThat(merit).containsExactly("merit-persons", "welfare");
        assertThat(IssueText.siblingsConflict(IssueText.siblingMask(disabled), IssueText.siblingMask(elderly))).isTrue();
        assertThat(concepts("Xe tải chạy nhanh qua thôn, người già và trẻ em đi lại rất nguy hiểm"))
                .containsExactly("heavy-trucks");
        assertThat(concepts("Người khuyết tật, người cao tuổi khó đi lại vì đường xuống cấp"))
                .containsExactly("road-surface");
    }

    /**
     * Decision 0052: how the power money is collected (a bill paid at the office, a landlord's charge) is not the price
     * of power; "hồ sơ đo đạc" and "hồ sơ đó" are no "sổ đỏ"; the heads of a hamlet's mass organisations and its
     * managing board are paid as hamlet workers.
     */
    @Test
    void aBillIsNoTariffAFileIsNoLandTitleAndAHamletsBoardIsPaidAsItsWorkers() {
        int bill = IssueText.siblingMask(concepts("Người dân phải tự đi thanh toán tiền điện, đề nghị cử nhân viên đến nhà thu"));
        int landlord = IssueText.siblingMask(concepts("Chủ nhà trọ thu tiền điện của công nhân cao hơn giá quy định"));
        int tariff = IssueText.siblingMask(concepts("Giá điện bậc thang quá cao, tiền điện tăng gấp đôi"));

        assertThat(IssueText.siblingsConflict(bill, tariff)).isTrue();
        assertThat(IssueText.siblingsConflict(landlord, tariff)).isTrue();
        assertThat(IssueText.siblingsConflict(bill, landlord)).isFalse();
        assertThat(concepts("Tiếp nhận hồ sơ đo đạc trả kết quả chậm")).containsExactly("paperwork");
        assertThat(IssueText.syllables("hồ sơ đó")).containsExactly("ho", "so", "do");
        assertThat(concepts("Đề nghị sớm cấp sổ đỏ cho các hộ")).contains("land-title");
        assertThat(concepts("Nâng chế độ cho các hội, đoàn thể ở ấp vì còn thấp")).contains("hamlet-pay");
        assertThat(concepts("Phụ cấp cho ban điều hành khu phố còn thấp")).containsExactly("hamlet-pay", "pay");
    }

    private static Set<String> concepts(String text) {
        return IssueText.concepts(IssueText.syllables(text), text);
    }

    @Test
    void turbidTapWaterAndWeakTapWaterAreTwoMattersOfOneThing() {
        int turbid = IssueText.siblingMask(IssueText.concepts(IssueText.syllables("Nước máy đục ngầu, có mùi tanh")));
        int weak = IssueText.siblingMask(IssueText.concepts(IssueText.syllables("Nước máy yếu, áp lực nước thấp")));
        int alsoWeak = IssueText.siblingMask(IssueText.concepts(IssueText.syllables("Đề nghị tăng áp nước máy")));

        assertThat(IssueText.siblingsConflict(turbid, weak)).isTrue();
        assertThat(IssueText.siblingsConflict(weak, alsoWeak)).isFalse();
        assertThat(IssueText.siblingsConflict(turbid, 0)).isFalse();
    }

    @Test
    void petitionFormulasAndFunctionWordsWeighNearlyNothing() {
        Map<String, Double> terms = IssueText.terms(
                "Đề nghị các cấp quan tâm xem xét giải quyết tình trạng đường liên xã xuống cấp", Set.of());

        assertThat(terms.get("de")).isEqualTo(IssueText.STOP_FACTOR);
        assertThat(terms.get("nghi")).isEqualTo(IssueText.STOP_FACTOR);
        assertThat(terms.get("xem")).isEqualTo(IssueText.STOP_FACTOR);
        assertThat(terms.get("duong")).isEqualTo(1.0);
        assertThat(terms.get("lien")).isEqualTo(1.0);
        assertThat(terms).containsKey("duong lien").containsKey("xuong cap");
        // no bigram across a stop word
        assertThat(terms).doesNotContainKey("nghi cac").doesNotContainKey("tam xem");
        for (String formula : List.of("đề nghị", "cử tri", "phản ánh", "kiến nghị", "đề xuất", "xem xét", "quan tâm",
                "giải quyết", "của", "và", "các", "tại", "trên", "địa bàn", "thôn", "xóm", "xã", "hiện nay", "đã",
                "được", "có", "không", "nhân dân", "bà con", "sớm", "tình trạng")) {
            assertThat(IssueText.isStop(formula)).as(formula).isTrue();
        }
    }

    @Test
    void foldedHomographsOfStopWordsStayContentWords() {
        // "đèn" folds like "đến", "thuốc" like "thuộc", "văn" like "vẫn": the things they name must count
        Map<String, Double> terms = IssueText.terms("đèn đường hỏng, trạm y tế thiếu thuốc, nhà văn hóa dột",
                Set.of());
        assertThat(terms.get("den")).isEqualTo(1.0);
        assertThat(terms.get("thuoc")).isEqualTo(1.0);
        assertThat(terms.get("van hoa")).isEqualTo(1.0);
        assertThat(IssueText.terms("xe chở quá tải", Set.of()).get("qua tai")).isEqualTo(1.0);
    }

    @Test
    void theHamletsOwnNameIsNotPartOfTheIssue() {
        Set<String> places = IssueText.placePhrases(List.of("Xóm Cầu", "Thôn Đông Hòa"));
        Map<String, Double> terms = IssueText.terms("Đường xóm Cầu xuống cấp", places);
        assertThat(terms.get("cau")).isEqualTo(IssueText.STOP_FACTOR);
        // "cầu" alone (a bridge) is still a content word
        assertThat(IssueText.terms("Cầu tràn hư hỏng", places).get("cau")).isEqualTo(1.0);
        assertThat(IssueText.terms("thôn Đông Hòa", places).get("hoa")).isEqualTo(IssueText.STOP_FACTOR);
    }

    @Test
    void typosAreNotShapedLikeVietnameseSyllables() {
        assertThat(IssueText.plausibleSyllable("nuoc")).isTrue();
        assertThat(IssueText.plausibleSyllable("nghieng")).isTrue();
        assertThat(IssueText.plausibleSyllable("xuong")).isTrue();
        assertThat(IssueText.plausibleSyllable("sacg")).isFalse();
        assertThat(IssueText.plausibleSyllable("xuog")).isFalse();
        assertThat(IssueText.plausibleSyllable("truyeen")).isFalse();
    }

    @Test
    void aspectsTellBrokenFromMissingFromSlowFromTooLow() {
        int broken = IssueText.aspects(IssueText.syllables("Đường ống nước sạch bị vỡ"));
        int missing = IssueText.aspects(IssueText.syllables("Xin lắp đặt đường ống nước sạch"));
        int slow = IssueText.aspects(IssueText.syllables("Trợ cấp chi trả chậm"));
        int low = IssueText.aspects(IssueText.syllables("Mức trợ cấp còn thấp"));
        assertThat(broken & missing).isZero();
        assertThat(slow & low).isZero();
        assertThat(broken).isNotZero();
        assertThat(IssueText.aspects(IssueText.syllables("Đường liên xã"))).isZero();
    }

    /**
     * Decision 0053: an aspect word that another common word folds to names its problem only when the text writes it
     * ("thấy" and "thầy" fold to "thay", "đột xuất" to "dột", "Cây Keo" to "kéo", "chăm sóc" to "chậm"); a word
     * capitalised inside a name is no aspect in a text typed without diacritics either.
     */
    @Test
    void anAspectWordAnotherWordFoldsToCountsOnlyWhenTheTextWritesIt() {
        assertThat(aspects("Ống nước đã chôn dọc đường thôn cả năm mà chưa thấy nước chảy")).isZero();
        assertThat(aspects("Thầy cô dạy không xuể, lớp nào cũng đông")).isZero();
        assertThat(aspects("Mất điện đột xuất nhiều lần trong tháng")).isZero();
        assertThat(aspects("Ngõ 45 đường Cây Keo thường xuyên ngập")).isZero();
        assertThat(aspects("Đề nghị quan tâm chăm sóc người già neo đơn")).isZero();
        assertThat(aspects("ngo 45 duong Cay Keo thuong xuyen ngap")).isZero();
        assertThat(aspects("Đề nghị thay đường ống cũ")).isEqualTo(aspects("Đường ống nước bị vỡ"))
                .isEqualTo(aspects("duong ong bi vo")).isNotZero();
        assertThat(aspects("Hồ sơ giải quyết chậm")).isNotZero();
        // compounds that hold an aspect word and mean something else, with or without diacritics
        assertThat(aspects("thang nay mat dien dot xuat may lan")).isZero();
        assertThat(aspects("Tổ chức vui chơi cho thiếu nhi dịp hè")).isZero();
        assertThat(aspects("Đồng bào dân tộc thiểu số đi lại xa")).isZero();
        // "kéo" alone is no request for something missing ("kéo dài", "loa kẹo kéo"); "kéo điện về" is
        assertThat(aspects("Mấy nhà hát karaoke bằng loa kẹo kéo tới khuya")).isZero();
        assertThat(aspects("Đề nghị kéo điện về xóm Trại") & aspects("Xóm Trại chưa có điện lưới")).isNotZero();
    }

    /**
     * Decision 0053: "thấp", "quá cao", "tăng cao" say an amount is wrong only beside a price or an amount ("mức trợ
     * cấp thấp", "giá phân bón tăng cao"); "áp lực nước thấp" is weak water, not a level to set.
     */
    @Test
    void aLevelIsAnAmountTooHighOrTooLowNotAnythingLow() {
        assertThat(aspects("Áp lực nước thấp, nhà có lầu phải gắn máy bơm")).isZero();
        assertThat(aspects("Mức trợ cấp còn thấp")).isEqualTo(aspects("Giá phân bón tăng cao")).isNotZero();
    }

    /**
     * Decision 0053: upgrading ("nâng cấp", "cải tạo", "làm lại") answers both a work falling apart and one too small,
     * and a road too narrow ("chật hẹp") is what widening answers: asking to widen a road and saying it is worn out and
     * narrow raise one issue. A burst pipe and a pipe to lay are still two.
     */
    @Test
    void anUpgradeAnswersBothAWorkFallingApartAndOneTooSmall() {
        assertThat(aspects("Đề nghị nâng cấp, mở rộng tỉnh lộ 9B") & aspects("Tỉnh lộ 9B xuống cấp, quá chật hẹp"))
                .isNotZero();
        assertThat(aspects("Đề nghị nâng cấp tỉnh lộ 9B") & aspects("Tỉnh lộ 9B xuống cấp")).isNotZero();
        assertThat(aspects("Đề nghị mở rộng tỉnh lộ 9B") & aspects("Tỉnh lộ 9B đường hẹp")).isNotZero();
        assertThat(aspects("Xin làm lại mặt ngõ") & aspects("Mặt bê tông ngõ bể nhiều chỗ")).isNotZero();
        assertThat(aspects("Cử tri đề nghị duy tu tuyến đường") & aspects("Mặt đường bong tróc")).isNotZero();
        assertThat(aspects("Đường ống nước sạch bị vỡ") & aspects("Xin lắp đặt đường ống nước sạch")).isZero();
    }

    private static int aspects(String text) {
        return IssueText.aspects(IssueText.syllables(text), text);
    }

    /**
     * Decision 0053: a request for those retired (or born, or settled) before a year and one for those after another
     * year are two cohorts: the years written as a boundary ("từ năm 1990 trở về trước", "từ ngày 1/7/2016 trở lại
     * đây") are read; a year that is no boundary ("khởi công năm 2019") is not.
     */
    @Test
    void theYearsThatBoundACohortAreRead() {
        assertThat(IssueText.cutoffYears("Đề nghị tăng lương cho người nghỉ hưu từ năm 1990 trở về trước"))
                .containsExactly(1990);
        assertThat(IssueText.cutoffYears("người nghỉ huu tu ngay 1/7/2016 tro lai day chua duoc tang"))
                .containsExactly(2016);
        assertThat(IssueText.cutoffYears("Cán bộ về hưu trước năm 1995 có lương thấp")).containsExactly(1995);
        assertThat(IssueText.cutoffYears("Dự án khởi công năm 2019, từ năm 2019 đến nay chưa xong")).isEmpty();
    }
}
