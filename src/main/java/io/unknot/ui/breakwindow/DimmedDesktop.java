package io.unknot.ui.breakwindow;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.swing.JPanel;
import java.awt.AWTException;
import java.awt.Color;
import java.awt.Graphics;
import java.awt.GraphicsConfiguration;
import java.awt.LayoutManager;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * The background of a full-screen break: the desktop as it was when the break began, dimmed, so the user sees where
 * they left off behind the panel. Drawn from a picture taken just before the window opens rather than with a
 * translucent window, which needs a compositing window manager that many desktops lack. Where the screen cannot
 * be read (Wayland hands out black pictures, some systems refuse), a plain dark backdrop is drawn instead.
 */
final class DimmedDesktop extends JPanel {

    private static final Logger LOG = LoggerFactory.getLogger(DimmedDesktop.class);
    /** How much of the desktop shows through: about a third. */
    static final Color VEIL = new Color(0x10, 0x12, 0x16, 170);
    private static final Color PLAIN = new Color(0x1b1b1f);
    private static final String ROBOT_GTK = "awt.robot.gtk";

    private final Optional<BufferedImage> desktop;

    static {
        // AWT's robot reads the screen through GTK when it can, loading GTK into the process beside the tray
        // library's own GTK loop; plain X11 reads are enough for one picture. Read when the robot class loads.
        if (System.getProperty(ROBOT_GTK) == null) {
            System.setProperty(ROBOT_GTK, "false");
        }
    }

    DimmedDesktop(GraphicsConfiguration screen, LayoutManager layout) {
        super(layout);
        this.desktop = capture(screen);
        setOpaque(true);
        setBackground(PLAIN);
    }

    @Override
    protected void paintComponent(Graphics g) {
        super.paintComponent(g);
        desktop.ifPresent(picture -> {
            g.drawImage(picture, 0, 0, getWidth(), getHeight(), null);
            g.setColor(VEIL);
            g.fillRect(0, 0, getWidth(), getHeight());
        });
    }

    private static Optional<BufferedImage> capture(GraphicsConfiguration screen) {
        try {
            Rectangle bounds = screen.getBounds();
            return Optional.of(new Robot(screen.getDevice()).createScreenCapture(bounds));
        } catch (AWTException | SecurityException | IllegalArgumentException e) {
            LOG.debug("cannot read the screen for the dimmed backdrop; a plain one is used", e);
            return Optional.empty();
        }
    }
}
