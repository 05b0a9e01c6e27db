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
 * the next break comes closer. The ring is drawn for the panel it sits on (a dark ring on a light panel, a light
 * ring on a dark one), with the state's colour for the filled part, so it reads at 16 and 22 px alike.
 *
 * <p>Progress is shown in {@link #STEPS} steps, and {@link #step(double)} says which: a caller redraws only when
 * the step changes, which for any break interval of 24 minutes or more is at most once a minute.
 */
public final class ProgressIcon {

    /** How many distinct fill levels the ring has. */
    public static final int STEPS = 24;

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
     * @param darkPanel whether the panel behind the icon is dark
     */
    public static BufferedImage render(TrayIconState state, double progress, int size, boolean darkPanel) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            float ring = Math.max(2f, size / 8f);
            float inset = ring / 2f + 0.5f;
            Ellipse2D.Float circle = new Ellipse2D.Float(inset, inset, size - 2 * inset, size - 2 * inset);
            // The track: the panel's opposite, faint, so the unfilled part still shows where the ring is.
            g.setStroke(new BasicStroke(ring));
            g.setColor(darkPanel ? new Color(255, 255, 255, 90) : new Color(0, 0, 0, 70));
            g.draw(circle);
            double filled = switch (state) {
                case ON_BREAK, PAUSED -> 1;
                default -> step(progress) / (double) STEPS;
            };
            if (filled > 0) {
                g.setColor(ringColor(state, darkPanel));
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

    /** Strong enough against either panel: darker hues on light panels, lighter ones on dark panels. */
    static Color ringColor(TrayIconState state, boolean darkPanel) {
        return switch (state) {
            case DUE_SOON -> darkPanel ? new Color(0xF2B84B) : new Color(0xB35900);
            case ON_BREAK -> darkPanel ? new Color(0x7FD1A8) : new Color(0x1E7A4C);
            case PAUSED -> darkPanel ? new Color(0xB0B0B0) : new Color(0x6B6B6B);
            case DRIVING -> darkPanel ? new Color(0x8AA8E0) : new Color(0x2F5597);
            case COUNTING -> darkPanel ? new Color(0x6FD0BE) : new Color(0x1F6E61);
        };
    }
}
