package org.cutri.common.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

import org.cutri.common.UserException;

/**
 * How the password becomes the key of the encrypted database file: a slow salted hash (PBKDF2 with HMAC-SHA-256,
 * {@link #ITERATIONS} rounds) of the password gives a master key, from which HMAC derives the file's key (handed
 * to H2's {@code CIPHER=AES}) and a check value. The salt, the rounds and the hash of the check value are kept in
 * the small plain file {@link #FILE_NAME} next to the database: it holds nothing that reveals the password or the
 * key, and a wrong password is told from the check value without touching the database file.
 * See docs/decisions/0032-password-protected-data.md.
 */
public final class Protection {

    /** The file next to the database that says how its key is made (no password, no key). */
    public static final String FILE_NAME = "cutri.salt";
    /** PBKDF2 rounds of a new protection: about a fifth of a second on an office PC, per try. */
    static final int ITERATIONS = 600_000;
    /** How an encrypted H2 file begins (H2's {@code FileEncrypt} header). */
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final String KDF = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;

    private final byte[] salt;
    private final int iterations;
    private final byte[] checkHash;

    private Protection(byte[] salt, int iterations, byte[] checkHash) {
        this.salt = salt;
        this.iterations = iterations;
        this.checkHash = checkHash;
    }

    /** True when the database file of this folder is encrypted (whatever the salt file says). */
    public static boolean isProtected(Path folder) {
        return isEncrypted(folder.resolve(Database.FILE_NAME + Database.FILE_SUFFIX));
    }

    /** True when this H2 file is encrypted. */
    static boolean isEncrypted(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer start = ByteBuffer.allocate(ENCRYPTED_HEADER.length);
            channel.read(start, 0);
            return Arrays.equals(start.array(), ENCRYPTED_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    /** A new protection with this password (a fresh random salt), with the key it gives: one slow derivation. */
    static Created create(DataPassword password) {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        byte[] master = master(password, salt, ITERATIONS);
        try {
            return new Created(new Protection(salt, ITERATIONS, sha256(hmac(master, "check"))), fileKey(master));
        } finally {
            Arrays.fill(master, (byte) 0);
        }
    }

    /** A new protection and the key of the file it protects. */
    record Created(Protection protection, FileKey key) {
    }

    /** The protection written next to the database of this folder, if any. */
    static Optional<Protection> read(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
            if (!KDF.equals(properties.getProperty("kdf"))) {
                throw new IOException("Unknown key derivation " + properties.getProperty("kdf"));
            }
            Base64.Decoder base64 = Base64.getDecoder();
            return Optional.of(new Protection(base64.decode(properties.getProperty("salt", "")),
                    Integer.parseInt(properties.getProperty("iterations", "").strip()),
                    base64.decode(properties.getProperty("check", ""))));
        } catch (IOException | IllegalArgumentException e) {
            throw new UserException(e, "db.password.saltUnreadable", file);
        }
    }

    /** Writes this protection as {@code name} in the folder (made readable by the user only). */
    void write(Path folder, String name) throws IOException {
        Path file = folder.resolve(name);
        Base64.Encoder base64 = Base64.getEncoder();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1)) {
            out.write("# cutri: how the key of the encrypted data file is made from the password.\n");
            out.write("# It holds neither the password nor the key. Keep it with cutri.mv.db: without it the data cannot be opened.\n");
            out.write("kdf=" + KDF + "\n");
            out.write("iterations=" + iterations + "\n");
            out.write("salt=" + base64.encodeToString(salt) + "\n");
            out.write("check=" + base64.encodeToString(checkHash) + "\n");
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /**
     * The key of the database file, when this is the password.
     *
     * @throws UserException {@code db.password.wrong} when it is not
     */
    FileKey unlock(DataPassword password) {
        byte[] master = master(password, salt, iterations);
        try {
            if (!MessageDigest.isEqual(sha256(hmac(master, "check")), checkHash)) {
                throw new UserException("db.password.wrong");
            }
            return fileKey(master);
        } finally {
            Arrays.fill(master, (byte) 0);
        }
    }

    private static FileKey fileKey(byte[] master) {
        byte[] key = hmac(master, "file");
        try {
            return new FileKey(HexFormat.of().formatHex(key).toCharArray());
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private static byte[] master(DataPassword password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.chars(), salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK has no " + KDF, e);
        } finally {
            spec.clearPassword();
        }
    }

    private static byte[] hmac(byte[] key, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(("cutri-" + purpose).getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK has no HmacSHA256", e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK has no SHA-256", e);
        }
    }

    /**
     * The key H2 encrypts the file with: 64 hexadecimal characters (H2 takes the file password up to the first
     * space, so it must have none). Wiped once the database is open.
     */
    static final class FileKey implements AutoCloseable {
        private final char[] hex;

        FileKey(char[] hex) {
            this.hex = hex;
        }

        /** H2's JDBC password: the file password, a space, then the user's password (empty). */
        char[] jdbcPassword() {
            char[] password = Arrays.copyOf(hex, hex.length + 1);
            password[hex.length] = ' ';
            return password;
        }

        /** The same key, to be closed on its own (a backup opened with the session's key). */
        FileKey copy() {
            return new FileKey(hex.clone());
        }

        /** The key bytes H2's encrypted file channel takes. */
        byte[] channelKey() {
            return org.h2.store.fs.encrypt.FilePathEncrypt.getPasswordBytes(hex);
        }

        @Override
        public void close() {
            Arrays.fill(hex, '\0');
        }

        @Override
        public String toString() {
            return "FileKey[hidden]";
        }
    }
}
