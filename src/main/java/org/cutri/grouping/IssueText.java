package org.cutri.grouping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.cutri.common.text.VietText;

/**
 * The words of an opinion as the same-issue grouping compares them (see docs/decisions/0008).
 *
 * <p>The text is folded (no case, no diacritics, đ → d: "Đường" and "duong" are the same word), cut into
 * syllables, and each syllable is marked as a content word, a weak word (generic verbs such as "sửa chữa",
 * "hỗ trợ": they say what is asked, not what about) or a stop word (function words and the petition
 * formulas every opinion carries: "đề nghị", "cử tri", "kiến nghị", "xem xét", "địa bàn"…). Multi-syllable
 * phrases are matched first, longest first. The terms are the syllables (unigrams) and the pairs of
 * adjacent syllables that are not stop words (bigrams: most Vietnamese words have two syllables, so
 * "nuoc sach", "xuong cap", "den duong" carry the meaning a single syllable does not).
 */
public final class IssueText {

    /** Weight factor of a stop word: near zero, so a text of formulas alone still has a (tiny) vector. */
    public static final double STOP_FACTOR = 0.02;
    /** Weight factor of a weak word. */
    public static final double WEAK_FACTOR = 0.35;

    /** Kinds of hamlet (they precede a hamlet's name in the text: "xóm Bến", "thôn Đông"). */
    static final Set<String> HAMLET_KINDS = Set.of("thon", "xom", "ap", "ban", "to", "khu", "lang", "buon", "khom",
            "doi", "phum", "soc", "to dan pho", "khu pho");

    /**
     * Petition formulas and function words, folded. Phrases of several syllables are matched as a whole
     * before the single syllables. Chosen from how minutes are written: the formulas ("đề nghị các cấp
     * quan tâm xem xét giải quyết") open nearly every opinion and say nothing about the issue.
     */
    static final List<String> STOP_PHRASES = List.of(
            // petition formulas
            "de nghi", "kien nghi", "phan anh", "de xuat", "xem xet", "quan tam", "giai quyet", "cu tri",
            "nhan dan", "ba con", "dien bien phuc tap", "nguoi dan", "dan cu", "toan dan", "hien nay", "hien tai", "tinh trang",
            "thuc trang", "van de", "noi dung", "y kien", "thac mac", "bao gio", "khi nao", "nhu the nao",
            "tai sao", "vi sao", "de nghi cap tren", "cap tren", "cac cap", "cac nganh", "cap co tham quyen",
            "co tham quyen", "tham quyen", "co quan chuc nang", "nganh chuc nang", "chuc nang", "co quan",
            "chinh quyen", "dia phuong", "dia ban", "uy ban", "ubnd", "hdnd", "ubmttq", "mttq", "mat tran",
            "dai bieu", "lanh dao", "thuong truc", "kip thoi", "nhanh chong", "triet de", "dut diem", "som",
            "can thiet", "cu the", "tiep tuc", "tao dieu kien", "dieu kien", "co bien phap", "bien phap",
            "co ke hoach", "ke hoach", "thoi gian", "thoi gian toi", "trong thoi gian", "lau nay", "nhieu nam",
            "nhieu nam nay", "tu lau", "den nay", "den nay van", "cho den nay", "ma van", "van chua", "nhung van",
            "rat", "qua", "lam", "nhieu", "cac", "mot so", "nhung", "mot", "hai", "ba", "moi",
            "tinh hinh", "anh huong", "nghiem trong", "kho khan", "bat cap", "lo lang", "buc xuc", "gay",
            "dan den", "lam cho", "viec", "su", "cong tac", "trien khai", "thuc hien", "xu ly", "kiem tra",
            "ra soat", "chi dao", "huong dan", "phoi hop", "giup", "giup do", "dam bao", "dap ung", "nhu cau",
            "doi voi", "lien quan", "theo", "theo quy dinh", "quy dinh",
            // deadlines named after a holiday ("xong trước Tết Nguyên đán") say when, not what about
            "tet nguyen dan", "nguyen dan", "tet",
            // function words
            // (folding merges words: "den" is also "đèn", "thuoc" also "thuốc", "van" also "văn", "ap" also
            // "áp", "the" also "thẻ", "ma" also "ma túy", so those stay content or weak words)
            "cua", "va", "voi", "tai", "tren", "duoi", "trong", "ngoai", "la", "thi", "nen", "de", "ve", "nay",
            "kia", "ay", "da", "dang", "se", "duoc", "bi", "co", "khong", "chua", "con", "cung", "deu", "lai",
            "nua", "them", "hon", "nhat", "ra", "vao", "len", "khi", "neu", "hay", "hoac", "nhu", "phai", "gi",
            "ai", "sao", "vay", "roi", "ngay", "hang", "tung", "toi", "chung toi", "chung ta", "minh",
            "gia dinh", "nha nuoc", "nguoi", "thuong xuyen", "luon", "da lau", "dang bi", "xa", "phuong",
            "thi tran", "huyen", "tinh", "thon", "xom", "ban", "to dan pho", "khu pho", "khu dan cu", "lang",
            "khu vuc", "tuyen", "doan", "nhieu ho", "cac ho", "ho dan");

    /**
     * Generic verbs and nouns of petitions: they say what is asked, not what about, so two different
     * issues both "repaired" or "supported" must not look alike.
     */
    static final List<String> WEAK_PHRASES = List.of(
            "sua chua", "sua", "khac phuc", "xay dung", "dau tu", "ho tro", "nang cap", "cai tao", "bo tri",
            "kinh phi", "nguon von", "von", "lap dat", "lap", "lam", "lam moi", "xay moi", "cap", "tang cuong",
            "quan ly", "xu phat", "chu y", "nhac nho", "tuyen truyen", "van dong", "dieu chinh", "bo sung",
            "mo rong", "chinh sach", "che do", "ho", "gia", "dan", "cong trinh", "du an", "hang muc",
            "chat luong", "dam bao an toan", "an toan", "di lai", "sinh hoat", "doi song", "san xuat", "nam",
            "cho", "ma", "vi", "can", "bang", "chi", "o", "tu", "do", "dau", "van", "nao",
            "thang", "tuan", "ngay", "dem", "mua", "hu hong", "hong", "hu");

    /**
     * Compound words that hold a syllable of the stop list but mean a thing ("quá tải", "xe tải", "sổ đỏ",
     * "ma túy", "nhà văn hóa", "trạm biến áp"): matched as a whole first, so they stay content words.
     */
    static final List<String> CONTENT_PHRASES = List.of(
            "qua tai", "xe tai", "trong tai", "van tai", "tai nan", "so do", "ma tuy", "dien ap", "bien ap",
            "van hoa", "nha van hoa", "cho tam", "cho coc", "cho tu phat", "tu phat", "nguoi cao tuoi",
            "nguoi co cong", "nguoi khuyet tat", "nguoi gia", "den duong", "den tin hieu", "duong ong", "ong nuoc",
            "nuoc sach", "xuong cap", "o nhiem", "lan chiem", "tren song", "bo song", "thu gom", "ho ngheo",
            "can ngheo", "tro cap", "thuoc tru sau", "thuoc bao ve thuc vat", "trung tam", "tram y te",
            "bao hiem", "nong san", "phan bon", "mot cua", "ban dem", "dat o", "thanh nien", "tre em",
            "hoc sinh", "mam non", "tieu hoc", "co so", "chan nuoi", "the bao hiem");

