package io.unknot.ui.breakwindow;

import io.unknot.settings.BreakPlacement;

import java.awt.GraphicsConfiguration;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.Insets;
import java.awt.MouseInfo;
import java.awt.Point;
import java.awt.PointerInfo;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.util.ArrayList;
import java.util.List;

/**
 * Where pop-ups go. Asks the graphics environment at every call and keeps nothing, so monitors plugged in or
 * unplugged while Unknot runs are simply part of the next answer.
 */
final class Screens {

    private Screens() {
    }

    /** The monitor for a break window: the one with the pointer, or the primary one, per the user's choice. */
    static GraphicsConfiguration target(BreakPlacement placement) {
        GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
        GraphicsConfiguration primary = environment.getDefaultScreenDevice().getDefaultConfiguration();
        if (placement == BreakPlacement.PRIMARY_MONITOR) {
            return primary;
        }
        PointerInfo pointer = MouseInfo.getPointerInfo();
        if (pointer == null) {
            return primary;
        }
        Point at = pointer.getLocation();
        for (GraphicsDevice device : environment.getScreenDevices()) {
            GraphicsConfiguration configuration = device.getDefaultConfiguration();
            if (configuration.getBounds().contains(at)) {
                return configuration;
            }
        }
        return primary;
    }

    /** The part of a monitor not taken by panels and docks. */
    static Rectangle usableBounds(GraphicsConfiguration configuration) {
        Rectangle bounds = configuration.getBounds();
        Insets insets = Toolkit.getDefaultToolkit().getScreenInsets(configuration);
        return new Rectangle(bounds.x + insets.left, bounds.y + insets.top,
                bounds.width - insets.left - insets.right, bounds.height - insets.top - insets.bottom);
    }

    /** Every monitor but {@code except}, for the plain windows that cover them during a full-screen break. */
    static List<GraphicsConfiguration> others(GraphicsConfiguration except) {
        List<GraphicsConfiguration> others = new ArrayList<>();
        for (GraphicsDevice device : GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices()) {
            GraphicsConfiguration configuration = device.getDefaultConfiguration();
            if (!configuration.getBounds().equals(except.getBounds())) {
                others.add(configuration);
            }
        }
        return others;
    }

    /** Centres a window of {@code size} in {@code area}. */
    static Rectangle centred(java.awt.Dimension size, Rectangle area) {
        int width = Math.min(size.width, area.width);
        int height = Math.min(size.height, area.height);
        return new Rectangle(area.x + (area.width - width) / 2, area.y + (area.height - height) / 2, width, height);
    }
}
