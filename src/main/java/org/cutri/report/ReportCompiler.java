package org.cutri.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cutri.common.task.TaskMonitor;
import org.cutri.common.text.VietText;
import org.cutri.opinion.Authority;

/**
 * Turns a {@link ReportInput} into a {@link CompiledReport}: not-approved opinions are counted in section I
 * and left out of the rest; an accepted same-issue group is written once with its wording and the hamlets
 * that raised it; authorities in the order Trung ương, Tỉnh, Xã, Thôn, other bodies; fields in the office's
 * order. No database, no files: the same code serves the commune and the province.
 */
public final class ReportCompiler {

    /** Words hamlet names start with, longest first ("Tổ dân phố 3" before "Tổ 3"). */
    private static final List<String> HAMLET_KINDS = List.of("tổ dân phố", "khu phố", "thôn", "xóm", "ấp", "bản",
            "buôn", "làng", "khu", "tổ", "sóc", "phum");
    static final String NO_FIELD = "Chưa phân lĩnh vực";
    static final String NO_AUTHORITY = "Chưa xác định thẩm quyền";

    private ReportCompiler() {
    }

    public static CompiledReport compile(ReportInput input, boolean withNames) {
        return compile(input, withNames, TaskMonitor.NONE);
    }

    /** As {@link #compile(ReportInput, boolean)}, checking the monitor as it goes through the opinions. */
    public static CompiledReport compile(ReportInput input, boolean withNames, TaskMonitor monitor) {
        monitor.checkCancelled();
        List<ReportOpinion> approved = input.opinions().stream().filter(ReportOpinion::approved).toList();
        int received = input.opinions().size();

        // Issues: an accepted group once, every other opinion alone, in the order of the round. An issue is
        // classed once (authority and field), by most of its opinions, so it never shows under two levels.
        Map<String, List<ReportOpinion>> grouped = new LinkedHashMap<>();
        for (ReportOpinion opinion : approved) {
            monitor.checkCancelled();
            grouped.computeIfAbsent(issueKey(opinion), k -> new ArrayList<>()).add(opinion);
        }
        Map<String, ReportOpinion> classOf = new HashMap<>();
        grouped.forEach((key, members) -> classOf.put(key, classing(members)));
        // Answered at the meetings: section III only, not sent up with section II.
        Map<String, List<ReportOpinion>> issues = new LinkedHashMap<>();
        grouped.forEach((key, members) -> {
            List<ReportOpinion> open = members.stream().filter(o -> !o.answeredAtMeeting()).toList();
            if (!open.isEmpty()) {
                issues.put(key, open);
            }
        });

        // authority key -> field -> issues
        Map<String, Map<String, List<CompiledReport.Issue>>> byAuthority = new HashMap<>();
        Map<String, String> authorityTitles = new HashMap<>();
        Map<String, String> authorityLabels = new HashMap<>();
        for (Map.Entry<String, List<ReportOpinion>> issue : issues.entrySet()) {
            monitor.checkCancelled();
            List<ReportOpinion> members = issue.getValue();
            ReportOpinion first = members.get(0);
            ReportOpinion classed = classOf.get(issue.getKey());
            String authorityKey = authorityKey(classed);
            authorityTitles.put(authorityKey, authorityTitle(classed));
            authorityLabels.put(authorityKey, authorityLabel(classed));
            String field = fieldOf(classed);
            String text = first.groupKey() != null && first.groupWording() != null ? first.groupWording()
                    : first.content();
            List<String> speakers = withNames ? members.stream().map(ReportOpinion::speakerName)
                    .filter(n -> n != null && !n.isBlank()).distinct().toList() : List.of();
            byAuthority.computeIfAbsent(authorityKey, k -> new LinkedHashMap<>())
                    .computeIfAbsent(field, k -> new ArrayList<>())
                    .add(new CompiledReport.Issue(sentence(text), places(members), speakers,
                            members.stream().map(ReportOpinion::code).toList()));
        }
        Comparator<String> fieldOrder = fieldOrder(input.fieldOrder());
        List<CompiledReport.AuthoritySection> sections = new ArrayList<>();
        byAuthority.keySet().stream().sorted(Comparator.comparing((String k) -> k.substring(0, 1))
                .thenComparing(k -> k.substring(1), VietText.ORDER)).forEach(key -> {
                    Map<String, List<CompiledReport.Issue>> fields = byAuthority.get(key);
                    List<CompiledReport.FieldSection> fieldSections = fields.keySet().stream().sorted(fieldOrder)
                            .map(f -> new CompiledReport.FieldSection(f, fields.get(f))).toList();
                    sections.add(new CompiledReport.AuthoritySection(authorityTitles.get(key),
                            authorityLabels.get(key), fieldSections));
                });

        List<CompiledReport.Answered> answered = new ArrayList<>();
        for (ReportOpinion opinion : approved) {
            if (opinion.answeredAtMeeting()) {
                answered.add(new CompiledReport.Answered(sentence(opinion.content()), places(List.of(opinion)),
                        blank(opinion.answeredBy()) ? "" : opinion.answeredBy().strip(),
                        blank(opinion.answerText()) ? "" : opinion.answerText().strip()));
            }
        }

        List<CompiledReport.AnnexRow> annex = new ArrayList<>();
        Map<String, Integer> groupSizes = new HashMap<>();
        for (ReportOpinion opinion : approved) {
            if (opinion.groupKey() != null) {
                groupSizes.merge(opinion.groupKey(), 1, Integer::sum);
            }
        }
        for (ReportOpinion opinion : approved) {
            List<String> notes = new ArrayList<>();
            if (opinion.groupKey() != null && groupSizes.get(opinion.groupKey()) > 1) {
                notes.add("Cùng nội dung với " + (groupSizes.get(opinion.groupKey()) - 1) + " ý kiến khác");
            }
            if (opinion.answeredAtMeeting()) {
                notes.add("Đã trả lời tại hội nghị");
            }
            if (withNames && !blank(opinion.speakerName())) {
                notes.add("Người nêu: " + opinion.speakerName().strip());
            }
            ReportOpinion classed = classOf.get(issueKey(opinion));
            annex.add(new CompiledReport.AnnexRow(annex.size() + 1, opinion.code(), sentence(opinion.content()),
                    opinion.commune(), opinion.hamlet(), fieldOf(classed), authorityLabel(classed),
                    String.join("; ", notes)));
        }

        int groupsMerged = 0;
        int opinionsMerged = 0;
        int sentUp = 0;
        for (List<ReportOpinion> members : issues.values()) {
            sentUp += members.size();
            if (members.size() > 1) {
                groupsMerged++;
                opinionsMerged += members.size();
            }
        }
        CompiledReport.Counts counts = new CompiledReport.Counts(received, approved.size(), received - approved.size(),
                issues.size(), answered.size(), (int) approved.stream().filter(ReportOpinion::voted).count(),
                groupsMerged, opinionsMerged, sentUp);
        return new CompiledReport(input.roundName(), subject(input.roundName()), input.province(), input.facts(),
                counts, sections, answered, proposals(sections, input.province()), annex, withNames,
                annex.stream().map(CompiledReport.AnnexRow::field).distinct().sorted(fieldOrder).toList());
    }

