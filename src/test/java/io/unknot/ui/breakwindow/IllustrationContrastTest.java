package io.unknot.ui.breakwindow;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLightLaf;
import io.unknot.core.BreakKind;
import io.unknot.core.suggest.BodyArea;
import io.unknot.core.suggest.Category;
import io.unknot.core.suggest.Suggestion;
import io.unknot.testing.Contrast;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.swing.Icon;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Robot;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static io.unknot.ui.SwingTesting.doOnEdt;
import static io.unknot.ui.SwingTesting.onEdt;
import static io.unknot.ui.SwingTesting.settle;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The illustrations' lines against the window background, measured from rendered pixels: every illustration
 * painted by FlatSVGIcon in both themes, and one as a real break window shows it on the display.
 */
class IllustrationContrastTest {

    private static final double MINIMUM = 3.0;

    @RegisterExtension
    final BreakDesk desk = new BreakDesk();

    @AfterEach
    void lightAgain() {
        theme(false);
    }

    @Test
    void everyIllustrationHasAtLeast3To1InTheDarkTheme() throws Exception {
        theme(true);
        assertEveryIllustrationStandsOut();
    }

    @Test
    void everyIllustrationHasAtLeast3To1InTheLightTheme() throws Exception {
        theme(false);
        assertEveryIllustrationStandsOut();
    }

    @Test
    void theBreakWindowShowsTheIllustrationRecolouredInTheDarkTheme() throws Exception {
        theme(true);
        desk.moves(List.of(new Suggestion("neck", "Neck roll", List.of("Roll your head."), Duration.ofSeconds(30),
                BodyArea.NECK, Category.STRETCH, Set.of(), "neck-rotation.svg", Optional.empty())));
        desk.engine.takeBreakNow(BreakKind.STRETCH);
        BreakWindow window = desk.shownBreakWindow();
        settle(Duration.ofMillis(300));

        Rectangle picture = onEdt(() -> new Rectangle(window.panel.picture.getLocationOnScreen(),
                window.panel.picture.getSize()));
        BufferedImage shot = new Robot().createScreenCapture(picture);
        Color background = onEdt(() -> window.panel.getBackground());
        Color line = mostCommonInk(shot, background);

        assertThat(Contrast.ratio(line, background)).as("line %s on %s", line, background).isGreaterThanOrEqualTo(MINIMUM);
        assertThat(Contrast.ratio(IllustrationIcon.MASTER_LINE, background)).as("the master colour would fail")
                .isLessThan(MINIMUM);
    }

    private void assertEveryIllustrationStandsOut() throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.list(Path.of("assets/illustrations"))) {
            files = all.filter(p -> p.toString().endsWith(".svg")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(40);
        Color background = onEdt(() -> UIManager.getColor("Panel.background"));
        for (Path file : files) {
            BufferedImage image = onEdt(() -> paint(IllustrationIcon.of(file.getFileName().toString(), 200),
                    background));
            Color line = mostCommonInk(image, background);
            assertThat(Contrast.ratio(line, background)).as("%s: line %s on %s", file.getFileName(), line, background)
                    .isGreaterThanOrEqualTo(MINIMUM);
        }
    }

    private static BufferedImage paint(Icon icon, Color background) {
        BufferedImage image = new BufferedImage(icon.getIconWidth(), icon.getIconHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(background);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        icon.paintIcon(null, g, 0, 0);
        g.dispose();
        return image;
    }

    /** The colour the lines are drawn in: the most frequent one that is not the background (edges blend less). */
    private static Color mostCommonInk(BufferedImage image, Color background) {
        Optional<Integer> ink = Contrast.mostCommon(image, new Rectangle(image.getWidth(), image.getHeight()),
                rgb -> rgb != (background.getRGB() & 0xffffff));
        assertThat(ink).as("something was drawn").isPresent();
        return new Color(ink.orElseThrow());
    }

    private static void theme(boolean dark) {
        doOnEdt(() -> {
            if (dark) {
                FlatDarkLaf.setup();
            } else {
                FlatLightLaf.setup();
            }
            for (Window window : Window.getWindows()) {
                SwingUtilities.updateComponentTreeUI(window);
            }
        });
    }
}
