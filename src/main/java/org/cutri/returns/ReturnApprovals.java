package org.cutri.returns;

/**
 * What the commune's user decided about a return package the importer does not take alone.
 *
 * @param trust trust the province's key of a first return package (its fingerprint compared by phone)
 * @param fingerprint when not null, trust only a key with this fingerprint (the one the window showed)
 * @param acceptGap take a package although packages are missing between the last one taken and it
 */
public record ReturnApprovals(boolean trust, String fingerprint, boolean acceptGap) {

    public static final ReturnApprovals NONE = new ReturnApprovals(false, null, false);

    public static ReturnApprovals of(boolean trust, boolean acceptGap) {
        return new ReturnApprovals(trust, null, acceptGap);
    }

    boolean trusts(String keyFingerprint) {
        return trust && (fingerprint == null || fingerprint.equals(keyFingerprint));
    }
}