    private static String issueKey(ReportOpinion opinion) {
        return opinion.groupKey() != null ? "g:" + opinion.groupKey() : "o:" + opinion.code();
    }

    private static String fieldOf(ReportOpinion opinion) {
        return blank(opinion.field()) ? NO_FIELD : opinion.field().strip();
    }

    /**
     * The opinion whose authority and field class the whole issue: the class most of its opinions have, the
     * first one's on a tie (the secretary sees each opinion's own class on the screen).
     */
    private static ReportOpinion classing(List<ReportOpinion> members) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        Map<String, ReportOpinion> byClass = new HashMap<>();
        for (ReportOpinion member : members) {
            String key = authorityKey(member) + "|" + fieldOf(member);
            votes.merge(key, 1, Integer::sum);
            byClass.putIfAbsent(key, member);
        }
        String best = null;
        for (Map.Entry<String, Integer> entry : votes.entrySet()) {
            if (best == null || entry.getValue() > votes.get(best)) {
                best = entry.getKey();
            }
        }
        return byClass.get(best);
    }

    /** "Tổng hợp ý kiến, kiến nghị của cử tri trước kỳ họp thứ 3 HĐND xã khóa I". */
    public static String subject(String roundName) {
        String name = roundName == null ? "" : roundName.strip();
        String folded = VietText.fold(name);
        for (String prefix : List.of("dot tiep xuc cu tri", "tiep xuc cu tri")) {
            if (folded.startsWith(prefix)) {
                return ("Tổng hợp ý kiến, kiến nghị của cử tri " + name.substring(prefix.length()).strip()).strip();
            }
        }
        return "Tổng hợp ý kiến, kiến nghị của cử tri qua đợt " + name;
    }

    /**
     * Who raised it: "(Cử tri thôn Đông Hải, Tây Sơn)", "(Cử tri thôn Đông Hải, xóm Bến)", at the province
     * "(Cử tri xã An Bình: thôn X, Y; xã Tân Phúc: xóm Z)".
     */
    public static String places(List<ReportOpinion> members) {
        Map<String, Set<String>> byCommune = new LinkedHashMap<>();
        for (ReportOpinion member : members) {
            String commune = member.commune() == null ? "" : member.commune().strip();
            Set<String> hamlets = byCommune.computeIfAbsent(commune, k -> new LinkedHashSet<>());
            if (!blank(member.hamlet())) {
                hamlets.add(member.hamlet().strip());
            }
        }
        if (byCommune.size() == 1 && byCommune.containsKey("")) {
            Set<String> hamlets = byCommune.get("");
            return hamlets.isEmpty() ? "" : "(Cử tri " + hamletPhrase(List.copyOf(hamlets)) + ")";
        }
        return "(Cử tri " + byCommune.entrySet().stream()
                .map(e -> communePlaces(e.getKey(), List.copyOf(e.getValue())))
                .collect(Collectors.joining("; ")) + ")";
    }

    /** A commune and its hamlets as a province writes them: "xã Tân Phúc: thôn Đông Hải, Tây Sơn". */
    public static String communePlaces(String commune, List<String> hamlets) {
        return communePhrase(commune) + (hamlets.isEmpty() ? "" : ": " + hamletPhrase(hamlets));
    }

    /** "thôn Đông Hải, Tây Sơn" when the kinds agree, "thôn Đông Hải, xóm Bến" otherwise. */
    static String hamletPhrase(List<String> names) {
        List<String[]> split = names.stream().map(ReportCompiler::splitKind).toList();
        Set<String> kinds = split.stream().map(s -> s[0]).collect(Collectors.toSet());
        if (kinds.size() == 1) {
            return split.get(0)[0] + " " + split.stream().map(s -> s[1]).collect(Collectors.joining(", "));
        }
        return split.stream().map(s -> s[0] + " " + s[1]).collect(Collectors.joining(", "));
    }

    private static String[] splitKind(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String kind : HAMLET_KINDS) {
            if (lower.startsWith(kind + " ") && name.length() > kind.length() + 1) {
                return new String[] {kind, name.substring(kind.length() + 1).strip()};
            }
        }
        return new String[] {"thôn", name};
    }

    private static String communePhrase(String commune) {
        if (commune.isEmpty()) {
            return "xã (không rõ)";
        }
        String lower = commune.toLowerCase(Locale.ROOT);
        for (String kind : List.of("xã ", "phường ", "thị trấn ", "đặc khu ")) {
            if (lower.startsWith(kind)) {
                return kind + commune.substring(kind.length());
            }
        }
        return "xã " + commune;
    }

    /** Sorts authorities by a leading rank digit, then by the body's name. */
    private static String authorityKey(ReportOpinion opinion) {
        Authority authority = opinion.authority();
        if (authority == null) {
            return "9";
        }
        if (authority == Authority.OTHER) {
            return "5" + (blank(opinion.authorityBody()) ? "" : opinion.authorityBody().strip());
        }
        return String.valueOf(authority.ordinal() + 1);
    }

    /**
     * Fields in the office's order ({@code office}), those it does not list after them alphabetically, "Chưa phân
     * lĩnh vực" last.
     */
    static Comparator<String> fieldOrder(List<String> office) {
        Map<String, Integer> fieldRank = new HashMap<>();
        for (String field : office) {
            fieldRank.putIfAbsent(VietText.fold(field), fieldRank.size());
        }
        return Comparator.comparing((String f) -> f.equals(NO_FIELD) ? 2
                : fieldRank.containsKey(VietText.fold(f)) ? 0 : 1)
                .thenComparing(f -> fieldRank.getOrDefault(VietText.fold(f), 0))
                .thenComparing(VietText.ORDER);
    }

    private static String authorityTitle(ReportOpinion opinion) {
        return authorityTitle(opinion.authority(), opinion.authorityBody());
    }

    /** "Ý kiến, kiến nghị thuộc thẩm quyền của xã", "Ý kiến, kiến nghị gửi Công ty Điện lực", … */
    static String authorityTitle(Authority authority, String body) {
        if (authority == null) {
            return "Ý kiến, kiến nghị chưa xác định thẩm quyền giải quyết";
        }
        return switch (authority) {
            case CENTRAL -> "Ý kiến, kiến nghị thuộc thẩm quyền của Trung ương";
            case PROVINCE -> "Ý kiến, kiến nghị thuộc thẩm quyền của tỉnh";
            case COMMUNE -> "Ý kiến, kiến nghị thuộc thẩm quyền của xã";
            case HAMLET -> "Ý kiến, kiến nghị thuộc thẩm quyền của thôn";
            case OTHER -> blank(body) ? "Ý kiến, kiến nghị gửi các cơ quan, đơn vị khác"
                    : "Ý kiến, kiến nghị gửi " + body.strip();
        };
    }

    static String authorityLabel(ReportOpinion opinion) {
        Authority authority = opinion.authority();
        if (authority == null) {
            return NO_AUTHORITY;
        }
        if (authority == Authority.OTHER && !blank(opinion.authorityBody())) {
            return opinion.authorityBody().strip();
        }
        return authority.label();
    }

    private static List<String> proposals(List<CompiledReport.AuthoritySection> sections, boolean province) {
        int central = 0;
        int provincial = 0;
        int communal = 0;
        int hamlet = 0;
        int undecided = 0;
        List<String> bodies = new ArrayList<>();
        boolean unnamed = false;
        int other = 0;
        for (CompiledReport.AuthoritySection section : sections) {
            int issues = section.fields().stream().mapToInt(f -> f.items().size()).sum();
            String label = section.authority();
            if (label.equals(Authority.CENTRAL.label())) {
                central += issues;
            } else if (label.equals(Authority.PROVINCE.label())) {
                provincial += issues;
            } else if (label.equals(Authority.COMMUNE.label())) {
                communal += issues;
            } else if (label.equals(Authority.HAMLET.label())) {
                hamlet += issues;
            } else if (label.equals(NO_AUTHORITY)) {
                undecided += issues;
            } else if (label.equals(Authority.OTHER.label())) {
                other += issues;
                unnamed = true;
            } else {
                other += issues;
                bodies.add(label);
            }
        }
        List<String> proposals = new ArrayList<>();
        if (province) {
            // the province's own report: it is the office the communes forward to, so it asks the province's
            // authorities and the central Front, never itself
            if (provincial > 0) {
                proposals.add("Đề nghị Thường trực HĐND tỉnh, UBND tỉnh xem xét, giải quyết " + provincial
                        + " nội dung kiến nghị thuộc thẩm quyền của tỉnh và trả lời cử tri.");
            }
            if (central > 0) {
                proposals.add("Đề nghị Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam tổng hợp, chuyển " + central
                        + " nội dung kiến nghị thuộc thẩm quyền của Trung ương đến cơ quan có thẩm quyền xem xét,"
                        + " giải quyết.");
            }
        } else if (central + provincial > 0) {
            proposals.add("Đề nghị Thường trực HĐND xã chuyển " + (central + provincial)
                    + " nội dung kiến nghị thuộc thẩm quyền của tỉnh và Trung ương đến Ban Thường trực Ủy ban MTTQ"
                    + " Việt Nam tỉnh để tổng hợp, chuyển đến cơ quan có thẩm quyền xem xét, giải quyết.");
        }
        if (communal > 0) {
            proposals.add("Đề nghị Thường trực HĐND, UBND " + (province ? "các xã" : "xã") + " xem xét, giải quyết "
                    + communal + " nội dung kiến nghị thuộc thẩm quyền của xã và trả lời cử tri tại kỳ họp.");
        }
        if (hamlet > 0) {
            proposals.add("Đề nghị Ban công tác Mặt trận và Trưởng thôn giải quyết " + hamlet
                    + " nội dung thuộc thẩm quyền của thôn và thông báo kết quả đến cử tri.");
        }
        // "Cơ quan khác" is the list's word for bodies nobody named, not a body to send anything to
        String to = String.join(", ", bodies) + (!unnamed ? "" : bodies.isEmpty() ? "các cơ quan, đơn vị khác"
                : " và các cơ quan, đơn vị khác");
        if (other > 0) {
            proposals.add("Đề nghị chuyển " + other + " nội dung kiến nghị đến " + to
                    + " để xem xét, trả lời cử tri.");
        }
        if (undecided > 0) {
            proposals.add("Có " + undecided + " nội dung chưa xác định thẩm quyền; đề nghị Thường trực HĐND xã"
                    + " xác định cơ quan giải quyết.");
        }
        proposals.add("Kết quả giải quyết các kiến nghị được thông báo lại cho cử tri tại đợt tiếp xúc cử tri"
                + " tiếp theo; các kiến nghị chưa được giải quyết được tiếp tục theo dõi, đôn đốc.");
        return proposals;
    }

    /**
     * An opinion as the report writes it: a sentence begins with a capital, though hamlets often hand in clauses cut
     * from their minutes ("xem xét giảm giá điện …").
     */
    static String sentence(String text) {
        return VietText.capitalize(text.strip());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
