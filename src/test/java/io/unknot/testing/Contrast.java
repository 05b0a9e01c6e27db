package io.unknot.testing;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * Measures what a user sees in painted pixels: the WCAG 2 contrast ratio of two colors, and the color most of an
 * area is painted in (its background, or the ink of a drawing once the background is left out).
 */
public final class Contrast {

    private Contrast() {
    }

    /** The WCAG 2 contrast ratio of two colors, 1 to 21. */
    public static double ratio(Color a, Color b) {
        return ratio(a.getRGB(), b.getRGB());
    }

    /** The same for packed RGB values; alpha is ignored. */
    public static double ratio(int rgb1, int rgb2) {
        double l1 = luminance(rgb1);
        double l2 = luminance(rgb2);
        return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    }

    /** The most frequent RGB value (alpha dropped) in {@code area} of {@code image} that {@code counted} accepts. */
    public static Optional<Integer> mostCommon(BufferedImage image, Rectangle area, IntPredicate counted) {
        Rectangle r = area.intersection(new Rectangle(0, 0, image.getWidth(), image.getHeight()));
        Map<Integer, Integer> counts = new HashMap<>();
        for (int x = r.x; x < r.x + r.width; x++) {
            for (int y = r.y; y < r.y + r.height; y++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                if (counted.test(rgb)) {
                    counts.merge(rgb, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    private static double luminance(int rgb) {
        return 0.2126 * channel((rgb >> 16) & 0xff) + 0.7152 * channel((rgb >> 8) & 0xff) + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
