package io.unknot.ui.tray;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.swing.JDialog;
import javax.swing.Timer;
import java.awt.EventQueue;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.Window;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.MouseListener;
import java.util.Optional;

/**
 * Makes every click on dorkbox's Swing tray open its menu (the Swing tray is dorkbox's fallback: as root, or when
 * forced). dorkbox opens its menu on mouse press, from a listener on the AWT {@link TrayIcon}, by showing an
 * invisible anchor dialog and a Swing pop-up grabbed to it. Under X the first pop-up of a run (and now and then a
 * later one) loses the keyboard focus to the pointer root a moment after it grabbed it (measured under Xvfb with
 * trayer: the X focus ends on PointerRoot); AWT then ends the grab and Swing closes the pop-up before it is painted,
 * so the click seemed to do nothing but show the icon's tooltip. Here dorkbox's listener is wrapped: after a press,
 * when the menu is not open {@link #CHECK_AFTER_MS} later, it is opened again (a second show always held in our
 * measurements). The tooltip is put away while the menu is open, as it would cover the menu's first line.
 */
final class SwingTrayClicks {

    private static final Logger LOG = LoggerFactory.getLogger(SwingTrayClicks.class);
    /** Long enough for the pop-up to be shown and lost; far shorter than a person takes to pick an entry. */
    static final int CHECK_AFTER_MS = 300;
    private static final int RETRIES = 3;

    private final String anchorTitle;
    private boolean installed;

    /** @param anchorTitle the name dorkbox got, which it gives its anchor dialog as title */
    SwingTrayClicks(String anchorTitle) {
        this.anchorTitle = anchorTitle;
    }

    /**
     * Wraps dorkbox's listener once its AWT tray icon exists. dorkbox creates the icon on the event thread when it
     * gets its first image, so call this after each image until it took; it queues behind dorkbox's own work.
     */
    void installAfterImage() {
        EventQueue.invokeLater(() -> {
            if (installed || !SystemTray.isSupported()) {
                return;
            }
            for (TrayIcon icon : SystemTray.getSystemTray().getTrayIcons()) {
                for (MouseListener listener : icon.getMouseListeners()) {
                    if (listener.getClass().getName().startsWith("dorkbox.")) {
                        icon.removeMouseListener(listener);
                        icon.addMouseListener(new OpenEveryTime(icon, listener));
                        installed = true;
                    }
                }
            }
            if (installed) {
                LOG.info("Swing tray: every click opens the menu");
            }
        });
    }

    /** dorkbox's anchor dialog, visible exactly while its menu is open. */
    private Optional<JDialog> openMenuAnchor() {
        for (Window window : Window.getWindows()) {
            if (window instanceof JDialog dialog && dialog.isVisible() && anchorTitle.equals(dialog.getTitle())
                    && dialog.getType() == Window.Type.POPUP) {
                return Optional.of(dialog);
            }
        }
        return Optional.empty();
    }

    private final class OpenEveryTime extends MouseAdapter {
        private final TrayIcon icon;
        private final MouseListener dorkbox;
        /** The icon's tooltip, put away while the menu is open. */
        private String tooltip;

        OpenEveryTime(TrayIcon icon, MouseListener dorkbox) {
            this.icon = icon;
            this.dorkbox = dorkbox;
        }

        @Override
        public void mousePressed(MouseEvent press) {
            if (icon.getToolTip() != null) {
                tooltip = icon.getToolTip();
                icon.setToolTip(null);
            }
            dorkbox.mousePressed(press);
            openIfClosed(press, RETRIES);
        }

        private void openIfClosed(MouseEvent press, int retriesLeft) {
            Timer check = new Timer(CHECK_AFTER_MS, tick -> {
                Optional<JDialog> anchor = openMenuAnchor();
                if (anchor.isPresent()) {
                    restoreTooltipWhenHidden(anchor.get());
                } else if (retriesLeft > 0) {
                    LOG.debug("Swing tray menu closed by itself; opening it again");
                    dorkbox.mousePressed(press);
                    openIfClosed(press, retriesLeft - 1);
                } else {
                    restoreTooltip();
                }
            });
            check.setRepeats(false);
            check.start();
        }

        private void restoreTooltipWhenHidden(JDialog anchor) {
            anchor.addComponentListener(new ComponentAdapter() {
                @Override
                public void componentHidden(ComponentEvent hidden) {
                    anchor.removeComponentListener(this);
                    restoreTooltip();
                }
            });
        }

        /** Unless dorkbox set a newer one meanwhile. */
        private void restoreTooltip() {
            if (icon.getToolTip() == null) {
                icon.setToolTip(tooltip);
            }
        }
    }
}
