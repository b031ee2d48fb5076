package org.cutri.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.cutri.common.UserException;
import org.slf4j.Logger;

/**
 * The opening checks shared by both packages of the format (the commune's hand-over and the province's return):
 * only a regular file of bounded size is read, its SHA-256 taken, the zip opened without extracting anything, and
 * every entry name checked once. A refusal is a {@link UserException} naming what is wrong with the file.
 */
final class ZipOpening {

    /** What reads the opened zip: the file, its SHA-256 and the zip. */
    interface Reader<T> {
        T read(Path file, String fileSha, ZipFile zip) throws IOException;
    }

    /** The message keys and the log wording that differ between the two packages. */
    record Words(String what, String notZipKey, String damagedKey) {
    }

    private final Logger log;
    private final Words words;

    ZipOpening(Logger log, Words words) {
        this.log = log;
        this.words = words;
    }

    /** Opens {@code file} within {@code limitBytes} and hands it to {@code reader}; I/O and zip errors become refusals. */
    <T> T open(Path file, long limitBytes, Reader<T> reader) {
        String fileSha;
        try {
            if (!Files.isRegularFile(file)) {
                if (!Files.exists(file)) {
                    throw new UserException("exchange.refused.missing", file);
                }
                throw new UserException(Files.isDirectory(file) ? "exchange.refused.folder" : "exchange.refused.notFile");
            }
            if (Files.size(file) > limitBytes) {
                throw new UserException("exchange.refused.tooLarge", limitBytes >> 20);
            }
            fileSha = PackageReader.sha256Of(file);
        } catch (NoSuchFileException e) {
            throw new UserException(e, "exchange.refused.missing", file);
        } catch (IOException e) {
            log.warn("{} {} cannot be read", words.what(), file, e);
            throw new UserException(e, "exchange.refused.unreadable", file);
        }
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            return reader.read(file, fileSha, zip);
        } catch (ZipException e) {
            log.info("{} {} is not a readable zip: {}", words.what(), file, e.getMessage());
            throw new UserException(e, words.notZipKey());
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            // e.g. an entry name that is not valid UTF-8, or a read error in the middle of the file
            log.warn("{} {} is damaged", words.what(), file, e);
            throw new UserException(e, words.damagedKey());
        }
    }

    /**
     * The zip's entries by name; an unsafe name (refused by {@code unsafe}, which throws its own refusal or returns
     * true for the generic one), a duplicate name or too many entries are refused.
     */
    static Map<String, ZipEntry> entries(ZipFile zip, Predicate<String> unsafe) {
        Map<String, ZipEntry> entries = new HashMap<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            String name = entry.getName();
            if (unsafe.test(name)) {
                throw new UserException("exchange.refused.unsafePath", name);
            }
            if (entries.put(name, entry) != null) {
                throw new UserException("exchange.refused.duplicateEntry", name);
            }
            if (entries.size() > PackageFormat.MAX_ENTRIES) {
                throw new UserException("exchange.refused.tooManyEntries", PackageFormat.MAX_ENTRIES);
            }
        }
        return entries;
    }
}
