package org.cutri.office;

import java.util.Optional;
import java.util.regex.Pattern;

import org.cutri.common.UserException;
import org.cutri.common.text.VietText;
import org.cutri.commune.CommuneProfile;
import org.cutri.commune.CommuneService;
import org.jdbi.v3.core.Jdbi;

/**
 * The office's identity (commune or province office, the commune's code) and the sequence numbers of the
 * packages it hands to the province.
 */
public class OfficeService {

    /** A commune code: lowercase letters and digits in parts joined by hyphens ("tan-phuc", "x027"). */
    public static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int CODE_MAX = 40;

    private final Jdbi jdbi;
    private final CommuneService commune;

    public OfficeService(Jdbi jdbi, CommuneService commune) {
        this.jdbi = jdbi;
        this.commune = commune;
    }

    /**
     * The stored settings; without any, a commune office whose code is derived from the commune's name
     * and whose province is the profile's.
     */
    public OfficeSettings get() {
        return stored().orElseGet(() -> {
            Optional<CommuneProfile> profile = commune.profile();
            return new OfficeSettings(OfficeKind.COMMUNE,
                    profile.map(p -> codeFor(p.communeName())).orElse(""),
                    profile.map(CommuneProfile::provinceName).orElse(null));
        });
    }

    /** The settings the office saved, if it saved any. */
    public Optional<OfficeSettings> stored() {
        return jdbi.withExtension(OfficeDao.class, OfficeDao::find);
    }

    /** Stores the settings, replacing earlier ones; a commune office needs a valid code. */
    public OfficeSettings set(OfficeSettings settings) {
        OfficeSettings clean = clean(settings);
        jdbi.useTransaction(handle -> {
            OfficeDao dao = handle.attach(OfficeDao.class);
            dao.delete();
            dao.insert(clean);
        });
        return clean;
    }

    /**
     * True when this folder may import packages: it is a province office, or nobody has used it yet (it
     * holds no commune register and no round).
     */
    public boolean canImportPackages() {
        // The office row is read once: another staff member's first import may set it up between two reads.
        return jdbi.withExtension(OfficeDao.class, dao -> {
            Optional<OfficeSettings> current = dao.find();
            return isProvince(current) || current.isEmpty() && dao.ownRows() == 0;
        });
    }

    /**
     * Makes sure this folder is a province office before packages are imported: an unused folder becomes
     * one; a commune office's folder is refused.
     *
     * @param provinceName the province to record when the folder is set up now (may be null)
     */
    public OfficeSettings ensureProvince(String provinceName) {
        return jdbi.inTransaction(handle -> {
            OfficeDao dao = handle.attach(OfficeDao.class);
            Optional<OfficeSettings> current = dao.find();
            if (isProvince(current)) {
                return current.orElseThrow();
            }
            if (current.isPresent() || dao.ownRows() > 0) {
                throw new UserException("office.notProvince");
            }
            OfficeSettings province = new OfficeSettings(OfficeKind.PROVINCE, null, VietText.cleanOrNull(provinceName));
            dao.insert(province);
            return province;
        });
    }

    /** The next sequence number of a round's package, stored at once so the next export gets a higher one. */
    public int nextPackageSequence(int roundId) {
        return jdbi.inTransaction(handle -> {
            OfficeDao dao = handle.attach(OfficeDao.class);
            Optional<Integer> last = dao.lastSequence(roundId);
            int next = last.orElse(0) + 1;
            if (last.isPresent()) {
                dao.updateSequence(roundId, next);
            } else {
                dao.insertSequence(roundId, next);
            }
            return next;
        });
    }

    /** "Tân Phúc" → "tan-phuc": folded, every run of other characters a single hyphen. */
    public static String codeFor(String communeName) {
        String folded = VietText.fold(communeName).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return folded.length() > CODE_MAX ? folded.substring(0, CODE_MAX).replaceAll("-+$", "") : folded;
    }

    public static boolean validCode(String code) {
        return code != null && code.length() <= CODE_MAX && CODE.matcher(code).matches();
    }

    private static boolean isProvince(Optional<OfficeSettings> settings) {
        return settings.map(s -> s.officeKind() == OfficeKind.PROVINCE).orElse(false);
    }

    private static OfficeSettings clean(OfficeSettings s) {
        if (s.officeKind() == null) {
            throw new UserException("office.kind.required");
        }
        String code = VietText.cleanOrNull(s.communeCode());
        if (code != null) {
            code = code.toLowerCase(java.util.Locale.ROOT);
        }
        if (s.officeKind() == OfficeKind.COMMUNE && !validCode(code)) {
            throw new UserException("office.code.invalid", code == null ? "" : code);
        }
        return new OfficeSettings(s.officeKind(), code, VietText.cleanOrNull(s.provinceName()));
    }
}
