package org.cutri.numbering;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.cutri.common.UserException;
import org.cutri.common.text.VietText;
import org.cutri.commune.CommuneProfile;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The outgoing-document register (sổ đăng ký văn bản đi, Nghị định 30/2020/NĐ-CP): every number the office gives
 * goes through here. Numbers run from 01 on 1 January in one series per year, without gaps; a number is taken when
 * a document is issued (ban hành), never at a draft print. Two issues at once wait for each other on the year's
 * counter row (see docs/decisions/0040), never reading the largest number and adding one. A cancelled number keeps
 * its line with the reason and is never given again.
 */
public class DocumentRegister {

    /** The source of a document made outside the program and registered by hand. */
    public static final String HAND = "hand";
    /** The source of a number taken through {@link DocumentNumberService#next} without saying what for. */
    public static final String PROGRAM = "program";
    /** The longest summary the register keeps. */
    public static final int SUMMARY_LENGTH = 500;
    private static final int ATTEMPTS = 5;

    private final Jdbi jdbi;
    private final Supplier<CommuneProfile> profile;
    private final Clock clock;
    private final List<Consumer<RegisteredDocument>> cancelListeners = new CopyOnWriteArrayList<>();

    /**
     * @param profile the office's profile: its symbol code ("MTTQ-BTT") is read at each issue (the profile may
     *     change), its header lines head the book
     */
    public DocumentRegister(Jdbi jdbi, Supplier<CommuneProfile> profile, Clock clock) {
        this.jdbi = jdbi;
        this.profile = profile;
        this.clock = clock;
    }

    /** Gives the document the next number of its date's year and registers it. */
    public RegisteredDocument issue(IssueRequest request) {
        IssueRequest checked = check(request);
        String code = officeCode();
        int year = checked.issuedOn().getYear();
        startYear(year);
        for (int attempt = 1;; attempt++) {
            try {
                return jdbi.inTransaction(handle -> take(handle, checked, code));
            } catch (UnableToExecuteStatementException e) {
                if (attempt >= ATTEMPTS || !lockTimeout(e)) {
                    throw e;
                }
            }
        }
    }

    /** Registers a document made outside the program (in Word, by hand): it takes the next number as any other. */
    public RegisteredDocument registerByHand(IssueRequest request) {
        IssueRequest asHand = new IssueRequest(request.typeCode(), request.summary(), request.issuedOn(),
                request.signer(), request.recipients(), request.keptBy(), request.copies(), HAND);
        return issue(asHand);
    }

    private RegisteredDocument take(Handle handle, IssueRequest request, String code) {
        DocumentRegisterDao dao = handle.attach(DocumentRegisterDao.class);
        int year = request.issuedOn().getYear();
        if (dao.bump(year) != 1) {
            throw new IllegalStateException("No counter for " + year);
        }
        int number = dao.lastNumber(year);
        String typeCode = request.typeCode().strip();
        RegisteredDocument document = new RegisteredDocument(year, number,
                DocumentKind.symbol(number, typeCode, code), request.issuedOn(), typeCode, request.summary(),
                request.signer(), request.recipients(), request.keptBy(), request.copies(), DocumentStatus.ISSUED, null,
                null, request.source());
        dao.insert(document);
        return document;
    }

    /** Makes the year's counter row if it has none yet (two first issues of a year at once: one makes it). */
    private void startYear(int year) {
        if (jdbi.withExtension(DocumentRegisterDao.class, dao -> dao.counters(year)) > 0) {
            return;
        }
        try {
            jdbi.useTransaction(handle -> handle.attach(DocumentRegisterDao.class).startYear(year));
        } catch (RuntimeException e) {
            if (jdbi.withExtension(DocumentRegisterDao.class, dao -> dao.counters(year)) == 0) {
                throw e;
            }
        }
    }

    private static boolean lockTimeout(Throwable error) {
        return org.cutri.common.db.SqlStates.waitedTooLong(error);
    }

    /**
     * Cancels a number: its line stays, marked cancelled with the reason and today's date; the number is never given
     * again. What the document was made for is told (a round's plan then has no number and can be issued anew).
     */
    public RegisteredDocument cancel(int year, int number, String reason) {
        String why = VietText.clean(reason);
        if (why.isEmpty()) {
            throw new UserException("numbering.cancel.reasonRequired");
        }
        if (why.length() > 500) {
            throw new UserException("numbering.cancel.reasonTooLong", 500);
        }
        RegisteredDocument cancelled = jdbi.inTransaction(handle -> {
            DocumentRegisterDao dao = handle.attach(DocumentRegisterDao.class);
            RegisteredDocument found = dao.find(year, number)
                    .orElseThrow(() -> new UserException("numbering.unknown", number, String.valueOf(year)));
            if (found.cancelled()) {
                throw new UserException("numbering.cancel.already", found.symbol(), found.cancelledOn());
            }
            dao.cancel(year, number, why, LocalDate.now(clock));
            RegisteredDocument done = dao.find(year, number).orElseThrow();
            // in this transaction (the services' own join it, one handle per thread): all or nothing
            cancelListeners.forEach(listener -> listener.accept(done));
            return done;
        });
        return cancelled;
    }