    /** Abbreviations written out, so "thẻ BHYT" and "thẻ bảo hiểm y tế" are the same words. */
    static final Map<String, List<String>> ABBREVIATIONS = Map.ofEntries(
            Map.entry("bhyt", List.of("bao", "hiem", "y", "te")),
            Map.entry("bhxh", List.of("bao", "hiem", "xa", "hoi")),
            Map.entry("gcn", List.of("giay", "chung", "nhan")),
            Map.entry("qsdd", List.of("quyen", "su", "dung", "dat")),
            Map.entry("gcnqsdd", List.of("giay", "chung", "nhan", "quyen", "su", "dung", "dat")),
            Map.entry("atgt", List.of("an", "toan", "giao", "thong")),
            Map.entry("antt", List.of("an", "ninh", "trat", "tu")),
            Map.entry("tthc", List.of("thu", "tuc", "hanh", "chinh")),
            Map.entry("nvh", List.of("nha", "van", "hoa")),
            Map.entry("tba", List.of("tram", "bien", "ap")),
            Map.entry("ql", List.of("quoc", "lo")),
            Map.entry("tl", List.of("tinh", "lo")),
            Map.entry("gtnt", List.of("giao", "thong", "nong", "thon")),
            Map.entry("vsmt", List.of("ve", "sinh", "moi", "truong")),
            Map.entry("hssv", List.of("hoc", "sinh", "sinh", "vien")));

