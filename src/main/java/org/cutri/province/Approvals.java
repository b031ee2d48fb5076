package org.cutri.province;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the province's user has decided about packages the importer would not take alone (docs/decisions/0035):
 * communes' keys trusted with a first package (after comparing the fingerprint), and packages taken despite a gap
 * in the sequence numbers or a conflict with the package already imported.
 *
 * @param trustNewKeys every commune's first key is trusted ({@code package import --trust})
 * @param keys a commune's first key trusted by its fingerprint, by commune code
 * @param acceptGaps every package following a gap is taken ({@code package import --accept-gap})
 * @param accepted packages (by their file's SHA-256) taken despite a gap or a conflict
 */
public record Approvals(boolean trustNewKeys, Map<String, String> keys, boolean acceptGaps, Set<String> accepted) {

    /** Nothing decided: first packages, gaps and conflicts are refused with their question. */
    public static final Approvals NONE = new Approvals(false, Map.of(), false, Set.of());

    public Approvals {
        keys = Map.copyOf(keys);
        accepted = Set.copyOf(accepted);
    }

    /** The command line's choice. */
    public static Approvals of(boolean trustNewKeys, boolean acceptGaps) {
        return new Approvals(trustNewKeys, Map.of(), acceptGaps, Set.of());
    }

    /** These approvals and the commune's first key with this fingerprint. */
    public Approvals trusting(String communeCode, String fingerprint) {
        Map<String, String> more = new HashMap<>(keys);
        more.put(communeCode, fingerprint);
        return new Approvals(trustNewKeys, more, acceptGaps, accepted);
    }

    /** These approvals and the package with this SHA-256 taken despite its gap or conflict. */
    public Approvals accepting(String sha256) {
        Set<String> more = new HashSet<>(accepted);
        more.add(sha256);
        return new Approvals(trustNewKeys, keys, acceptGaps, more);
    }

    boolean trusts(String communeCode, String fingerprint) {
        return trustNewKeys || fingerprint.equals(keys.get(communeCode));
    }
}
