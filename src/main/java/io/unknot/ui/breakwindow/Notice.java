package io.unknot.ui.breakwindow;

import io.unknot.i18n.Messages;
import io.unknot.settings.BreakPlacement;
import io.unknot.ui.MultilineLabel;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.JWindow;
import javax.swing.Timer;
import javax.swing.UIManager;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.GraphicsConfiguration;
import java.awt.Rectangle;
import java.awt.Window;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.time.Duration;

/**
 * A small notice in the bottom-right corner of the monitor with the pointer, for the warning before a break and the
 * suggestions after a drive or a long day. It never takes the keyboard: someone typing keeps typing. It goes away on
 * its own, or when clicked. EDT only.
 */
final class Notice {

    private static final Messages TEXT = Messages.of("break");
    private static final int MARGIN = 16;
    private static final int WIDTH = 360;

    final JWindow window;
    private final Timer hide;

    Notice(String title, String body, Duration visibleFor) {
        GraphicsConfiguration screen = Screens.target(BreakPlacement.POINTER_MONITOR);
        window = new JWindow(screen);
        // POPUP keeps it out of the task bar and window switcher; the two focus calls keep it from ever taking focus.
        window.setType(Window.Type.POPUP);
        window.setFocusableWindowState(false);
        window.setAutoRequestFocus(false);
        window.setAlwaysOnTop(true);

        JLabel heading = new JLabel(title);
        heading.putClientProperty("FlatLaf.styleClass", "h3");
        JTextArea text = MultilineLabel.of(body, 0);
        text.setFont(UIManager.getFont("Label.font"));
        JButton close = new JButton("×");
        close.setFocusable(false);
        close.putClientProperty("JButton.buttonType", "toolBarButton");
        close.getAccessibleContext().setAccessibleName(TEXT.text("notice.close"));
        close.getAccessibleContext().setAccessibleDescription(TEXT.text("notice.close.description"));
        close.addActionListener(e -> close());

        JPanel top = new JPanel(new BorderLayout(8, 0));
        top.setOpaque(false);
        top.add(heading, BorderLayout.CENTER);
        top.add(close, BorderLayout.EAST);
        JPanel content = new JPanel(new BorderLayout(0, 6));
        content.setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createLineBorder(UIManager.getColor("Component.borderColor")),
                BorderFactory.createEmptyBorder(10, 14, 12, 8)));
        content.add(top, BorderLayout.NORTH);
        content.add(text, BorderLayout.CENTER);
        content.getAccessibleContext().setAccessibleName(title);
        content.getAccessibleContext().setAccessibleDescription(body);
        MouseAdapter dismiss = new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                close();
            }
        };
        content.addMouseListener(dismiss);
        text.addMouseListener(dismiss);
        window.setContentPane(content);

        // A wrapping text area is as tall as its current width needs: fix the width first, so pack() finds the height.
        text.setSize(new Dimension(WIDTH - 40, Short.MAX_VALUE));
        window.pack();
        window.setSize(WIDTH, window.getPreferredSize().height);
        Rectangle area = Screens.usableBounds(screen);
        window.setLocation(area.x + area.width - window.getWidth() - MARGIN,
                area.y + area.height - window.getHeight() - MARGIN);

        hide = new Timer((int) Math.min(Integer.MAX_VALUE, visibleFor.toMillis()), e -> close());
        hide.setRepeats(false);
    }

    void show() {
        window.setVisible(true);
        hide.start();
    }

    void close() {
        hide.stop();
        window.dispose();
    }

    boolean isShowing() {
        return window.isShowing();
    }
}
