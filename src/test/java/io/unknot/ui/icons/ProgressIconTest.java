package io.unknot.ui.icons;

import io.unknot.testing.Contrast;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progress ring, measured from the pixels it draws at the two common tray sizes. One icon for every panel: it is
 * laid on a light and on a dark panel and must read on both.
 */
class ProgressIconTest {

    /** A light panel (GNOME, KDE Breeze, Xfce defaults) and a dark one: the tray cannot tell which it sits on. */
    private static final List<Color> PANELS = List.of(new Color(0xF0F0F0), new Color(0x202020));

    @ParameterizedTest
    @ValueSource(ints = {16, 22})
    void every_state_s_ring_reads_on_light_and_dark_panels_alike(int size) {
        boolean[] ring = ringPixels(size);
        for (TrayIconState state : TrayIconState.values()) {
            BufferedImage full = ProgressIcon.render(state, 1, size);
            BufferedImage empty = ProgressIcon.render(TrayIconState.COUNTING, 0, size);
            for (Color panel : PANELS) {
                BufferedImage filledOnPanel = onPanel(full, panel);
                BufferedImage emptyOnPanel = onPanel(empty, panel);
                double worstOnPanel = Double.MAX_VALUE;
                double worstAgainstTrack = Double.MAX_VALUE;
                int measured = 0;
                for (int i = 0; i < ring.length; i++) {
                    int x = i % size;
                    int y = i / size;
                    if (!ring[i] || (full.getRGB(x, y) >>> 24) != 255) {
                        continue; // the ring's anti-aliased edge: part panel, part ring
                    }
                    Color filled = new Color(filledOnPanel.getRGB(x, y));
                    worstOnPanel = Math.min(worstOnPanel, Contrast.ratio(filled, panel));
                    worstAgainstTrack = Math.min(worstAgainstTrack,
                            Contrast.ratio(filled, new Color(emptyOnPanel.getRGB(x, y))));
                    measured++;
                }
                String where = String.format("%s at %d px on %06x", state, size, panel.getRGB() & 0xFFFFFF);
                assertThat(measured).as("%s: solid ring pixels", where).isGreaterThanOrEqualTo(size);
                assertThat(worstOnPanel).as("%s: filled ring against the panel", where).isGreaterThanOrEqualTo(3.0);
                assertThat(worstAgainstTrack).as("%s: filled ring against the unfilled track", where)
                        .isGreaterThanOrEqualTo(1.5);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 22})
    void the_ring_fills_clockwise_from_twelve(int size) {
        boolean[] ring = ringPixels(size);
        BufferedImage quarter = ProgressIcon.render(TrayIconState.COUNTING, 0.25, size);
        BufferedImage empty = ProgressIcon.render(TrayIconState.COUNTING, 0, size);
        int c = size / 2;
        int ringCount = 0;
        int filledCount = 0;
        for (int i = 0; i < ring.length; i++) {
            int x = i % size;
            int y = i / size;
            boolean changed = quarter.getRGB(x, y) != empty.getRGB(x, y);
            ringCount += ring[i] ? 1 : 0;
            filledCount += ring[i] && changed ? 1 : 0;
            if (ring[i] && changed) {
                // A quarter is the part between twelve and three o'clock: top right.
                assertThat(x).as("filled pixel %d,%d", x, y).isGreaterThanOrEqualTo(c - 1);
                assertThat(y).as("filled pixel %d,%d", x, y).isLessThanOrEqualTo(c);
            }
        }
        assertThat((double) filledCount / ringCount).as("share of the ring filled at a quarter").isBetween(0.15, 0.35);
    }

    /** The pixels the ring covers: those that differ between an empty and a full ring. */
    private static boolean[] ringPixels(int size) {
        BufferedImage empty = ProgressIcon.render(TrayIconState.COUNTING, 0, size);
        BufferedImage full = ProgressIcon.render(TrayIconState.COUNTING, 1, size);
        boolean[] ring = new boolean[size * size];
        for (int i = 0; i < ring.length; i++) {
            ring[i] = empty.getRGB(i % size, i / size) != full.getRGB(i % size, i / size);
        }
        return ring;
    }

    @Test
    void progress_changes_the_picture_only_in_whole_steps() {
        assertThat(ProgressIcon.step(0)).isZero();
        assertThat(ProgressIcon.step(0.5)).isEqualTo(ProgressIcon.STEPS / 2);
        assertThat(ProgressIcon.step(1.2)).isEqualTo(ProgressIcon.STEPS);
        assertThat(ProgressIcon.step(0.5 + 0.5 / ProgressIcon.STEPS)).isEqualTo(ProgressIcon.step(0.5));
        // With a 24-minute interval or longer, one step lasts a minute or more: at most one redraw a minute.
        double oneMinuteOf24 = 1.0 / 24;
        assertThat(ProgressIcon.step(0.3 + oneMinuteOf24) - ProgressIcon.step(0.3)).isLessThanOrEqualTo(1);
        assertThat(pixels(ProgressIcon.render(TrayIconState.COUNTING, 0.50, 22)))
                .isEqualTo(pixels(ProgressIcon.render(TrayIconState.COUNTING, 0.51, 22)));
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static BufferedImage onPanel(BufferedImage icon, Color panel) {
        BufferedImage out = new BufferedImage(icon.getWidth(), icon.getHeight(), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = out.createGraphics();
        g.setColor(panel);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.drawImage(icon, 0, 0, null);
        g.dispose();
        return out;
    }
}
