package org.cutri.returns;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cutri.common.UserException;
import org.cutri.exchange.ExportedReturn;
import org.cutri.exchange.OfficeKeyService;
import org.cutri.exchange.ReturnData;
import org.cutri.exchange.ReturnFormat;
import org.cutri.office.OfficeKind;
import org.cutri.office.OfficeService;
import org.cutri.office.OfficeSettings;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At the province: builds a commune's return package from the answers recorded for it ({@code province_answer}),
 * signed with the province office's key, numbered in the commune's own sequence ({@code return_sequence}) and naming
 * the previous one by its manifest's hash. Only that commune's rows go in; an opinion not yet forwarded (mới) has
 * nothing to send.
 */
public class ReturnPackageService {

    private static final Logger LOG = LoggerFactory.getLogger(ReturnPackageService.class);
    private static final List<String> SENT = List.of("FORWARDED", "IN_PROGRESS", "ANSWERED", "NOT_COMPETENT");

    private final Jdbi jdbi;
    private final OfficeService office;
    private final OfficeKeyService keys;
    private final Clock clock;
    private final String programVersion;

    public ReturnPackageService(Jdbi jdbi, OfficeService office, OfficeKeyService keys, Clock clock,
            String programVersion) {
        this.jdbi = jdbi;
        this.office = office;
        this.keys = keys;
        this.clock = clock;
        this.programVersion = programVersion;
    }

    /** The fingerprint of the province office's key, which signs its return packages (the commune compares it). */
    public String fingerprint() {
        return keys.fingerprint();
    }

    /** A commune the province holds answers for, with how many can be sent. */
    public record CommuneAnswers(String code, String name, int answers) {
    }

    /** The communes with at least one answer to send, by code. */
    public List<CommuneAnswers> communes() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT a.commune_code, MAX(c.name), COUNT(*)"
                + " FROM province_answer a LEFT JOIN commune_office c ON c.code = a.commune_code"
                + " WHERE a.status IN (<sent>) GROUP BY a.commune_code ORDER BY a.commune_code")
                .bindList("sent", SENT)
                .map((rs, ctx) -> new CommuneAnswers(rs.getString(1), rs.getString(2), rs.getInt(3))).list());
    }

    /**
     * Builds the commune's next return package; its sequence number is taken now (as a commune's package takes its
     * own), so a package written twice is two packages.
     *
     * @throws UserException {@code returns.build.notProvince} at a commune office, {@code returns.build.noAnswers}
     *         when nothing can be sent to this commune
     */
    public ExportedReturn build(String communeCode) {
        OfficeSettings settings = office.get();
        if (settings.officeKind() != OfficeKind.PROVINCE) {
            throw new UserException("returns.build.notProvince");
        }
        if (!OfficeService.validCode(communeCode)) {
            throw new UserException("returns.build.noAnswers", String.valueOf(communeCode));
        }
        var key = keys.key();
        return jdbi.inTransaction(handle -> {
            List<ReturnData.ReturnedAnswer> answers = new ArrayList<>();
            handle.createQuery("SELECT opinion_code, status, forward_agency, forward_letter_no, forward_date, due_date,"
                    + " answer_agency, answer_letter_no, answer_date, answer_text, result_kind, redirected_to, updated_at"
                    + " FROM province_answer WHERE commune_code = :code AND status IN (<sent>) ORDER BY opinion_code")
                    .bind("code", communeCode).bindList("sent", SENT)
                    .map((rs, ctx) -> answer(rs)).forEach(a -> a.ifPresent(answers::add));
            if (answers.isEmpty()) {
                throw new UserException("returns.build.noAnswers", communeCode);
            }
            String communeName = handle.createQuery("SELECT name FROM commune_office WHERE code = :code")
                    .bind("code", communeCode).mapTo(String.class).findFirst().orElse(communeCode);
            // A province set up from the first-start question has no name of its own: it is the province the
            // commune's packages report to.
            String provinceName = settings.provinceName() != null ? settings.provinceName()
                    : handle.createQuery("SELECT province_name FROM commune_office WHERE code = :code")
                            .bind("code", communeCode).mapTo(String.class).findFirst().orElse(null);
            Optional<Object[]> last = handle.createQuery("SELECT last_sequence, last_sha256 FROM return_sequence"
                    + " WHERE commune_code = :code").bind("code", communeCode)
                    .map((rs, ctx) -> new Object[] {rs.getInt(1), rs.getString(2)}).findFirst();
            int sequence = last.map(l -> (Integer) l[0]).orElse(0) + 1;
            String previous = last.map(l -> (String) l[1]).orElse(null);
            ExportedReturn built = ReturnFormat.build(new ReturnFormat.Content(provinceName, communeCode,
                    communeName, answers), sequence, previous, key, Instant.now(clock), programVersion);
            if (last.isPresent()) {
                handle.createUpdate("UPDATE return_sequence SET last_sequence = :seq, last_sha256 = :sha"
                        + " WHERE commune_code = :code").bind("seq", sequence).bind("sha", built.manifestSha256())
                        .bind("code", communeCode).execute();
            } else {
                handle.createUpdate("INSERT INTO return_sequence (commune_code, last_sequence, last_sha256)"
                        + " VALUES (:code, :seq, :sha)").bind("seq", sequence).bind("sha", built.manifestSha256())
                        .bind("code", communeCode).execute();
            }
            LOG.info("Built return package {} for commune {}: {} answers", built.fileName(), communeCode, answers.size());
            return built;
        });
    }

    /** A row as the format carries it; a row missing what its status needs is left out (and logged). */
    private static Optional<ReturnData.ReturnedAnswer> answer(ResultSet rs) throws SQLException {
        String code = rs.getString("opinion_code");
        String status = rs.getString("status");
        ReturnData.Forwarding forwarding = rs.getString("forward_agency") == null || date(rs, "forward_date") == null
                ? null : new ReturnData.Forwarding(rs.getString("forward_agency"), rs.getString("forward_letter_no"),
                        date(rs, "forward_date"), date(rs, "due_date"));
        ReturnData.Reply reply = rs.getString("answer_agency") == null || date(rs, "answer_date") == null
                || rs.getString("answer_text") == null ? null
                : new ReturnData.Reply(rs.getString("answer_agency"), rs.getString("answer_letter_no"),
                        date(rs, "answer_date"), rs.getString("answer_text"), rs.getString("result_kind"));
        String redirected = rs.getString("redirected_to");
        boolean complete = switch (status) {
            case "ANSWERED" -> reply != null;
            case "NOT_COMPETENT" -> redirected != null && !redirected.isBlank();
            default -> forwarding != null;
        };
        if (!complete) {
            LOG.warn("Province answer {} ({}) lacks what its status needs; not sent", code, status);
            return Optional.empty();
        }
        Timestamp updated = rs.getTimestamp("updated_at");
        return Optional.of(new ReturnData.ReturnedAnswer(code, status, forwarding, reply,
                "NOT_COMPETENT".equals(status) ? redirected : null, updated == null ? null : updated.toLocalDateTime()));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
