package io.unknot.ui.icons;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Loads the pre-rendered tray PNGs from the class path ({@code /assets/icons/tray/<state>-<size>.png}). */
public final class TrayIcons {

    /** The sizes render.sh produces. */
    public static final List<Integer> SIZES = List.of(16, 22, 24, 32, 48, 64);

    private TrayIcons() {
    }

    /** The picture for {@code state} at the smallest rendered size not below {@code size} (else the largest). */
    public static BufferedImage image(TrayIconState state, int size) {
        String path = resource(state, bestSize(size));
        try (InputStream in = TrayIcons.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("tray icon missing from the class path: " + path);
            }
            return ImageIO.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tray icon " + path, e);
        }
    }

    static int bestSize(int wanted) {
        return SIZES.stream().filter(s -> s >= wanted).findFirst().orElse(SIZES.get(SIZES.size() - 1));
    }

    static String resource(TrayIconState state, int size) {
        return "/assets/icons/tray/" + state.fileName() + "-" + size + ".png";
    }
}
