package org.cutri.exchange;

/**
 * A return package built in memory, ready to be written.
 *
 * @param fileName "cutri-tra-loi-tan-phuc-3.zip"
 * @param sha256 the zip's own SHA-256 (hex), checked again after writing
 * @param manifestSha256 its manifest's SHA-256: the next return package for the commune names it as its previous one
 */
public record ExportedReturn(String fileName, byte[] bytes, String sha256, String manifestSha256,
        ReturnManifest manifest) {

    public long size() {
        return bytes.length;
    }
}
