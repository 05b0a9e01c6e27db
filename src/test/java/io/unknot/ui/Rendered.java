package io.unknot.ui;

import io.unknot.testing.Contrast;

import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;

/**
 * A window's content painted into an image, to measure what a user sees: where ink starts (alignment) and how
 * text stands out from what is behind it (contrast, WCAG 2 formula). Paint and measure on the EDT.
 */
public final class Rendered {

    /** Pixels closer than this (summed over R, G, B) to the background count as background. */
    private static final int INK_THRESHOLD = 40;

    private final JComponent root;
    private final BufferedImage image;

    private Rendered(JComponent root, BufferedImage image) {
        this.root = root;
        this.image = image;
    }

    public static Rendered paint(JComponent root) {
        BufferedImage image = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            root.paint(g);
        } finally {
            g.dispose();
        }
        return new Rendered(root, image);
    }

    public BufferedImage image() {
        return image;
    }

    /** The component's bounds in the painted image. */
    public Rectangle bounds(Component c) {
        return SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), root);
    }

    /** The x (in the image) of the left-most pixel in {@code area} that is not background; -1 if none. */
    public int inkLeft(Rectangle area) {
        Rectangle r = area.intersection(new Rectangle(0, 0, image.getWidth(), image.getHeight()));
        int background = background(r);
        for (int x = r.x; x < r.x + r.width; x++) {
            for (int y = r.y; y < r.y + r.height; y++) {
                if (distance(image.getRGB(x, y), background) > INK_THRESHOLD) {
                    return x;
                }
            }
        }
        return -1;
    }

    public int inkLeft(Component c) {
        return inkLeft(bounds(c));
    }

    /**
     * The contrast of the strongest pixel in {@code area} against its most common colour (the background): for
     * an area holding text, the text's own colour against what it stands on, as antialiasing keeps the stems
     * of normal-size text at their full colour.
     */
    public double contrast(Rectangle area) {
        Rectangle r = area.intersection(new Rectangle(0, 0, image.getWidth(), image.getHeight()));
        int background = background(r);
        double best = 1;
        for (int x = r.x; x < r.x + r.width; x++) {
            for (int y = r.y; y < r.y + r.height; y++) {
                best = Math.max(best, Contrast.ratio(image.getRGB(x, y), background));
            }
        }
        return best;
    }

    private int background(Rectangle r) {
        return Contrast.mostCommon(image, r, rgb -> true).orElse(0);
    }

    private static int distance(int a, int b) {
        return Math.abs(((a >> 16) & 0xff) - ((b >> 16) & 0xff)) + Math.abs(((a >> 8) & 0xff) - ((b >> 8) & 0xff))
                + Math.abs((a & 0xff) - (b & 0xff));
    }
}
