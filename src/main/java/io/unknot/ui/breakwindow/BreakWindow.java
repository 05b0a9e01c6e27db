package io.unknot.ui.breakwindow;

import io.unknot.core.EngineEvent.BreakDue;
import io.unknot.i18n.Messages;
import io.unknot.ui.StatusText;

import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRootPane;
import javax.swing.JWindow;
import javax.swing.KeyStroke;
import javax.swing.SwingConstants;
import javax.swing.Timer;
import javax.swing.UIManager;
import javax.swing.WindowConstants;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.GraphicsConfiguration;
import java.awt.GridBagLayout;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One break on screen: an always-on-top window on the chosen monitor, or for a full-screen break that monitor
 * filled and every other one covered. The countdown is read from the engine twice a second, never counted down
 * here, so it stays true after a stall or a suspend. EDT only.
 */
final class BreakWindow {

    /** What the buttons ask for; BreakWindows forwards them to the engine. */
    interface Choices {
        void done();

        void postpone();

        void skip();

        /** The engine no longer reports a running break. */
        void gone();
    }

    private static final Messages TEXT = Messages.of("break");
    private static final int TICK_MILLIS = 500;

    final JFrame frame;
    final BreakPanel panel;
    private final List<JWindow> covers = new ArrayList<>();
    private final List<JLabel> coverLabels = new ArrayList<>();
    private final Supplier<Optional<Duration>> remaining;
    private final Choices choices;
    private final String kindTitle;
    private final Timer ticker;
    private final long inputGraceNanos;
    private long openedAt;

    BreakWindow(BreakDue due, Supplier<Optional<Duration>> remaining, GraphicsConfiguration screen,
                boolean fullScreen, Duration inputGrace, Choices choices, Runnable onShown) {
        this.remaining = remaining;
        this.choices = choices;
        this.inputGraceNanos = inputGrace.toNanos();
        this.kindTitle = StatusText.kindTitle(due.kind());
        panel = new BreakPanel(due.kind(), due.suggestion(), due.duration(), due.strict(), due.postponesLeft());
        frame = new JFrame(TEXT.text("window.title", kindTitle), screen);
        frame.setUndecorated(true);
        frame.setAlwaysOnTop(true);
        frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        frame.getAccessibleContext().setAccessibleName(frame.getTitle());
        frame.getRootPane().setWindowDecorationStyle(JRootPane.NONE);
        frame.getRootPane().setBorder(BorderFactory.createLineBorder(UIManager.getColor("Component.borderColor")));

        panel.done.addActionListener(e -> ifArmed(choices::done));
        panel.postpone.addActionListener(e -> ifArmed(choices::postpone));
        panel.skip.addActionListener(e -> ifArmed(choices::skip));
        bindKeys();
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowOpened(WindowEvent e) {
                openedAt = System.nanoTime();
                onShown.run();
            }

            @Override
            public void windowClosing(WindowEvent e) {
                // Alt+F4 and the like: treated as Escape, so closing never skips a break by accident.
                escape();
            }
        });

        if (fullScreen) {
            JPanel filler = new JPanel(new GridBagLayout());
            filler.add(panel);
            frame.setContentPane(filler);
            frame.setBounds(screen.getBounds());
            for (GraphicsConfiguration other : Screens.others(screen)) {
                covers.add(cover(other));
            }
        } else {
            frame.setContentPane(panel);
            frame.pack();
            frame.setBounds(Screens.centred(frame.getSize(), Screens.usableBounds(screen)));
        }
        ticker = new Timer(TICK_MILLIS, e -> tick());
        tick();
    }

    void show() {
        covers.forEach(cover -> cover.setVisible(true));
        frame.setVisible(true);
        frame.toFront();
        panel.done.requestFocusInWindow();
        ticker.start();
    }

    void close() {
        ticker.stop();
        frame.dispose();
        covers.forEach(Window::dispose);
    }

    boolean isShowing() {
        return frame.isShowing();
    }

    private void tick() {
        Optional<Duration> left = remaining.get();
        if (left.isEmpty()) {
            if (ticker.isRunning()) {
                choices.gone();
            }
            return;
        }
        panel.showRemaining(left.get());
        String line = TEXT.text("cover.text", kindTitle, StatusText.countdown(left.get()));
        coverLabels.forEach(label -> label.setText(line));
    }

    private void bindKeys() {
        frame.getRootPane().setDefaultButton(panel.done);
        JComponent root = frame.getRootPane();
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "unknot.escape");
        root.getActionMap().put("unknot.escape", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                escape();
            }
        });
    }

    /** Escape postpones when a postpone is left; it never skips, which would be too easy to do by reflex. */
    private void escape() {
        if (panel.postpone.isEnabled()) {
            panel.postpone.doClick();
        }
    }

    /**
     * Ignores input in the first moment after the window opened: someone typing when the break appears must not
     * end it with the Enter or Escape key meant for their document.
     */
    private void ifArmed(Runnable choice) {
        if (openedAt != 0 && System.nanoTime() - openedAt >= inputGraceNanos) {
            choice.run();
        }
    }

    private JWindow cover(GraphicsConfiguration screen) {
        JWindow cover = new JWindow(screen);
        cover.setAlwaysOnTop(true);
        cover.setFocusableWindowState(false);
        cover.setAutoRequestFocus(false);
        JLabel label = new JLabel("", SwingConstants.CENTER);
        label.putClientProperty("FlatLaf.styleClass", "h1");
        label.setForeground(new Color(0xe8e8e8));
        JPanel dim = new JPanel(new BorderLayout());
        dim.setBackground(new Color(0x1b1b1f));
        dim.add(label, BorderLayout.CENTER);
        cover.setContentPane(dim);
        cover.setBounds(screen.getBounds());
        coverLabels.add(label);
        return cover;
    }
}
