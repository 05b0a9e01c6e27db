package io.unknot.ui.icons;

import io.unknot.testing.Contrast;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The progress ring, measured from the pixels it draws at the two common tray sizes, on light and dark panels. */
class ProgressIconTest {

    private static final Color LIGHT_PANEL = new Color(0xF0F0F0);
    private static final Color DARK_PANEL = new Color(0x2B2B2B);

    @ParameterizedTest
    @ValueSource(ints = {16, 22})
    void the_ring_fills_clockwise_from_twelve_and_stands_out_on_either_panel(int size) {
        for (boolean dark : List.of(false, true)) {
            Color panel = dark ? DARK_PANEL : LIGHT_PANEL;
            BufferedImage quarter = onPanel(ProgressIcon.render(TrayIconState.COUNTING, 0.25, size, dark), panel);
            int ring = Math.max(2, size / 8);
            int top = Math.max(1, ring / 2); // on the ring, just right of twelve o'clock: filled at a quarter
            int right = size - 1 - top;
            Color filled = new Color(quarter.getRGB(size / 2 + 2, top));
            Color empty = new Color(quarter.getRGB(size / 2 - 2, size - 1 - top)); // bottom: not yet filled
            assertThat(Contrast.ratio(filled, panel)).as("%d px, dark %s: filled ring", size, dark)
                    .isGreaterThanOrEqualTo(3.0);
            assertThat(Contrast.ratio(filled, empty)).as("%d px, dark %s: filled against empty", size, dark)
                    .isGreaterThan(1.5);
            BufferedImage half = onPanel(ProgressIcon.render(TrayIconState.COUNTING, 0.5, size, dark), panel);
            assertThat(Contrast.ratio(new Color(half.getRGB(right, size / 2)), panel)).as("half fills three o'clock")
                    .isGreaterThanOrEqualTo(3.0);
        }
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
        assertThat(pixels(ProgressIcon.render(TrayIconState.COUNTING, 0.50, 22, false)))
                .isEqualTo(pixels(ProgressIcon.render(TrayIconState.COUNTING, 0.51, 22, false)));
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
