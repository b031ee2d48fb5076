package org.cutri.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The user guide shipped inside the program: {@code docs/huong-dan-su-dung.md}, copied into the jar as
 * {@value #RESOURCE} by the build.
 */
public final class UserGuide {

    public static final String RESOURCE = "/docs/huong-dan-su-dung.md";

    private UserGuide() {
    }

    /** The guide's blocks, or empty when the program was built without it. */
    public static Optional<List<GuideText.Block>> read() {
        try (InputStream in = UserGuide.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(GuideText.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