    /**
     * Called at each cancellation, inside its transaction, with the cancelled line (its source says what it was made
     * for): a round's plan or report then forgets the number.
     */
    public void addCancelListener(Consumer<RegisteredDocument> listener) {
        cancelListeners.add(listener);
    }

    /** The year's register, by number: cancelled numbers included. */
    public List<RegisteredDocument> list(int year) {
        return jdbi.withExtension(DocumentRegisterDao.class, dao -> dao.list(year));
    }

    public Optional<RegisteredDocument> find(int year, int number) {
        return jdbi.withExtension(DocumentRegisterDao.class, dao -> dao.find(year, number));
    }

    /** The standing (not cancelled) document made for this source, the latest if several. */
    public Optional<RegisteredDocument> issuedFor(String source) {
        return jdbi.withExtension(DocumentRegisterDao.class, dao -> dao.issuedFor(source)).stream().findFirst();
    }

    /**
     * The number the next document of {@code year} would take if issued now: for the confirmation before "Ban hành"
     * (another issue in between may take it first; the issue itself takes the counter's next).
     */
    public int nextNumber(int year) {
        return jdbi.withExtension(DocumentRegisterDao.class, dao -> dao.nextNumber(year));
    }

    /** The years that have a number, newest first. */
    public List<Integer> years() {
        return jdbi.withExtension(DocumentRegisterDao.class, DocumentRegisterDao::years);
    }

    /** The office's part of the symbol as it is now ("MTTQ-BTT"). */
    public String officeCode() {
        return profile.get().symbolCode();
    }

    /**
     * Writes the year's book (sổ đăng ký văn bản đi) to a .docx or .xlsx file, through a temporary file beside it so
     * a failure leaves an older file of that name as it was.
     */
    public Path writeBook(int year, Path target) {
        String name = target.getFileName() == null ? "" : target.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean word = name.endsWith(".docx");
        if (!word && !name.endsWith(".xlsx")) {
            throw new UserException("numbering.book.format", target.getFileName());
        }
        List<RegisteredDocument> documents = list(year);
        Path absolute = target.toAbsolutePath();
        Path temporary = null;
        try {
            Files.createDirectories(absolute.getParent());
            temporary = Files.createTempFile(absolute.getParent(), ".so-van-ban-", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                if (word) {
                    RegisterBook.writeDocx(profile.get(), year, documents, out);
                } else {
                    RegisterBook.writeXlsx(profile.get(), year, documents, out);
                }
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            return absolute;
        } catch (IOException e) {
            throw new UserException(e, "numbering.book.failed", absolute, e.getMessage());
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // nothing more to do: the temporary file is hidden and named as such
                }
            }
        }
    }

    static IssueRequest check(IssueRequest request) {
        if (request.typeCode() == null || request.typeCode().isBlank()) {
            throw new UserException("numbering.kind.required");
        }
        if (request.typeCode().strip().length() > 10) {
            throw new UserException("numbering.kind.tooLong");
        }
        String summary = VietText.clean(request.summary());
        if (summary.isEmpty()) {
            throw new UserException("numbering.summary.required");
        }
        if (summary.length() > SUMMARY_LENGTH) {
            throw new UserException("numbering.summary.tooLong", SUMMARY_LENGTH);
        }
        if (request.issuedOn() == null) {
            throw new UserException("numbering.date.required");
        }
        if (request.issuedOn().getYear() < 2000 || request.issuedOn().getYear() > 2999) {
            throw new UserException("numbering.date.year", String.valueOf(request.issuedOn().getYear()));
        }
        if (request.copies() != null && (request.copies() < 1 || request.copies() > 100_000)) {
            throw new UserException("numbering.copies.invalid");
        }
        String signer = limited(request.signer(), 200, "numbering.signer.tooLong");
        String recipients = limited(request.recipients(), 1000, "numbering.recipients.tooLong");
        String keptBy = limited(request.keptBy(), 200, "numbering.keptBy.tooLong");
        String source = request.source() == null || request.source().isBlank() ? PROGRAM : request.source().strip();
        return new IssueRequest(request.typeCode(), summary, request.issuedOn(), signer, recipients,
                keptBy == null ? "VT" : keptBy, request.copies(), source);
    }

    private static String limited(String text, int length, String key) {
        String cleaned = VietText.cleanOrNull(text);
        if (cleaned != null && cleaned.length() > length) {
            throw new UserException(key, length);
        }
        return cleaned;
    }
}
