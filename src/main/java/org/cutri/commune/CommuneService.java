package org.cutri.commune;

import java.util.Optional;

import org.cutri.common.UserException;
import org.cutri.common.text.VietText;
import org.jdbi.v3.core.Jdbi;

/** The office profile (thông tin đơn vị). */
public class CommuneService {

    private final Jdbi jdbi;

    public CommuneService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The profile, if the office has filled it in. */
    public Optional<CommuneProfile> profile() {
        return jdbi.withExtension(CommuneDao.class, CommuneDao::find);
    }

    /** Stores the profile in one transaction, replacing the previous one; required fields are checked. */
    public CommuneProfile save(CommuneProfile input) {
        CommuneProfile profile = clean(input);
        jdbi.useTransaction(handle -> {
            CommuneDao dao = handle.attach(CommuneDao.class);
            dao.delete();
            dao.insert(profile);
        });
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
        if (!cleaned.symbolCode().matches("[\\p{L}\\p{N}]+(-[\\p{L}\\p{N}]+)*")) {
            throw new UserException("commune.symbolCode.invalid", cleaned.symbolCode());
        }
        return cleaned;
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
                .collect(java.util.stream.Collectors.joining("\n"));
        return joined.isEmpty() ? null : joined;
    }
}