    /**
     * Words petitions use for the same thing, written one way: "nước máy" is "nước sạch", "heo" is "lợn",
     * "đền bù" is "bồi thường", "chợ cóc" is "chợ tạm", "gà vịt" and "trâu bò" are "vật nuôi".
     */
    static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("nuoc may", "nuoc sach"),
            Map.entry("heo", "lon"),
            Map.entry("den bu", "boi thuong"),
            Map.entry("so do", "giay chung nhan quyen su dung dat"),
            Map.entry("so hong", "giay chung nhan quyen su dung dat"),
            Map.entry("thuong lai", "tu thuong"),
            Map.entry("phat thanh", "truyen thanh"),
            Map.entry("cho coc", "cho tam"),
            Map.entry("cho tu phat", "cho tam"),
            Map.entry("nguoi gia", "nguoi cao tuoi"),
            Map.entry("gia suc", "vat nuoi"),
            Map.entry("gia cam", "vat nuoi"),
            Map.entry("trau bo", "vat nuoi"),
            Map.entry("ga vit", "vat nuoi"),
            Map.entry("trang trai", "trai"),
            Map.entry("bao tieu", "tieu thu"),
            Map.entry("den chieu sang", "den duong"),
            Map.entry("chieu sang cong cong", "den duong"),
            Map.entry("dien chieu sang", "den duong"),
            Map.entry("mat dien", "dien yeu"),
            Map.entry("cup dien", "dien yeu"),
            Map.entry("rac thai", "rac"),
            Map.entry("nghien hut", "ma tuy"),
            Map.entry("con nghien", "ma tuy"),
            Map.entry("thanh thieu nien", "thanh nien"),
            Map.entry("o ga", "xuong cap"),
            Map.entry("o voi", "xuong cap"),
            Map.entry("truong mau giao", "truong mam non"),
            // a road joining communes or hamlets is the inter-commune (inter-hamlet) road (decision 0053)
            Map.entry("noi hai xa", "lien xa"),
            Map.entry("noi cac xa", "lien xa"),
            Map.entry("noi hai thon", "lien thon"),
            Map.entry("noi cac thon", "lien thon"));

    /**
     * What an issue is about, beyond its words: phrases (folded, after {@link #SYNONYMS}) that name the same
     * concrete matter in the words different hamlets use ("mất điện", "cúp điện", "nhảy aptomat", "trạm biến áp
     * quá tải" are all the supply of power; "phụ cấp", "bồi dưỡng", "trưởng thôn", "không chuyên trách" the pay of
     * hamlet workers). An opinion gets the concept as one more term, so two opinions worded apart still share
     * it. Written from the kinds of issues voters raise, by field; a concept is narrow on purpose (the price of
     * power is not its supply, a school's roof not its teachers), since a shared concept pulls hard.
     */
    static final Map<String, String> CONCEPTS = concepts(
            // power: supply against price
            "power-supply", "mat dien|dien yeu|cat dien|ngung cung cap dien|ngung cap dien|nhay aptomat|aptomat"
                    + "|bien ap|tram bien ap|cuoi nguon|dien ap|ha the|qua tai dien|chap chon|tu mu|tram qua tai"
                    + "|bien ap qua tai|tram bien ap qua tai",
            "power-price", "gia dien|tien dien|bieu gia dien|bac thang",
            // how the power money is collected is not its price (decision 0052): a bill paid at home, a landlord's charge
            "power-billing", "thanh toan tien dien|thu tien dien|tinh tien dien|nop tien dien|hoa don dien"
                    + "|hoa don tien dien|ghi chi so|chi so cong to|cong to dien",
            // water: supply works, pressure and quality, price
            "water-works", "nuoc sach|cap nuoc|cong trinh nuoc|dau noi|duong ong nuoc|ong nuoc|gieng khoan"
                    + "|nhiem phen|nuoc sinh hoat",
            "water-pressure", "ap luc nuoc|nuoc yeu|tang ap|khong co nuoc|mat nuoc|nuoc khong len",
            "water-quality", "duc ngau|nuoc duc|mui tanh|nuoc ban",
            "water-price", "gia nuoc|tien nuoc",
            // roads and their state, traffic
            "road-surface", "xuong cap|o ga|o voi|bong troc|loi lom|lay loi|nat|hu hong nang|mat duong|be tong hoa"
                    + "|do be tong|tran nhua|rai nhua|duong dat|mat nhua",
            "traffic-jam", "ket xe|ket cung|un tac|tac duong|phan luong|gio cao diem|dau xe|don con|ruoc con",
            "encroachment", "lan chiem|via he|le duong|long duong|cho tam|lan ra|bay hang|buon ban lan chiem",
            // trucks too heavy for the road: "quá tải" of a lorry is neither a school's nor a transformer's
            "heavy-trucks", "xe qua tai|cho qua tai|xe tai|xe tai qua tai|xe cho|xe trong tai lon|xe co lon|xe cho vat lieu",
            "street-light", "den duong|toi om|chieu sang",
            // flooding and drainage, banks
            "flooding", "trieu cuong|nuoc rong|ngap|ngap ung|chong ngap|ngap nuoc|tran vao",
            "drainage", "cong thoat nuoc|thoat nuoc|nghet|tac cong|duong cong|cong ranh|nap cong",
            "erosion", "sat lo|bo ke|xay ke|lo dat|an sau",
            // irrigation
            // irrigation: the pump station's machines against the canal silting up (two works, decision 0047)
            "irrigation", "nuoc tuoi|tuoi tieu|thieu nuoc tuoi|do ai",
            "pumping", "tram bom|bom nuoc",
            "canals", "kenh tuoi|nao vet|boi lang|boi lap",
            // land
            "land-encroachment", "lan chiem dat|dat cong ich|quy dat cong|lan dat",
            "land-title", "giay chung nhan quyen su dung dat|bia do|cap so|so hong|giay chung nhan|chuyen muc dich"
                    + "|chuyen muc dich su dung dat|chuyen doi muc dich|tach thua|hop thua",
            "planning", "quy hoach|quy hoach treo|du an treo|xoa quy hoach|huy quy hoach",
            "compensation", "boi thuong|gia boi thuong|giai toa|thu hoi dat",
            // schools: buildings against teachers and crowding
            "school-building", "phong hoc|lop hoc|diem truong|diem le|mai ton|mai ngoi|nha ve sinh",
            "teachers", "giao vien|bien che|thieu co|thay co",
            "crowding", "si so|qua dong|qua tai|ghep lop",
            // hamlet hall, loudspeakers, hamlet workers' pay
            "hamlet-hall", "nha van hoa|hoi truong|nha sinh hoat cong dong",
            "loudspeaker", "loa truyen thanh|truyen thanh",
            // pay, and whose: hamlet workers against the forces that guard order at the grassroots (another law)
            "pay", "phu cap|boi duong|che do phu cap|muc phu cap|he so phu cap",
            "hamlet-pay", "truong thon|khong chuyen trach|cong an vien|bi thu chi bo|can bo thon"
                    + "|can bo ap|can bo khom|to truong|chi hoi truong|truong ban cong tac mat tran|hoi doan the o ap"
                    + "|hoi doan the o thon|doan the o ap|doan the o thon|doan the ap|doan the thon|ban dieu hanh",
            "security-forces", "luc luong an ninh|luc luong tham gia bao ve|bao ve an ninh trat tu o co so|dan phong"
                    + "|bao ve dan pho|luc luong bao ve",
            // order and safety
            "racing", "dua xe|no po|net po|lang lach|bay lac|ru ga",
            "noise", "on ao|tieng on|karaoke|hat ho|loa keo|gay on",
            "theft", "trom|trom cap|mat trom",
            "social-evils", "quan ca phe|ca phe tra hinh|ca phe khong lanh manh|te nan|te nan xa hoi|mai dam|co bac"
                    + "|danh bac|ca do|karaoke tra hinh",
            "sand-mining", "khai thac cat|hut cat|cat lau|khai thac khoang san|bom cat|khai thac trai phep",
            "stray-dogs", "cho tha rong|ro mom|cho can|benh dai|phong dai",
            // environment, health
            // waste: its collection against the bins to put it in
            "waste", "rac|bai rac|thu gom rac|diem tap ket rac|xe rac|do rac",
            "waste-bins", "thung rac|thung dung rac|thung chua rac|thung rac cong cong",
            "livestock-waste", "nuoc thai|chuong trai|trai lon|xa thai",
            "mosquitoes", "diet muoi|muoi nhieu|sot xuat huyet",
            "medicine", "thieu thuoc|cap thuoc|thuoc bhyt",
            "health-insurance", "bao hiem y te|the bao hiem|mua bao hiem",
            // farming
            "rats", "chuot|diet chuot",
            // what farmers buy against what they sell (decision 0047)
            "farm-prices", "phan bon|vat tu nong nghiep|gia vat tu|thuoc bao ve thuc vat",
            "farm-sales", "gia lua|tieu thu nong san|dau ra|ep gia|gia nong san",
            // offices
            "paperwork", "mot cua|ho so|tra ket qua|hen tra|chung thuc|di lai nhieu lan",
            // the matters of commune life beyond its works (decision 0052)
            "drugs", "ma tuy|te nan ma tuy|toi pham ma tuy|nghien ma tuy|cai nghien|chat gay nghien|nguoi nghien",
            // traffic safety: three requests of one family
            "speed-bumps", "go giam toc|giam toc|go giam toc do|vach giam toc",
            "traffic-lights", "den tin hieu|den giao thong|den xanh|den do|cot den tin hieu|den xanh den do",
            "road-signs", "bien bao|bien bao giao thong|bien canh bao|bien han che|cam bien",
            "poverty-listing", "ra soat ho ngheo|binh xet ho ngheo|xet duyet ho ngheo|chuan ngheo|danh sach ho ngheo"
                    + "|ra soat ho can ngheo|binh xet ho can ngheo|thoat ngheo",
            // welfare, and who receives it: a recipient counts only beside a benefit (RECIPIENTS)
            "welfare", "tro cap|tro cap xa hoi|bao tro xa hoi|tro giup xa hoi|tro cap hang thang|nha tinh nghia"
                    + "|che do uu dai|uu dai nguoi co cong|dieu duong|qua tet",
            "merit-persons", "nguoi co cong|co cong voi cach mang|co cong|gia dinh chinh sach|doi tuong chinh sach"
                    + "|thuong binh|benh binh|liet si|gia dinh liet si|me viet nam anh hung|chat doc da cam",
            "elderly", "nguoi cao tuoi|cao tuoi",
            "disabled", "nguoi khuyet tat|khuyet tat",
            "pension", "luong huu|nghi huu|ve huu|huu tri|che do huu|nguoi huu",
            "social-insurance", "bao hiem xa hoi|bao hiem that nghiep|dong bao hiem|no bao hiem|tron dong bao hiem",
            // the phone signal against the internet
            "phone-signal", "song dien thoai|song di dong|mat song|song yeu|phu song|tram phat song|vung lom",
            "internet", "internet|mang internet|cap quang|wifi|mang di dong|duong truyen|mang yeu",
            "burning", "dot rom|dot rom ra|dot rac|dot co|dot ra|khoi dot",
            "school-fees", "hoc phi|khoan thu|cac khoan thu|lam thu|khoan dong gop|quy phu huynh|quy hoi cha me"
                    + "|tien hoc",
            "building-permit", "giay phep xay dung|cap phep xay dung|xin phep xay dung|phep xay dung",
            "residence", "tam tru|thuong tru|ho khau|so ho khau|can cuoc|can cuoc cong dan|the can cuoc|dinh danh"
                    + "|dinh danh dien tu",
            "animal-disease", "dich ta lon|ta lon|dich benh vat nuoi|dich benh tren vat nuoi|lo mom long mong"
                    + "|cum vat nuoi|dich vat nuoi|tiem phong vat nuoi|viem da noi cuc",
            "salinity", "xam nhap man|nhiem man|han man|ngan man|nuoc man|do man",
            "food-safety", "an toan thuc pham|ve sinh an toan thuc pham|ve sinh thuc pham|ngo doc thuc pham"
                    + "|ngo doc|thuc pham ban",
            "loan-sharks", "tin dung den|cho vay nang lai|vay nang lai|cho vay lai nang|lai nang|vay boc ho"
                    + "|cho vay lai cao");

    /**
     * Concept phrases that another common word folds to, with the words that name the concept (lower case, with
     * diacritics): "cho can" is "chó cắn" and also "cho cán bộ", "lo dat" is "lở đất" and also "lô đất", "dat cong"
     * is "đất công" and also "đặt cống", "cap so" is "cấp sổ" and also "cấp số nhà", "dua xe" is "đua xe" and also
     * "đưa xe". In a text written with diacritics such a phrase names its concept only when the text writes one of
     * these words; a text typed without diacritics cannot tell them apart, so there the folded phrase counts
     * (decision 0047). Written by going through every phrase of {@link #CONCEPTS} once, not from any set's errors.
     */
    static final Map<String, List<String>> AMBIGUOUS = Map.ofEntries(
            Map.entry("dau xe", List.of("đậu xe", "đỗ xe")),
            Map.entry("don con", List.of("đón con")),
            Map.entry("cho tam", List.of("chợ tạm", "chợ cóc", "chợ tự phát")),
            Map.entry("lan ra", List.of("lấn ra")),
            Map.entry("xe cho", List.of("xe chở")),
            Map.entry("cho qua tai", List.of("chở quá tải")),
            Map.entry("xe cho vat lieu", List.of("xe chở vật liệu")),
            Map.entry("duong cong", List.of("đường cống")),
            Map.entry("lo dat", List.of("lở đất")),
            Map.entry("an sau", List.of("ăn sâu")),
            Map.entry("bo ke", List.of("bờ kè")),
            Map.entry("do ai", List.of("đổ ải")),
            Map.entry("lan dat", List.of("lấn đất")),
            Map.entry("bia do", List.of("bìa đỏ")),
            Map.entry("cap so", List.of("cấp sổ")),
            Map.entry("so hong", List.of("sổ hồng")),
            Map.entry("diem le", List.of("điểm lẻ")),
            Map.entry("mai ngoi", List.of("mái ngói")),
            Map.entry("mai ton", List.of("mái tôn")),
            Map.entry("qua dong", List.of("quá đông")),
            Map.entry("thieu co", List.of("thiếu cô")),
            Map.entry("thay co", List.of("thầy cô")),
            Map.entry("truong thon", List.of("trưởng thôn")),
            Map.entry("dua xe", List.of("đua xe")),
            Map.entry("cho tha rong", List.of("chó thả rông")),
            Map.entry("cho can", List.of("chó cắn")),
            Map.entry("trai lon", List.of("trại lợn")),
            Map.entry("muoi nhieu", List.of("muỗi nhiều")),
            Map.entry("ho so", List.of("hồ sơ")),
            Map.entry("mat nuoc", List.of("mất nước")),
            Map.entry("nuoc ban", List.of("nước bẩn")),
            // decision 0052: "đến đó", "mặt sông", "lại nặng", "làm thủ (tục)", "tà lớn", "có công (trình)"
            Map.entry("den do", List.of("đèn đỏ")),
            Map.entry("den xanh", List.of("đèn xanh")),
            Map.entry("mat song", List.of("mất sóng")),
            Map.entry("song yeu", List.of("sóng yếu")),
            Map.entry("lai nang", List.of("lãi nặng")),
            Map.entry("lam thu", List.of("lạm thu")),
            Map.entry("ta lon", List.of("tả lợn", "tả heo")),
            Map.entry("co cong", List.of("có công")),
            Map.entry("dot ra", List.of("đốt rạ")),
            Map.entry("dot co", List.of("đốt cỏ")),
            Map.entry("cam bien", List.of("cắm biển")),
            Map.entry("vung lom", List.of("vùng lõm")),
            Map.entry("do man", List.of("độ mặn")),
            Map.entry("han man", List.of("hạn mặn")),
            Map.entry("tien hoc", List.of("tiền học")),
            Map.entry("khoan thu", List.of("khoản thu")),
            Map.entry("nguoi huu", List.of("người hưu")));

    /**
     * The concepts named in folded syllables ({@link #concepts(List)}), an {@link #AMBIGUOUS} phrase counting only
     * when the written text, if it has diacritics, writes one of its words.
     */
    static Set<String> concepts(List<String> words, String text) {
        if (text == null || !hasDiacritics(text)) {
            return concepts(words);
        }
        // the written text is cleaned only when an ambiguous phrase or "gay" is met (most texts meet neither)
        String[] written = new String[1];
        boolean causes = words.contains("gay") && VietText.nfc(text).toLowerCase(Locale.ROOT).contains("gây ");
        return concepts(words, causes, phrase -> {
            List<String> forms = AMBIGUOUS.get(phrase);
            if (forms == null) {
                return true;
            }
            if (written[0] == null) {
                written[0] = VietText.nfc(text).toLowerCase(Locale.ROOT);
            }
            return forms.stream().anyMatch(written[0]::contains);
        });
    }

    /**
     * A year written as the boundary of a cohort, folded: "từ năm 1990 trở về trước", "từ ngày 1/7/2016 trở lại đây",
     * "trước năm 1995", "sau năm 2015". "Từ năm 2019 đến nay" is when something began, no boundary.
     */
    private static final java.util.regex.Pattern CUTOFF = java.util.regex.Pattern.compile(
            "\\b(?:tu\\s+(?:nam\\s+|ngay\\s+)?(?:\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*)?((?:19|20)\\d{2})\\s+"
                    + "(?:tro\\s+ve|tro\\s+lai|tro\\s+di|ve\\s+truoc|ve\\s+sau)|(?:truoc|sau)\\s+(?:nam|ngay)\\s+(?:\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*)?((?:19|20)\\d{2}))\\b");

    /**
     * The years a text writes as the boundary of a cohort ({@link #CUTOFF}), ascending, each once: those retired before
     * 1990 and those retired after 2016 are two requests (decision 0053).
     */
    static List<Integer> cutoffYears(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
        boolean digits = false;
        for (int i = 0; i < text.length() && !digits; i++) {
            digits = Character.isDigit(text.charAt(i));
        }
        if (!digits) {
            return List.of();
        }
        java.util.regex.Matcher m = CUTOFF.matcher(VietText.fold(text).toLowerCase(Locale.ROOT));
        while (m.find()) {
            years.add(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)));
        }
        return List.copyOf(years);
    }

    /** True when a text holds a letter outside ASCII (it is written with diacritics, or with đ). */
    static boolean hasDiacritics(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x7f && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Concepts that are different matters of one thing: the supply of power, its price and its billing; the pressure, the
     * quality and the price of water; a school's rooms, its teachers, its crowding and its fees; whose pay (hamlet
     * workers, the guards of order at the grassroots); waste and the bins for it; a speed bump, a traffic light and a
     * road sign; the phone signal and the internet; who receives welfare (the persons of merit, the elderly, the
     * disabled); social and health insurance. Two opinions naming two of one family and none in common raise
     * different issues even when they share another concept ("nước máy", "phụ cấp", "trợ cấp"): they get no bonus and
     * the aspect penalty is subtracted from their similarity (decision 0051).
     */
    static final List<Set<String>> SIBLINGS = List.of(Set.of("power-supply", "power-price", "power-billing"),
            Set.of("water-pressure", "water-quality", "water-price"),
            Set.of("school-building", "teachers", "crowding", "school-fees"), Set.of("pumping", "canals"),
            Set.of("farm-prices", "farm-sales"), Set.of("hamlet-pay", "security-forces"), Set.of("waste", "waste-bins"),
            Set.of("speed-bumps", "traffic-lights", "road-signs"), Set.of("phone-signal", "internet"),
            Set.of("merit-persons", "elderly", "disabled"), Set.of("social-insurance", "health-insurance"),
            Set.of("land-title", "building-permit", "residence"));

    /**
     * Who receives a benefit: a matter only beside one ({@link #BENEFITS}). "Trợ cấp cho người khuyết tật" asks for
     * the disabled; "người già, trẻ em đi lại nguy hiểm" on a road full of lorries names who suffers, not what is asked
     * (decision 0052).
     */
    static final Set<String> RECIPIENTS = Set.of("merit-persons", "elderly", "disabled");
    /** The benefits a recipient can be named for: welfare, pay, a pension, insurance. */
    static final Set<String> BENEFITS = Set.of("welfare", "pay", "pension", "social-insurance", "health-insurance");

    /**
     * Matters tied to one place though they name no work ({@link IssueThings}): drugs, social evils, loan sharks,
     * theft, racing, noise, stray dogs, burning, sand mining, a farm's waste, waste collection and bins, mosquitoes,
     * food safety, the phone signal and the internet, the traffic signs, lights and bumps, the listing of poor
     * households (each commune lists its own). Two opinions about one of
     * them from two areas raise two issues, as two roads do (decision 0052).
     */
    static final Set<String> LOCAL_CONCEPTS = Set.of("drugs", "social-evils", "loan-sharks", "theft", "racing", "noise",
            "stray-dogs", "burning", "sand-mining", "livestock-waste", "food-safety", "phone-signal", "internet",
            "speed-bumps", "traffic-lights", "road-signs", "poverty-listing", "waste", "waste-bins", "mosquitoes");

    /**
     * Matters of a policy the same everywhere, though their words name a thing ("giá điện" names power, "thiếu thuốc"
     * health): the price of power, medicine, insurance, pensions, welfare, pay, farm prices. A text naming one of them
     * and no {@link #LOCAL_CONCEPTS} is no local matter, so two areas raising it raise one request (decision 0052).
     */
    static final Set<String> NATIONAL_CONCEPTS = Set.of("power-price", "medicine", "health-insurance",
            "social-insurance", "pension", "welfare", "merit-persons", "elderly", "disabled", "pay", "hamlet-pay",
            "security-forces", "farm-prices", "farm-sales");

    /**
     * True when an opinion's matter is tied to one place: it names a local concept, or a thing ({@link IssueThings}
     * mask, 0: none) and no matter of national policy (decision 0052).
     */
    static boolean local(Set<String> concepts, int things) {
        boolean national = false;
        for (String concept : concepts) {
            if (LOCAL_CONCEPTS.contains(concept)) {
                return true;
            }
            national |= NATIONAL_CONCEPTS.contains(concept);
        }
        return things != 0 && !national;
    }

    /**
     * Matters of public order, for the police and the commune to deal with: drugs, social evils, loan sharks, theft,
     * racing, noise, stray dogs, sand mining (decision 0053).
     */
    static final Set<String> ORDER_CONCEPTS = Set.of("drugs", "social-evils", "loan-sharks", "theft", "racing", "noise",
            "stray-dogs", "sand-mining");

    /**
     * The state of works, for those who build them: a road's surface, flooding and drainage, banks, lights, water and
     * power supply, school rooms, the hall, canals and pumps (decision 0053).
     */
    static final Set<String> WORKS_CONCEPTS = Set.of("road-surface", "flooding", "drainage", "erosion", "street-light",
            "water-works", "water-pressure", "power-supply", "school-building", "hamlet-hall", "canals", "pumping",
            "irrigation");

    /**
     * Whether an opinion's matters are of public order (bit 0), of the state of works (bit 1), both or neither. Two
     * opinions whose masks are both set and share no bit raise two issues even at one named place: disguised cafés on a
     * road and its potholes (decision 0053).
     */
    static int domainMask(Set<String> concepts) {
        int mask = 0;
        for (String concept : concepts) {
            if (ORDER_CONCEPTS.contains(concept)) {
                mask |= 1;
            } else if (WORKS_CONCEPTS.contains(concept)) {
                mask |= 2;
            }
        }
        return mask;
    }

    /** The {@link #SIBLINGS} concepts of a set as a bit mask (bit k: the k-th of them, family by family). */
    static int siblingMask(Set<String> concepts) {
        int mask = 0;
        int bit = 0;
        for (Set<String> family : SIBLINGS) {
            for (String concept : family.stream().sorted().toList()) {
                if (concepts.contains(concept)) {
                    mask |= 1 << bit;
                }
                bit++;
            }
        }
        return mask;
    }

    /** True when two {@link #siblingMask}s name different matters of one family and none in common. */
    static boolean siblingsConflict(int a, int b) {
        int bit = 0;
        for (Set<String> family : SIBLINGS) {
            int familyMask = ((1 << family.size()) - 1) << bit;
            if ((a & familyMask) != 0 && (b & familyMask) != 0 && (a & b & familyMask) == 0) {
                return true;
            }
            bit += family.size();
        }
        return false;
    }

    private static Map<String, String> concepts(String... nameAndPhrases) {
        Map<String, String> out = new java.util.HashMap<>();
        for (int i = 0; i < nameAndPhrases.length; i += 2) {
            for (String phrase : nameAndPhrases[i + 1].split("\\|")) {
                out.put(phrase, nameAndPhrases[i]);
            }
        }
        return Map.copyOf(out);
    }

    /** Longest concept phrase, in syllables. */
    private static final int LONGEST_CONCEPT = 9;
    /** Every beginning of a concept phrase, so a search stops as soon as no phrase can start so. */
    private static final Set<String> CONCEPT_PREFIXES = prefixes(CONCEPTS.keySet());

    /** The phrases and every beginning of them, whole syllables: "tram bien ap" gives "tram", "tram bien", … */
    static Set<String> prefixes(Collection<String> phrases) {
        Set<String> out = new HashSet<>();
        for (String phrase : phrases) {
            int space = phrase.indexOf(' ');
            while (space >= 0) {
                out.add(phrase.substring(0, space));
                space = phrase.indexOf(' ', space + 1);
            }
            out.add(phrase);
        }
        return out;
    }

    /**
     * The concepts ({@link #CONCEPTS}) named in folded syllables, each once, longest phrase first at each
     * place: "trạm bơm" is irrigation even though "bơm" alone is not. Phrases do not overlap, as words of a
     * sentence do not: "hội trường thôn" is the hamlet hall, not also "trưởng thôn" (its last two syllables).
     */
    public static Set<String> concepts(List<String> words) {
        return concepts(words, false, phrase -> true);
    }

    /** Concepts that are places as well as matters: the hamlet hall, a school's rooms. */
    private static final Set<String> PLACE_CONCEPTS = Set.of("hamlet-hall", "school-building");
    /** Words that make what follows the place where something happens: "ở", "tại", "sân", "trước", "cạnh", "gần". */
    private static final Set<String> AT = Set.of("o", "tai", "san", "truoc", "canh", "gan");

    /** How far after "gây" (causes) a concept is the effect of the matter, not the matter itself, in syllables. */
    private static final int EFFECT_REACH = 3;

    /**
     * As {@link #concepts(List)}; with {@code causes} (the text writes "gây"), a concept named within {@link
     * #EFFECT_REACH} syllables after "gay" is what the matter causes, and counts only when no concept is named before
     * it: "khai thác cát trái phép gây sạt lở" is about the sand mining, "tình trạng gây ồn ào" about the noise. A
     * place that is also a matter ({@link #PLACE_CONCEPTS}) right after a word of place ({@link #AT}) is where, not
     * what.
     */
    private static Set<String> concepts(List<String> words, boolean causes,
            java.util.function.Predicate<String> written) {
        String[] longest = new String[words.size()];
        eachPhrase(words, LONGEST_CONCEPT, CONCEPT_PREFIXES, (start, phrase) -> {
            if (CONCEPTS.containsKey(phrase) && written.test(phrase)) {
                longest[start] = phrase;
            }
        });
        Set<String> found = new java.util.TreeSet<>();
        int lastCause = -EFFECT_REACH - 1;
        int i = 0;
        while (i < longest.length) {
            if (causes && words.get(i).equals("gay")) {
                lastCause = i;
            }
            if (longest[i] == null) {
                i++;
            } else {
                boolean effect = i - lastCause <= EFFECT_REACH && !found.isEmpty();
                // "họp chợ hoa ở sân nhà văn hóa": the hall is where, not what
                boolean where = i > 0 && AT.contains(words.get(i - 1)) && PLACE_CONCEPTS.contains(CONCEPTS.get(longest[i]));
                if (!effect && !where) {
                    found.add(CONCEPTS.get(longest[i]));
                }
                i += longest[i].split(" ").length;
            }
        }
        // who is paid is a matter, who suffers is not (decision 0052)
        if (found.stream().noneMatch(BENEFITS::contains)) {
            found.removeAll(RECIPIENTS);
        }
        return found;
    }

    /** The first phrase of the folded syllables that names the concept (the longest at its place), or null. */
    static String conceptPhrase(List<String> words, String concept) {
        String[] first = new String[1];
        int[] at = {-1};
        eachPhrase(words, LONGEST_CONCEPT, CONCEPT_PREFIXES, (start, phrase) -> {
            if ((at[0] < 0 || at[0] == start) && concept.equals(CONCEPTS.get(phrase))) {
                at[0] = start;
                first[0] = phrase;
            }
        });
        return first[0];
    }

    /** Receives the phrases {@link #eachPhrase} finds. */
    interface PhraseVisitor {
        void visit(int start, String phrase);
    }

    /**
     * Hands each phrase of one to {@code longest} adjacent syllables to the visitor, by place then length, as
     * long as it is one of {@code prefixes} (the beginnings of the phrases looked for, {@link #prefixes}): a
     * search that stops as soon as no phrase can start so.
     */
    static void eachPhrase(List<String> words, int longest, Set<String> prefixes, PhraseVisitor visitor) {
        StringBuilder phrase = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            phrase.setLength(0);
            for (int length = 1; length <= Math.min(longest, words.size() - i); length++) {
                if (length > 1) {
                    phrase.append(' ');
                }
                phrase.append(words.get(i + length - 1));
                String candidate = phrase.toString();
                if (!prefixes.contains(candidate)) {
                    break;
                }
                visitor.visit(i, candidate);
            }
        }
    }

    /**
     * Where a text writes a folded phrase: the text's own words from the first to the last syllable ("ĐX.05"
     * for "dx 05", "Xuống cấp" for "xuong cap"), or null when it does not write it word for word.
     */
    public static String surface(String text, String foldedPhrase) {
        Words words = Words.of(text);
        int at = words.find(foldedPhrase);
        return at < 0 ? null : words.text(at, at + foldedPhrase.split(" ").length - 1);
    }

    /** Longest phrase looked for, in syllables (hamlet names included: "tổ dân phố Bắc Sơn"). */
    private static final int LONGEST_PHRASE = 6;
    private static final Map<String, Double> PHRASE_FACTOR = new LinkedHashMap<>();

    static {
        for (String phrase : WEAK_PHRASES) {
            PHRASE_FACTOR.put(phrase, WEAK_FACTOR);
        }
        for (String phrase : STOP_PHRASES) {
            PHRASE_FACTOR.put(phrase, STOP_FACTOR);
        }
        for (String phrase : CONTENT_PHRASES) {
            PHRASE_FACTOR.put(phrase, 1.0);
        }
    }

    private IssueText() {
    }

    /**
     * The folded syllables of a text, abbreviations written out: "Đường liên-xã xuống cấp!" gives
     * [duong, lien, xa, xuong, cap]; "thẻ BHYT" gives [the, bao, hiem, y, te].
     */
    public static List<String> syllables(String text) {
        return expanded(rawSyllables(text));
    }

    /**
     * Words of two syllables whose second syllable starts no synonym: "hồ sơ đo đạc" and "hồ sơ đó" are no "sổ đỏ"
     * (decision 0052).
     */
    private static final Set<String> WHOLE_WORDS = Set.of("ho so");

    /** Folded words as the text writes them, abbreviations and synonyms written out. */
    static List<String> expanded(List<String> raw) {
        List<String> out = new ArrayList<>(raw.size());
        int i = 0;
        while (i < raw.size()) {
            boolean replaced = false;
            boolean inWord = i > 0 && WHOLE_WORDS.contains(raw.get(i - 1) + " " + raw.get(i));
            for (int length = Math.min(4, raw.size() - i); length >= 2 && !replaced && !inWord; length--) {
                String canonical = SYNONYMS.get(String.join(" ", raw.subList(i, i + length)));
                if (canonical != null) {
                    out.addAll(List.of(canonical.split(" ")));
                    i += length;
                    replaced = true;
                }
            }
            if (!replaced) {
                String canonical = SYNONYMS.get(raw.get(i));
                out.addAll(canonical == null ? List.of(raw.get(i)) : List.of(canonical.split(" ")));
                i++;
            }
        }
        return out;
    }

    private static List<String> rawSyllables(String text) {
        List<String> out = new ArrayList<>();
        for (String word : foldedWords(text)) {
            out.addAll(ABBREVIATIONS.getOrDefault(word, List.of(word)));
        }
        return out;
    }

    /** The folded words of a text, one for each run of letters and digits: "Đường ĐX.05" gives [duong, dx, 05]. */
    static List<String> foldedWords(String text) {
        String folded = VietText.fold(text);
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean letter = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                out.add(folded.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return out;
    }

    /** The folded syllables of words from {@link #foldedWords}, abbreviations and synonyms written out. */
    static List<String> syllablesOfWords(List<String> words) {
        List<String> raw = new ArrayList<>(words.size());
        for (String word : words) {
            raw.addAll(ABBREVIATIONS.getOrDefault(word, List.of(word)));
        }
        return expanded(raw);
    }

    /** True when the folded word or phrase is on the stop list ("đề nghị", "của", "xã"…). */
    public static boolean isStop(String text) {
        Double factor = PHRASE_FACTOR.get(String.join(" ", syllables(text)));
        return factor != null && factor == STOP_FACTOR;
    }

    /**
     * The hamlet names to drop from the texts, folded, as phrases: "xóm Bến" gives "xom ben" and, with each
     * kind of hamlet, "thon ben", so "đường xóm Bến" and "đường thôn Đông" compare as "đường".
     */
    public static Set<String> placePhrases(Collection<String> placeNames) {
        Set<String> phrases = new HashSet<>();
        for (String name : placeNames) {
            List<String> words = syllables(name);
            if (words.isEmpty()) {
                continue;
            }
            phrases.add(String.join(" ", words));
            int skip = 0;
            if (words.size() > 2 && HAMLET_KINDS.contains(words.get(0) + " " + words.get(1))) {
                skip = 2;
            } else if (words.size() > 1 && HAMLET_KINDS.contains(words.get(0))) {
                skip = 1;
            }
            if (skip > 0) {
                String core = String.join(" ", words.subList(skip, words.size()));
                for (String kind : HAMLET_KINDS) {
                    phrases.add(kind + " " + core);
                }
            }
        }
        return phrases;
    }

    /**
     * The weighted terms of a text before IDF: each term with the sum of its factors (1 for a content word,
     * {@link #WEAK_FACTOR}, {@link #STOP_FACTOR}). Bigrams join two adjacent syllables that are not stop
     * words with a space; their factor is the smaller of the two.
     *
     * @param placePhrases folded phrases to treat as stop words (hamlet names, see {@link #placePhrases})
     */
    public static Map<String, Double> terms(String text, Set<String> placePhrases) {
        return terms(syllables(text), placePhrases);
    }

    /** The weighted terms of folded syllables (see {@link #terms(String, Set)}). */
    public static Map<String, Double> terms(List<String> words, Set<String> placePhrases) {
        double[] factor = factors(words, placePhrases);
        Map<String, Double> terms = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            terms.merge(words.get(i), factor[i], Double::sum);
            if (i + 1 < words.size() && factor[i] > STOP_FACTOR && factor[i + 1] > STOP_FACTOR) {
                terms.merge(words.get(i) + " " + words.get(i + 1), Math.min(factor[i], factor[i + 1]), Double::sum);
            }
        }
        return terms;
    }

    /** What an opinion complains of or asks for, beyond its topic (see {@link #aspects}). */
    enum Aspect {
        /** Something broken to repair: "hỏng", "vỡ", "xuống cấp", "dột", "sửa chữa". */
        DAMAGE("hong", "hu", "hu hong", "vo", "xuong cap", "dot", "dot nat", "nut", "sut lun", "o ga", "sua",
                "sua chua", "khac phuc", "thay", "thay moi", "khong sang", "khong hoat dong", "nao vet", "boi lap",
                "duy tu", "bong troc", "be"),
        /**
         * Something missing to build or install: "lắp đặt", "kéo về", "mở rộng", "xây mới", "chưa có"; a road too narrow
         * ("chật hẹp"), which widening answers.
         */
        MISSING("lap dat", "lap them", "keo dien", "keo nuoc", "keo day", "keo duong day", "keo ong", "keo luoi",
                "keo ve", "mo rong", "xay moi", "lam moi", "chua co", "xay dung", "chat hep", "hep"),
        /**
         * Something unclean or of poor quality: "mùi", "ô nhiễm", "hôi thối", "bụi", "kém chất lượng", "hàng giả" (the
         * quality of fertiliser is not its price).
         */
        QUALITY("mui", "o nhiem", "hoi thoi", "bui", "mui la", "mui hoi", "chat luong", "hang gia", "hang nhai"),
        /** Not enough of something: "thiếu", "bổ sung". */
        SHORTAGE("thieu", "bo sung"),
        /** Something too slow: "chậm", "chậm trễ", "kéo dài", "đẩy nhanh". */
        SLOW("cham", "cham tre", "keo dai", "day nhanh", "dung han", "ton dong"),
        /** An amount or price too high or too low: "giá cao", "mức thấp", "nâng mức", "bình ổn giá". */
        LEVEL("thap", "tang cao", "qua cao", "nang muc", "tang muc", "binh on", "giam gia", "muc", "gia ca",
                "quan ly gia", "on dinh gia");

        final Set<String> phrases;

        Aspect(String... phrases) {
            this.phrases = Set.of(phrases);
        }
    }

    /**
     * The aspects an opinion's words name, as a bit mask of {@link Aspect} ordinals. Two opinions on the same
     * thing whose aspects are both named and share none ("ống nước vỡ" and "xin lắp ống nước"; "trợ cấp
     * thấp" and "trợ cấp chậm") raise different issues, however alike their words.
     */
    public static int aspects(List<String> words) {
        return aspects(words, null);
    }

    /**
     * Aspect words that another common word folds to, with the words that name the aspect (lower case, with
     * diacritics): "thay" is "thay" (replace) and also "thấy" (see) and "thầy" (teacher), "dot" is "dột" and also "đột
     * xuất", "cham" is "chậm" and also "chăm sóc", "keo" is "kéo" and also "Cây Keo" (decision 0053, as {@link
     * #AMBIGUOUS} is for concepts). Written by going through every one-syllable word of {@link Aspect} once.
     */
    static final Map<String, String> AMBIGUOUS_ASPECTS = Map.ofEntries(Map.entry("hong", "hỏng"), Map.entry("hu", "hư"),
            Map.entry("vo", "vỡ"), Map.entry("dot", "dột"), Map.entry("nut", "nứt"), Map.entry("sua", "sửa"),
            Map.entry("thay", "thay"), Map.entry("keo", "kéo"), Map.entry("mui", "mùi"), Map.entry("bui", "bụi"),
            Map.entry("thieu", "thiếu"), Map.entry("cham", "chậm"), Map.entry("thap", "thấp"), Map.entry("muc", "mức"),
            Map.entry("be", "bể"), Map.entry("hep", "hẹp"));

    /**
     * Words of two syllables that hold an aspect word and mean something else, with or without diacritics: "đột xuất",
     * "thiếu nhi", "thiểu số", "chăm sóc", "mục đích", "thầy cô" (decision 0053).
     */
    private static final Set<String> NOT_ASPECTS = Set.of("dot xuat", "dot ngot", "dot bien", "dot nhap", "thieu nhi",
            "thieu so", "cham soc", "cham chi", "muc dich", "vo chong", "thay giao", "thay co", "thay thuoc",
            "hong ngoai");

    /** Read only in a text written with diacritics: typed without them, "be" is mostly "bê tông". */
    private static final Set<String> WRITTEN_ONLY_ASPECTS = Set.of("be");

    /**
     * Asking to upgrade a work ("nâng cấp", "cải tạo", "làm lại") answers both its damage and what it lacks: a request
     * of both {@link Aspect#DAMAGE} and {@link Aspect#MISSING} (decision 0053).
     */
    static final Set<String> UPGRADE = Set.of("nang cap", "cai tao", "lam lai");

    /**
     * Words that say "too high" or "too low" of anything; of {@link Aspect#LEVEL} only beside a price or an amount
     * ({@link #AMOUNTS}): "mức trợ cấp thấp" is a level to set, "áp lực nước thấp" weak water (decision 0053).
     */
    private static final Set<String> HIGH_OR_LOW = Set.of("thap", "tang cao", "qua cao");
    /** Prices and amounts, folded: a level is theirs ({@link #HIGH_OR_LOW}). */
    private static final Set<String> AMOUNTS = Set.of("gia", "muc", "tien", "phi", "phu cap", "tro cap", "boi thuong",
            "he so", "lai suat", "thu nhap", "tien luong", "muc luong", "luong huu", "chi phi", "dinh muc");

    /**
     * As {@link #aspects(List)}, the words of {@link #AMBIGUOUS_ASPECTS} counting only when the written text (when not
     * null) writes them: with diacritics, in their own spelling; without, in small letters (a capitalised word is part
     * of a name, "Cay Keo").
     */
    static int aspects(List<String> words, String text) {
        int mask = 0;
        boolean amount = false;
        int level = 0;
        String[] written = new String[1];
        for (int i = 0; i < words.size(); i++) {
            String one = words.get(i);
            String two = i + 1 < words.size() ? one + " " + words.get(i + 1) : null;
            String three = i + 2 < words.size() ? two + " " + words.get(i + 2) : null;
            amount |= AMOUNTS.contains(one) || (two != null && AMOUNTS.contains(two));
            if (two != null && UPGRADE.contains(two)) {
                mask |= 1 << Aspect.DAMAGE.ordinal() | 1 << Aspect.MISSING.ordinal();
            }
            for (Aspect aspect : Aspect.values()) {
                String named = three != null && aspect.phrases.contains(three) ? three
                        : two != null && aspect.phrases.contains(two) ? two
                        : aspect.phrases.contains(one) && writes(text, one, written) && !(two != null && NOT_ASPECTS.contains(two))
                                && !(i > 0 && NOT_ASPECTS.contains(words.get(i - 1) + " " + one)) ? one : null;
                if (named != null && aspect == Aspect.LEVEL && HIGH_OR_LOW.contains(named)) {
                    level |= 1 << aspect.ordinal();
                } else if (named != null) {
                    mask |= 1 << aspect.ordinal();
                }
            }
        }
        return amount ? mask | level : mask;
    }

    /** True unless a one-syllable aspect word is one another word folds to and the text does not write it so. */
    private static boolean writes(String text, String folded, String[] cache) {
        String form = AMBIGUOUS_ASPECTS.get(folded);
        if (text == null || form == null) {
            return true;
        }
        if (cache[0] == null) {
            cache[0] = hasDiacritics(text) ? VietText.nfc(text).toLowerCase(Locale.ROOT) : text;
        }
        if (!hasDiacritics(text)) {
            return !WRITTEN_ONLY_ASPECTS.contains(folded) && wholeWord(cache[0], folded);
        }
        return wholeWord(cache[0], form);
    }

    /** True when the text holds the word between two characters that are no letters or digits. */
    private static boolean wholeWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            int end = at + word.length();
            boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (before && after) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a folded word is shaped like a Vietnamese syllable (onset, one to three vowels, a final
     * consonant): "nuoc", "nghieng", "xuong" are; "sacg", "xuog", "nuco" are not, so they are typos.
     */
    public static boolean plausibleSyllable(String word) {
        return SYLLABLE.matcher(word).matches();
    }

    private static final java.util.regex.Pattern SYLLABLE = java.util.regex.Pattern.compile(
            "(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(ch|nh|ng|c|m|n|p|t)?");

    /** The factor of each syllable: phrases matched longest first, place names first of all. */
    static double[] factors(List<String> words, Set<String> placePhrases) {
        double[] factor = new double[words.size()];
        Arrays.fill(factor, 1.0);
        int i = 0;
        StringBuilder phrase = new StringBuilder();
        while (i < words.size()) {
            // the longest phrase starting here, built one syllable at a time
            int matched = 0;
            double value = 1.0;
            phrase.setLength(0);
            for (int length = 1; length <= Math.min(LONGEST_PHRASE, words.size() - i); length++) {
                if (length > 1) {
                    phrase.append(' ');
                }
                phrase.append(words.get(i + length - 1));
                String candidate = phrase.toString();
                if (placePhrases.contains(candidate)) {
                    matched = length;
                    value = STOP_FACTOR;
                } else {
                    Double f = PHRASE_FACTOR.get(candidate);
                    if (f != null) {
                        matched = length;
                        value = f;
                    }
                }
            }
            if (matched == 0) {
                i++;
                continue;
            }
            for (int k = i; k < i + matched; k++) {
                factor[k] = value;
            }
            i += matched;
        }
        return factor;
    }
}
