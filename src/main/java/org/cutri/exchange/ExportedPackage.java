package org.cutri.exchange;

/**
 * A package built in memory, ready to be written to a stick or a folder.
 *
 * @param fileName "cutri-tan-phuc-5-3.zip"
 * @param bytes the zip file
 * @param sha256 the zip's own SHA-256 (hex), checked again after writing
 */
public record ExportedPackage(String fileName, byte[] bytes, String sha256, PackageManifest manifest) {

    public long size() {
        return bytes.length;
    }
}
