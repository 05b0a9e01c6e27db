package io.unknot.ui;

import javax.swing.SwingUtilities;

/**
 * The Swing work of one owner of windows. The first work sent to the EDT starts AWT's toolkit: its X connection,
 * event thread, Java2D and fonts, which a native tray icon never needs. So only work that shows something
 * goes there at once; work that can only change or close what its owner showed is dropped until the owner has shown
 * something, since until then there is nothing to change. Both keep their order on the EDT.
 */
public final class WindowWork {

    private volatile boolean shown;

    /** Work that may show a window: it runs on the EDT, and the owner's later updates follow it there. */
    public void show(Runnable work) {
        shown = true;
        SwingUtilities.invokeLater(work);
    }

    /** Work on what the owner has shown: on the EDT once the owner has shown something, else not at all. */
    public void update(Runnable work) {
        if (shown) {
            SwingUtilities.invokeLater(work);
        }
    }
}
