package org.cutri.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.cutri.app.AppContext;
import org.cutri.hamlet.Hamlet;
import org.cutri.meeting.Meeting;
import org.cutri.meeting.MeetingDraft;
import org.cutri.meeting.MeetingForm;
import org.cutri.meeting.MeetingStatus;
import org.cutri.opinion.Authority;
import org.cutri.opinion.OpinionDraft;
import org.cutri.opinion.OpinionKind;
import org.cutri.round.ContactRound;
import org.cutri.round.RoundDraft;
import org.cutri.round.RoundKind;
import org.cutri.testing.TestContexts;

/** A commune office with one round, two meetings and a few opinions, and helpers to take packages apart. */
public final class ExchangeFixture {

    /** A speaker who agreed to be named: must never appear in a package made without names. */
    static final String SPEAKER = "Bùi Thị Thanh Xuân";

    final AppContext context;
    final ContactRound round;
    final Meeting ben;
    final Meeting giua;

    ExchangeFixture(Path folder) {
        context = TestContexts.open(folder);
        context.demo().load(false);
        round = context.rounds().create(new RoundDraft(null, RoundKind.BEFORE_SESSION,
                "Tiếp xúc cử tri trước kỳ họp thứ ba, HĐND xã", LocalDate.of(2026, 11, 20), "Hội trường UBND xã",
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 8),
                LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 17), null));
        int deputy = context.deputies().list().get(0).id();
        ben = context.meetings().create(new MeetingDraft(round.id(), LocalDate.of(2026, 12, 2), LocalTime.of(8, 0),
                LocalTime.of(10, 30), "Nhà văn hóa xóm Bến", MeetingForm.IN_PERSON, "Hà Văn Thuận", null,
                MeetingStatus.HELD, List.of(hamlet("Xóm Bến").id()), List.of(deputy)));
        context.meetings().setPresent(ben.id(), deputy, true);
        giua = context.meetings().create(new MeetingDraft(round.id(), LocalDate.of(2026, 12, 3), LocalTime.of(14, 0),
                LocalTime.of(16, 0), "Nhà văn hóa xóm Giữa", MeetingForm.IN_PERSON, null, null, MeetingStatus.HELD,
                List.of(hamlet("Xóm Giữa").id()), List.of(deputy)));
        context.opinions().add(ben.id(), new OpinionDraft(null, "Đề nghị sửa đường liên xóm đoạn qua cầu Bến đã xuống cấp",
                OpinionKind.PETITION, context.opinions().fields().get(4).id(), Authority.COMMUNE, null, SPEAKER, true,
                40, 52, false, null, null));
        context.opinions().add(ben.id(), new OpinionDraft(null, "Phản ánh tình trạng đổ rác bừa bãi ven kênh",
                OpinionKind.REFLECTION, null, Authority.OTHER, "Công ty môi trường", null, false, null, null, true,
                "Chủ tịch UBND xã", "Xã sẽ bố trí điểm tập kết rác trong tháng 12."));
        context.opinions().add(giua.id(), OpinionDraft.of("Đề nghị lắp thêm đèn chiếu sáng đường thôn"));
    }

    /** The package of a fixture commune made in this folder (its data closed again). */
    static byte[] exportedPackage(Path folder) {
        ExchangeFixture commune = new ExchangeFixture(folder);
        try {
            return commune.context.packageExporter().export(commune.round.id(), false, List.of()).bytes();
        } finally {
            commune.context.close();
        }
    }

    Hamlet hamlet(String name) {
        return context.hamlets().list().stream().filter(h -> h.name().equals(name)).findFirst().orElseThrow();
    }

    /** Every entry of a zip, by name, in order. */
    public static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> result = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                result.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    /** A zip of these entries, as given (no checks: tests build hostile files with it). */
    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(buffer)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    /**
     * The package with its entries changed and the manifest listing them again with their right sizes and hashes,
     * signed again with {@link #TEST_KEY}.
     */
    public static byte[] relisted(byte[] pkg, UnaryOperator<Map<String, byte[]>> change) {
        return rebuilt(pkg, change, manifest -> { }, TEST_KEY.getPrivate(), TEST_KEY.getPublic().getEncoded());
    }

    /**
     * The package with its entries changed, the manifest listing them again, then changed itself, then signed with
     * this key (a null key: the signature is left as it was, so it no longer matches).
     */
    public static byte[] rebuilt(byte[] pkg, UnaryOperator<Map<String, byte[]>> change, Consumer<ObjectNode> manifestChange,
            PrivateKey key, byte[] publicKey) {
        Map<String, byte[]> entries = change.apply(new LinkedHashMap<>(entries(pkg)));
        try {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode manifest = (ObjectNode) mapper.readTree(entries.get("manifest.json"));
            ArrayNode listed = manifest.putArray("entries");
            entries.forEach((name, bytes) -> {
                if (!name.equals("manifest.json")) {
                    listed.addObject().put("path", name).put("size", bytes.length)
                            .put("sha256", PackageFormat.sha256Hex(bytes));
                }
            });
            manifestChange.accept(manifest);
            if (key != null) {
                resign(manifest, key, publicKey);
            }
            entries.put("manifest.json", mapper.writeValueAsBytes(manifest));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip(entries);
    }

    /**
     * A key pair of an office that signs whatever it is given: packages changed by these helpers are signed again
     * with it, so that what the province checks beyond the signature (the data's shape, names, dates…) is still
     * reached, as it would be for a package made by someone holding a commune's key.
     */
    static final KeyPair TEST_KEY = testKey();

    private static KeyPair testKey() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Signs the manifest again with this key; a manifest that no longer reads as one is left as it is
     * (the province refuses it before looking at its signature).
     */
    static void resign(ObjectNode manifest, PrivateKey key, byte[] publicKey) {
        try {
            ObjectNode unsigned = manifest.deepCopy();
            unsigned.putNull("signature");
            if (!unsigned.has("previous_sha256")) {
                unsigned.putNull("previous_sha256");
            }
            PackageManifest m = PackageFormat.mapper().treeToValue(unsigned, PackageManifest.class);
            PackageManifest signed = PackageSignature.sign(m, key, publicKey);
            manifest.putObject("signature").put("algorithm", signed.signature().algorithm())
                    .put("public_key", signed.signature().publicKey()).put("value", signed.signature().value());
        } catch (IOException | RuntimeException e) {
            // not a manifest any more: the province refuses it for that, before looking at its signature
        }
    }

    /** The package with one entry's text changed (the manifest's too) and the manifest listing it again. */
    public static byte[] withText(byte[] pkg, String entry, UnaryOperator<String> change) {
        return relisted(pkg, e -> {
            e.put(entry, change.apply(new String(e.get(entry), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
            return e;
        });
    }

    static Path write(Path folder, String name, byte[] bytes) {
        try {
            return Files.write(folder.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
