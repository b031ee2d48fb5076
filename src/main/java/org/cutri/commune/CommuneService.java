package org.cutri.commune;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.cutri.common.UserException;
import org.cutri.common.text.VietText;
import org.jdbi.v3.core.Jdbi;

/** The office profile (thông tin đơn vị). */
public class CommuneService {

    /** Column sizes of the profile table. */
    static final int NAME_MAX = 200;
    static final int SYMBOL_MAX = 50;
    static final int VICE_CHAIRS_MAX = 1000;

    private final Jdbi jdbi;
    private final List<Consumer<CommuneProfile>> listeners = new CopyOnWriteArrayList<>();

    public CommuneService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The profile, if the office has filled it in. */
    public Optional<CommuneProfile> profile() {
        return jdbi.withExtension(CommuneDao.class, CommuneDao::find);
    }

    /**
     * Tells the listener about every profile stored from now on (the window title shows the commune).
     * It is called on the thread that saved, after the commit.
     */
    public void addSaveListener(Consumer<CommuneProfile> listener) {
        listeners.add(listener);
    }

    /** Stores the profile in one transaction, replacing the previous one; required fields are checked. */
    public CommuneProfile save(CommuneProfile input) {
        CommuneProfile profile = clean(input);
        jdbi.useTransaction(handle -> {
            CommuneDao dao = handle.attach(CommuneDao.class);
            dao.delete();
            dao.insert(profile);
        });
        listeners.forEach(listener -> listener.accept(profile));
        return profile;
    }

    /** NFC-cleans every field and refuses missing required ones. */
    static CommuneProfile clean(CommuneProfile p) {
        CommuneProfile cleaned = new CommuneProfile(required(p.communeName(), "commune.field.communeName"),
                required(p.provinceName(), "commune.field.provinceName"),
                required(p.placeName(), "commune.field.placeName"),
                required(p.headerLine1(), "commune.field.headerLine1"),
                required(p.headerLine2(), "commune.field.headerLine2"),
                required(p.headerLine3(), "commune.field.headerLine3"),
                required(p.symbolCode(), "commune.field.symbolCode"),
                VietText.cleanOrNull(p.chairName()),
                lines(p.viceChairNames()),
                VietText.cleanOrNull(p.secretaryName()));
        if (!validSymbol(cleaned.symbolCode())) {
            throw new UserException("commune.symbolCode.invalid", cleaned.symbolCode());
        }
        checkLength(cleaned.symbolCode(), SYMBOL_MAX);
        for (String text : new String[] {cleaned.communeName(), cleaned.provinceName(), cleaned.placeName(),
                cleaned.headerLine1(), cleaned.headerLine2(), cleaned.headerLine3(), cleaned.chairName(),
                cleaned.secretaryName()}) {
            checkLength(text, NAME_MAX);
        }
        checkLength(cleaned.viceChairNames(), VICE_CHAIRS_MAX);
        return cleaned;
    }

    /** Letters and digits in parts joined by hyphens ("MTTQ-BTT"). */
    public static boolean validSymbol(String symbol) {
        return symbol != null && symbol.matches("[\\p{L}\\p{N}]+(-[\\p{L}\\p{N}]+)*");
    }

    private static void checkLength(String text, int max) {
        if (text != null && text.length() > max) {
            throw new UserException("common.tooLong", max);
        }
    }

    private static String required(String value, String fieldKey) {
        String cleaned = VietText.clean(value);
        if (cleaned.isEmpty()) {
            throw new UserException(fieldKey + ".required");
        }
        return cleaned;
    }

    /** One cleaned name per line, blank lines dropped; null when none. */
    private static String lines(String text) {
        if (text == null) {
            return null;
        }
        String joined = VietText.nfc(text).lines().map(VietText::clean).filter(s -> !s.isEmpty())
                .collect(Collectors.joining("\n"));
        return joined.isEmpty() ? null : joined;
    }
}
