package io.unknot.ui;

import javax.swing.JFrame;
import java.awt.Frame;

/** How a window the user asked for again comes back to them. */
public final class Frames {

    private Frames() {
    }

    /**
     * Shows {@code frame}, restored if it was minimised, in front and with the focus: asking again for a window
     * that is hidden behind others or in the task bar should not look as if nothing happened. Call on the EDT.
     */
    public static void bringToFront(JFrame frame) {
        if ((frame.getExtendedState() & Frame.ICONIFIED) != 0) {
            frame.setExtendedState(frame.getExtendedState() & ~Frame.ICONIFIED);
        }
        frame.setVisible(true);
        frame.toFront();
        frame.requestFocus();
    }
}
