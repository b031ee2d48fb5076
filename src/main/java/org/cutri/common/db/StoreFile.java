package org.cutri.common.db;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * A quick look at an H2 database file before H2 opens it. A whole file ends with the footer of its newest
 * chunk ("chunk:51,len:d,version:51,fletcher:…" in the last 128 bytes), whose header stands {@code len}
 * blocks before the end. A file that does not (cut short, emptied, or written when the program was killed in
 * the middle of a write) is looked at more closely by {@link Database} before it is opened for writing.
 */
final class StoreFile {

    private static final int BLOCK = 4096;
    private static final int FOOTER = 128;
    private static final int HEADER_TEXT = 512;

    private StoreFile() {
    }

    /** True when the file ends with a whole chunk, as a file H2 closed or last wrote completely does. */
    static boolean endsWithWholeChunk(Path file) throws IOException {
        return endsWithWholeChunk(file, null);
    }

    /** The same for a file encrypted with this key (null: plain), looked at decrypted. */
    static boolean endsWithWholeChunk(Path file, Protection.FileKey key) throws IOException {
        FileChannel base = FileChannel.open(file, StandardOpenOption.READ);
        try (FileChannel channel = key == null ? base
                : new org.h2.store.fs.encrypt.FileEncrypt(file.toString(), key.channelKey(), base)) {
            long size = channel.size();
            if (size < 2 * BLOCK + FOOTER || size % BLOCK != 0) {
                return false;
            }
            Map<String, Long> footer = fields(channel, size - FOOTER, FOOTER);
            Long chunk = footer.get("chunk");
            Long length = footer.get("len");
            if (chunk == null || length == null || !footer.containsKey("fletcher") || length <= 0
                    || length * BLOCK > size - 2 * BLOCK) {
                return false;
            }
            Map<String, Long> header = fields(channel, size - length * BLOCK, HEADER_TEXT);
            return chunk.equals(header.get("chunk")) && length.equals(header.get("len"));
        }
    }

    /** The "key:hex,key:hex" fields of the header text at this offset (empty when there is none). */
    private static Map<String, Long> fields(FileChannel channel, long at, int length) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(length);
        channel.read(bytes, at);
        String text = new String(bytes.array(), 0, bytes.position(), StandardCharsets.ISO_8859_1);
        int end = 0;
        while (end < text.length() && text.charAt(end) >= ' ' && text.charAt(end) <= '~') {
            end++;
        }
        text = text.substring(0, end).strip();
        Map<String, Long> fields = new HashMap<>();
        for (String field : text.split(",")) {
            int colon = field.indexOf(':');
            if (colon <= 0) {
                break;
            }
            try {
                fields.putIfAbsent(field.substring(0, colon), Long.parseLong(field.substring(colon + 1).strip(), 16));
            } catch (NumberFormatException e) {
                // Not every value is a number ("fletcher" is, "H" is); only the numeric ones are needed.
                if (fields.isEmpty() && !"H".equals(field.substring(0, colon))) {
                    break;
                }
            }
        }
        return fields;
    }
}
