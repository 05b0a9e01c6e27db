package io.unknot.ui.icons;

import java.awt.image.BufferedImage;

/**
 * A small square ARGB picture worked on pixel by pixel, without {@code Graphics2D} (see {@link ProgressIcon} for
 * why): laying a colour over a pixel, and shrinking a picture by averaging the area each new pixel covers.
 * Colours are kept premultiplied by their alpha, so averaging and laying over need no special cases.
 */
final class Pixels {

    private final int size;
    /** Premultiplied alpha, red, green, blue per pixel, each 0 to 1. */
    private final double[] argb;

    Pixels(int size) {
        this.size = size;
        this.argb = new double[size * size * 4];
    }

    /** The pixels of a square image. */
    static Pixels of(BufferedImage image) {
        Pixels pixels = new Pixels(image.getWidth());
        for (int y = 0; y < pixels.size; y++) {
            for (int x = 0; x < pixels.size; x++) {
                pixels.over(x, y, image.getRGB(x, y), 1);
            }
        }
        return pixels;
    }

    /** Lays the straight (not premultiplied) colour {@code argb} over pixel (x, y), covering {@code coverage} of it. */
    void over(int x, int y, int argb, double coverage) {
        double alpha = (argb >>> 24) / 255.0 * coverage;
        if (alpha <= 0) {
            return;
        }
        int i = (y * size + x) * 4;
        double keep = 1 - alpha;
        this.argb[i] = alpha + this.argb[i] * keep;
        for (int channel = 1; channel <= 3; channel++) {
            double value = (argb >>> (8 * (3 - channel)) & 0xFF) / 255.0;
            this.argb[i + channel] = value * alpha + this.argb[i + channel] * keep;
        }
    }

    /** This picture at {@code newSize}: each new pixel averages the old area it covers, weighted by overlap. */
    Pixels scaled(int newSize) {
        Pixels out = new Pixels(newSize);
        double step = size / (double) newSize;
        for (int y = 0; y < newSize; y++) {
            for (int x = 0; x < newSize; x++) {
                int o = (y * newSize + x) * 4;
                double area = 0;
                for (int sy = (int) (y * step); sy < Math.min(size, Math.ceil((y + 1) * step)); sy++) {
                    double wy = overlap(sy, y * step, (y + 1) * step);
                    for (int sx = (int) (x * step); sx < Math.min(size, Math.ceil((x + 1) * step)); sx++) {
                        double w = wy * overlap(sx, x * step, (x + 1) * step);
                        int i = (sy * size + sx) * 4;
                        for (int c = 0; c < 4; c++) {
                            out.argb[o + c] += argb[i + c] * w;
                        }
                        area += w;
                    }
                }
                for (int c = 0; c < 4; c++) {
                    out.argb[o + c] /= area;
                }
            }
        }
        return out;
    }

    /** How much of the unit cell starting at {@code cell} lies between {@code from} and {@code to}. */
    private static double overlap(int cell, double from, double to) {
        return Math.max(0, Math.min(cell + 1, to) - Math.max(cell, from));
    }

    /** Pixel (x, y) as straight ARGB. */
    int argb(int x, int y) {
        int i = (y * size + x) * 4;
        double alpha = argb[i];
        if (alpha <= 0) {
            return 0;
        }
        int value = (int) Math.round(Math.min(1, alpha) * 255) << 24;
        for (int channel = 1; channel <= 3; channel++) {
            int straight = (int) Math.round(Math.min(1, argb[i + channel] / alpha) * 255);
            value |= straight << (8 * (3 - channel));
        }
        return value;
    }

    /** As an image; setting pixels needs no graphics context. */
    BufferedImage toImage() {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                image.setRGB(x, y, argb(x, y));
            }
        }
        return image;
    }
}
