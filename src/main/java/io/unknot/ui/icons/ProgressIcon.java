package io.unknot.ui.icons;

import java.awt.Color;
import java.awt.image.BufferedImage;

/**
 * The tray icon that tells the time: the state's picture inside a ring that fills clockwise from twelve o'clock as
 * the next break comes closer. The tray library cannot say whether the panel is light or dark (X11 offers only
 * foreground hints), so one ring must read on both: the filled part is drawn in mid-tone colours whose luminance
 * (0.14 to 0.26) keeps a contrast of at least 3:1 against a light (#f0f0f0) and a dark (#202020) panel alike, and
 * the unfilled track is a half-transparent grey that turns lighter on light panels and darker on dark ones, so it
 * stays apart from the filled part on both. It reads at 16 and 22 px alike.
 *
 * <p>The pixels are computed here, not drawn with a {@code Graphics2D}: drawing on any image starts AWT's display
 * toolkit (its own X connection and thread, Java2D, fonts), which a native tray icon otherwise never needs
 * (bench/measurements.md says what that saved).
 *
 * <p>Progress is shown in {@link #STEPS} steps, and {@link #step(double)} says which: a caller redraws only when
 * the step changes, which for any break interval of 24 minutes or more is at most once a minute.
 */
public final class ProgressIcon {

    /** How many distinct fill levels the ring has. */
    public static final int STEPS = 24;

    /** Mid grey, half transparent: lighter than the filled ring on a light panel, darker on a dark one. */
    private static final Color TRACK = new Color(128, 128, 128, 100);
    /** Samples per pixel side for the ring's anti-aliased edges. */
    private static final int SAMPLES = 4;

    private ProgressIcon() {
    }

    /** The fill step (0 to {@link #STEPS}) for a progress of 0 (break just taken) to 1 (break due). */
    public static int step(double progress) {
        double p = Double.isNaN(progress) ? 0 : Math.max(0, Math.min(1, progress));
        return (int) Math.floor(p * STEPS);
    }

    /**
     * @param state     what the engine does (the picture in the middle and the ring's colour)
     * @param progress  0 just after a break to 1 when the next is due; ignored while paused or on a break
     * @param size      the tray's icon size in pixels (16, 22, 24...)
     */
    public static BufferedImage render(TrayIconState state, double progress, int size) {
        double filled = switch (state) {
            case ON_BREAK, PAUSED -> 1;
            default -> step(progress) / (double) STEPS;
        };
        double ring = Math.max(2, size / 8.0);
        double inset = ring / 2 + 0.5;
        double radius = size / 2.0 - inset; // of the ring's middle line
        Pixels icon = new Pixels(size);
        int track = TRACK.getRGB();
        int fill = ringColor(state).getRGB();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int onRing = 0;
                int onFill = 0;
                for (int sy = 0; sy < SAMPLES; sy++) {
                    for (int sx = 0; sx < SAMPLES; sx++) {
                        double dx = x + (sx + 0.5) / SAMPLES - size / 2.0;
                        double dy = y + (sy + 0.5) / SAMPLES - size / 2.0;
                        if (Math.abs(Math.hypot(dx, dy) - radius) <= ring / 2) {
                            onRing++;
                            onFill += clockwiseFromTwelve(dx, dy) < filled ? 1 : 0;
                        }
                    }
                }
                // The track shows where the ring goes; the filled part lies over it.
                icon.over(x, y, track, onRing / (double) (SAMPLES * SAMPLES));
                icon.over(x, y, fill, onFill / (double) (SAMPLES * SAMPLES));
            }
        }
        // The state's own picture, shrunk into the ring.
        int inner = (int) Math.round(size - 4 * ring);
        if (inner >= 6) {
            Pixels picture = Pixels.of(TrayIcons.image(state, TrayIcons.bestSize(inner))).scaled(inner);
            int at = (size - inner) / 2;
            for (int y = 0; y < inner; y++) {
                for (int x = 0; x < inner; x++) {
                    icon.over(at + x, at + y, picture.argb(x, y), 1);
                }
            }
        }
        return icon.toImage();
    }

    /** The share of a full turn from twelve o'clock, clockwise, to the point (dx, dy) from the centre (y down). */
    private static double clockwiseFromTwelve(double dx, double dy) {
        double turn = Math.atan2(dx, -dy) / (2 * Math.PI);
        return turn < 0 ? turn + 1 : turn;
    }

    /** Mid-tone hues (relative luminance about 0.2): 3:1 or more against light and dark panels alike. */
    static Color ringColor(TrayIconState state) {
        return switch (state) {
            case DUE_SOON -> new Color(0xC06A00);
            case ON_BREAK -> new Color(0x2E8B57);
            case PAUSED -> new Color(0x7A7A7A);
            case DRIVING -> new Color(0x4A78C8);
            case COUNTING -> new Color(0x1F8A7A);
        };
    }
}
