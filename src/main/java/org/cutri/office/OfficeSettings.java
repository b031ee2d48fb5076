package org.cutri.office;

/**
 * The office's identity for exchanging packages.
 *
 * @param officeKind commune or province office
 * @param communeCode the short code the province gives the commune ("tan-phuc"); names its package files
 * @param provinceName the province the office reports to (or is)
 */
public record OfficeSettings(OfficeKind officeKind, String communeCode, String provinceName) {
}
