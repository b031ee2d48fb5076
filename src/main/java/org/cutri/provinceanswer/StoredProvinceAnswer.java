package org.cutri.provinceanswer;

/**
 * The province's follow-up of one opinion of a commune, by the commune's code and the opinion's own code: what a
 * return package carries back to the commune.
 */
public record StoredProvinceAnswer(String communeCode, String opinionCode, ProvinceAnswer answer) {
}
