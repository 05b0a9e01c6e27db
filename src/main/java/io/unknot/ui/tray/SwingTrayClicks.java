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
 * so the click seemed to do nothing but show the icon's tooltip. Here dorkbox's listener is wrapped: when the menu
 * did not open after a press, or closed within {@link #BY_ITSELF_NANOS} of opening (no person is that fast; Escape
 * or a click elsewhere are left alone), it is opened again {@link #CHECK_AFTER_MS} after the press (a second show
 * always held in our measurements). The tooltip is put away while the menu is open.
 */
final class SwingTrayClicks {

    private static final Logger LOG = LoggerFactory.getLogger(SwingTrayClicks.class);
    /** Long enough for the pop-up to be shown and lost; far shorter than a person takes to pick an entry. */
    static final int CHECK_AFTER_MS = 300;
    /** A menu that closed sooner than this after it opened was closed by the focus loss, not by a person. */
    private static final long BY_ITSELF_NANOS = 150_000_000L;
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
            Optional<JDialog> anchor = menuAnchor();
            if (anchor.isEmpty()) {
                return;
            }
            for (TrayIcon icon : SystemTray.getSystemTray().getTrayIcons()) {
                for (MouseListener listener : icon.getMouseListeners()) {
                    if (listener.getClass().getName().startsWith("dorkbox.")) {
                        icon.removeMouseListener(listener);
                        icon.addMouseListener(new OpenEveryTime(icon, listener, anchor.get()));
                        installed = true;
                    }
                }
            }
            if (installed) {
                LOG.info("Swing tray: every click opens the menu");
            }
        });
    }

    /** dorkbox's invisible anchor dialog: shown exactly while its menu is open. */
    private Optional<JDialog> menuAnchor() {
        for (Window window : Window.getWindows()) {
            if (window instanceof JDialog dialog && anchorTitle.equals(dialog.getTitle())
                    && dialog.getType() == Window.Type.POPUP) {
                return Optional.of(dialog);
            }
        }
        return Optional.empty();
    }

    /** Runs on the event thread only. */
    private static final class OpenEveryTime extends MouseAdapter {
        private final TrayIcon icon;
        private final MouseListener dorkbox;
        private final JDialog anchor;
        /** The icon's tooltip, put away while the menu is open (it would cover the menu's first line). */
        private String tooltip;
        private long pressedAt;
        private long shownAt;
        private long hiddenAt;

        OpenEveryTime(TrayIcon icon, MouseListener dorkbox, JDialog anchor) {
            this.icon = icon;
            this.dorkbox = dorkbox;
            this.anchor = anchor;
            anchor.addComponentListener(new ComponentAdapter() {
                @Override
                public void componentShown(ComponentEvent shown) {
                    shownAt = System.nanoTime();
                }

                @Override
                public void componentHidden(ComponentEvent hidden) {
                    hiddenAt = System.nanoTime();
                    restoreTooltip();
                }
            });
        }

        @Override
        public void mousePressed(MouseEvent press) {
            if (icon.getToolTip() != null) {
                tooltip = icon.getToolTip();
            }
            icon.setToolTip(null);
            pressedAt = System.nanoTime();
            dorkbox.mousePressed(press);
            openIfClosedByItself(press, RETRIES);
        }

        private void openIfClosedByItself(MouseEvent press, int retriesLeft) {
            Timer check = new Timer(CHECK_AFTER_MS, tick -> {
                boolean neverShown = shownAt < pressedAt;
                boolean closedAtOnce = !neverShown && hiddenAt >= shownAt && hiddenAt - shownAt < BY_ITSELF_NANOS;
                if (!anchor.isVisible() && (neverShown || closedAtOnce) && retriesLeft > 0) {
                    LOG.debug("Swing tray menu closed by itself; opening it again");
                    icon.setToolTip(null);
                    dorkbox.mousePressed(press);
                    openIfClosedByItself(press, retriesLeft - 1);
                }
            });
            check.setRepeats(false);
            check.start();
        }

        /** Unless dorkbox set a newer one meanwhile. */
        private void restoreTooltip() {
            if (icon.getToolTip() == null && tooltip != null) {
                icon.setToolTip(tooltip);
            }
        }
    }
}
