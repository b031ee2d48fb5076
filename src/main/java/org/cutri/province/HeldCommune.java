package org.cutri.province;

/**
 * A commune whose packages the province holds.
 *
 * @param code the commune's code ("tan-phuc")
 * @param packages how many packages of it are imported (one per round; a later package of a round replaces it)
 */
public record HeldCommune(String code, String name, int packages) {
}
