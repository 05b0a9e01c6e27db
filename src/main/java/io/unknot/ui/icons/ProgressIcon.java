package io.unknot.ui.icons;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;

/**
 * The tray icon that tells the time: the state's picture inside a ring that fills clockwise from twelve o'clock as
 * the next break comes closer. The tray library cannot say whether the panel is light or dark (X11 offers only
 * foreground hints), so one ring must read on both: the filled part is drawn in mid-tone colours whose luminance
 * (0.14 to 0.26) keeps a contrast of at least 3:1 against a light (#f0f0f0) and a dark (#202020) panel alike, and
 * the unfilled track is a half-transparent grey that turns lighter on light panels and darker on dark ones, so it
 * stays apart from the filled part on both. It reads at 16 and 22 px alike.
 *
 * <p>Progress is shown in {@link #STEPS} steps, and {@link #step(double)} says which: a caller redraws only when
 * the step changes, which for any break interval of 24 minutes or more is at most once a minute.
 */
public final class ProgressIcon {

    /** How many distinct fill levels the ring has. */
    public static final int STEPS = 24;

    /** Mid grey, half transparent: lighter than the filled ring on a light panel, darker on a dark one. */
    private static final Color TRACK = new Color(128, 128, 128, 100);

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
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            float ring = Math.max(2f, size / 8f);
            float inset = ring / 2f + 0.5f;
            Ellipse2D.Float circle = new Ellipse2D.Float(inset, inset, size - 2 * inset, size - 2 * inset);
            // The track: shows where the ring goes, and differs from the filled part on light and dark panels.
            g.setStroke(new BasicStroke(ring));
            g.setColor(TRACK);
            g.draw(circle);
            double filled = switch (state) {
                case ON_BREAK, PAUSED -> 1;
                default -> step(progress) / (double) STEPS;
            };
            if (filled > 0) {
                g.setColor(ringColor(state));
                g.setStroke(new BasicStroke(ring, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
                g.draw(new Arc2D.Double(circle.getBounds2D(), 90, -360 * filled, Arc2D.OPEN));
            }
            // The state's own picture, shrunk into the ring.
            int inner = Math.round(size - 4 * ring);
            if (inner >= 6) {
                BufferedImage picture = TrayIcons.image(state, TrayIcons.bestSize(inner));
                int at = (size - inner) / 2;
                g.drawImage(picture, at, at, inner, inner, null);
            }
        } finally {
            g.dispose();
        }
        return image;
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
