package org.cutri.exchange;

import java.nio.file.Path;

/**
 * A package read from a file and checked: safe entry names, sizes as declared, every SHA-256 right, JSON of
 * the expected shape.
 *
 * @param sha256 the zip file's own SHA-256 (hex): the same file imported twice is recognised by it
 * @param manifestJson the manifest as it was in the file, kept with the imported data
 */
public record ReadPackage(Path file, String sha256, PackageManifest manifest, String manifestJson,
        PackageData.RoundFile round, PackageData.MeetingsFile meetings, PackageData.OpinionsFile opinions,
        PackageData.GroupsFile groups) {

    public String communeCode() {
        return manifest.commune().code();
    }

    public int roundKey() {
        return manifest.round().id();
    }

    public int sequence() {
        return manifest.sequence();
    }
}
