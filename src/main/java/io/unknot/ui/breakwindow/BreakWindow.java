package io.unknot.ui.breakwindow;

import io.unknot.core.EngineEvent.BreakDue;
import io.unknot.core.EngineStatus.CurrentBreak;
import io.unknot.i18n.Language;
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
import java.awt.Dimension;
import java.awt.Frame;
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
 * filled (the desktop dimmed behind the panel) and every other one covered. The countdown, the move on screen and
 * the input grace are all read from the engine's time, never counted here, and the display is refreshed just after
 * each second of it turns, so it shows what {@code status} says. EDT only.
 *
 * <p>The window does not take the keyboard when it opens: whoever is typing keeps typing into their own window,
 * and their keys can neither end the break nor be lost. Once the grace has passed its buttons and keys work; a
 * full-screen or strict break then takes the keyboard (the document is hidden anyway). A strict break cannot be
 * ended before its time: Done, Enter and Escape do nothing, closing is refused, and it comes back when minimised
 * or pushed behind.
 */
final class BreakWindow {

    /** What the buttons ask for; BreakWindows forwards them to the engine. */
    interface Choices {
        void done();

        void next();

        void postpone();

        void skip();

        /** The engine no longer reports a running break. */
        void gone();

        /** Opens the health tips; the break goes on. Gives back their window while it shows. */
        Optional<Window> healthTips();
    }

    /**
     * How the window behaves, from the settings and the break's rules.
     *
     * @param healthTips whether the health tips can be opened from the break (their link is shown)
     */
    record Behavior(boolean fullScreen, Duration inputGrace, Duration skipHold, boolean healthTips) {}

    private final Messages texts;
    /** Refresh this long after a second turned over, so the engine surely reports the new second. */
    private static final int AFTER_TURN_MILLIS = 15;
    private static final int LONGEST_TICK_MILLIS = 1000;

    final JFrame frame;
    final BreakPanel panel;
    final List<JWindow> covers = new ArrayList<>();
    private final List<JLabel> coverLabels = new ArrayList<>();
    private final Supplier<Optional<CurrentBreak>> current;
    private final Choices choices;
    private final String kindTitle;
    private final Duration length;
    private final Duration inputGrace;
    private final boolean strict;
    private final boolean takesKeyboard;
    private final Timer ticker;
    private boolean armed;
    private boolean shown;
    /** The health tips window opened from this break, kept above it while the break lasts. */
    private Optional<Window> tips = Optional.empty();
    private final WindowAdapter tipsWatch = new WindowAdapter() {
        @Override
        public void windowDeactivated(WindowEvent e) {
            // The keyboard left the tips for another application: a strict break takes the front again.
            if (e.getOppositeWindow() != frame) {
                holdTheFront();
            }
        }

        @Override
        public void windowClosed(WindowEvent e) {
            holdTheFront();
        }
    };

    BreakWindow(Language language, BreakDue due, Supplier<Optional<CurrentBreak>> current, GraphicsConfiguration screen,
                Behavior behavior, Choices choices, Runnable onShown) {
        this.texts = language.messages("break");
        this.current = current;
        this.choices = choices;
        this.length = due.duration();
        this.inputGrace = behavior.inputGrace();
        this.strict = due.strict();
        boolean fullScreen = behavior.fullScreen() || strict;
        this.takesKeyboard = fullScreen;
        this.kindTitle = StatusText.systemDefault(language).kindTitle(due.kind());
        panel = new BreakPanel(language, due.kind(), due.routine(), due.duration(),
                new BreakPanel.Rules(strict, due.postponesLeft(), due.escalated(), due.skippedBefore()));
        frame = new JFrame(texts.text("window.title", kindTitle), screen);
        frame.setUndecorated(true);
        frame.setAlwaysOnTop(true);
        // Opens without taking the keyboard: see the class comment.
        frame.setAutoRequestFocus(false);
        frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        frame.getAccessibleContext().setAccessibleName(frame.getTitle());
        frame.getRootPane().setWindowDecorationStyle(JRootPane.NONE);

        panel.done.setEnabled(!strict);
        panel.done.addActionListener(e -> ifArmed(choices::done));
        panel.next.addActionListener(e -> ifArmed(choices::next));
        panel.postpone.addActionListener(e -> ifArmed(choices::postpone));
        panel.tipsLink.setVisible(behavior.healthTips());
        panel.tipsLink.addActionListener(e -> ifArmed(() -> choices.healthTips().ifPresent(this::keepAbove)));
        if (due.escalated()) {
            HoldToConfirm.attach(texts, panel.skip, behavior.skipHold(), () -> ifArmed(choices::skip));
        } else {
            panel.skip.addActionListener(e -> ifArmed(choices::skip));
        }
        bindKeys();
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowOpened(WindowEvent e) {
                onShown.run();
            }

            @Override
            public void windowClosing(WindowEvent e) {
                // Alt+F4 and the like: treated as Escape, so closing never skips a break by accident.
                escape();
            }

            @Override
            public void windowIconified(WindowEvent e) {
                if (strict) {
                    frame.setExtendedState(Frame.NORMAL);
                    bringBack();
                }
            }

            @Override
            public void windowActivated(WindowEvent e) {
                // The window did not take the keyboard when it opened, so nothing in it holds it yet.
                if (frame.getFocusOwner() == null) {
                    focusMainButton();
                }
            }

            @Override
            public void windowDeactivated(WindowEvent e) {
                // Reading the tips opened from the break is part of the break; anything else is not.
                if (tips.isEmpty() || e.getOppositeWindow() != tips.get()) {
                    holdTheFront();
                }
            }
        });

        if (fullScreen) {
            JPanel backdrop = new DimmedDesktop(screen, new GridBagLayout());
            panel.setBorder(BorderFactory.createCompoundBorder(
                    BorderFactory.createLineBorder(UIManager.getColor("Component.borderColor")), panel.getBorder()));
            panel.setOpaque(true);
            panel.setBackground(UIManager.getColor("Panel.background"));
            backdrop.add(panel);
            frame.setContentPane(backdrop);
            frame.setBounds(screen.getBounds());
            for (GraphicsConfiguration other : Screens.others(screen)) {
                covers.add(cover(other));
            }
        } else {
            frame.getRootPane().setBorder(BorderFactory.createLineBorder(
                    UIManager.getColor("Component.borderColor")));
            frame.setContentPane(panel);
            frame.pack();
            frame.setBounds(Screens.centred(frame.getSize(), Screens.usableBounds(screen)));
        }
        ticker = new Timer(LONGEST_TICK_MILLIS, e -> tick());
        ticker.setRepeats(false);
    }

    void show() {
        covers.forEach(cover -> cover.setVisible(true));
        frame.setVisible(true);
        shown = true;
        tick();
    }

    void close() {
        ticker.stop();
        tips.ifPresent(window -> {
            window.removeWindowListener(tipsWatch);
            window.setAlwaysOnTop(false); // it stays open for reading, now like any other window
        });
        frame.dispose();
        covers.forEach(Window::dispose);
    }

    boolean isShowing() {
        return frame.isShowing();
    }

    /** Shows the engine's state now, without waiting for the next tick. */
    void refresh() {
        if (shown) {
            tick();
        }
    }

    /** Whether keys and buttons work yet. */
    boolean armed() {
        return armed;
    }

    /** Reads the engine and shows what it says; then sleeps until the next second of the countdown turns. */
    private void tick() {
        Optional<CurrentBreak> now = current.get();
        if (now.isEmpty()) {
            if (shown) {
                choices.gone();
            }
            return;
        }
        CurrentBreak running = now.get();
        if (running.step() != panel.step()) {
            panel.showMove(running.step());
            fitToMove();
        }
        panel.showTime(running.remaining(), running.stepRemaining());
        String line = texts.text("cover.text", kindTitle, BreakPanel.clock(running.remaining()));
        coverLabels.forEach(label -> label.setText(line));
        Duration elapsed = length.minus(running.remaining());
        if (!armed && elapsed.compareTo(inputGrace) >= 0) {
            arm();
        }
        long wait = Math.min(toNextSecond(running.remaining()), toNextSecond(running.stepRemaining()));
        if (!armed) {
            wait = Math.min(wait, inputGrace.minus(elapsed).toMillis());
        }
        ticker.setInitialDelay((int) Math.max(0, Math.min(LONGEST_TICK_MILLIS, wait)) + AFTER_TURN_MILLIS);
        ticker.restart();
    }

    private void arm() {
        armed = true;
        if (takesKeyboard) {
            bringBack();
        }
    }

    /**
     * The tips show above the break, which is always on top, and the break goes on meanwhile. They are no way out
     * of a strict break: it still covers every screen, and takes the front again as soon as the tips close or the
     * keyboard leaves them for another application.
     */
    private void keepAbove(Window window) {
        if (tips.isEmpty() || tips.get() != window) {
            tips.ifPresent(old -> old.removeWindowListener(tipsWatch));
            window.addWindowListener(tipsWatch);
            tips = Optional.of(window);
        }
        window.setAlwaysOnTop(true);
        window.toFront();
    }

    /** A strict break, once armed, does not stay behind another window. */
    private void holdTheFront() {
        if (strict && armed && frame.isDisplayable()) {
            bringBack();
        }
    }

    private void bringBack() {
        frame.toFront();
        frame.requestFocus();
        focusMainButton();
    }

    private void focusMainButton() {
        if (panel.done.isEnabled()) {
            panel.done.requestFocusInWindow();
        } else {
            panel.getRootPane().requestFocusInWindow();
        }
    }

    /** A window (not full-screen) grows when a later move needs more room, and stays centred. */
    private void fitToMove() {
        if (frame.getContentPane() != panel) {
            return;
        }
        Dimension wanted = frame.getPreferredSize();
        if (wanted.width > frame.getWidth() || wanted.height > frame.getHeight()) {
            Dimension size = new Dimension(Math.max(wanted.width, frame.getWidth()),
                    Math.max(wanted.height, frame.getHeight()));
            frame.setBounds(Screens.centred(size, Screens.usableBounds(frame.getGraphicsConfiguration())));
        }
        frame.validate();
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

    /**
     * Escape postpones when a postpone is left; it never skips, which would be too easy to do by reflex, and does
     * nothing in a strict break, which only a deliberate click on Postpone can move.
     */
    private void escape() {
        if (!strict && panel.postpone.isEnabled()) {
            panel.postpone.doClick();
        }
    }

    /**
     * Ignores input until the grace has passed: someone typing when the break appears must not end it with the
     * Enter or Escape key meant for their document.
     */
    private void ifArmed(Runnable choice) {
        if (armed) {
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
        JPanel dim = new DimmedDesktop(screen, new BorderLayout());
        dim.add(label, BorderLayout.CENTER);
        cover.setContentPane(dim);
        cover.setBounds(screen.getBounds());
        coverLabels.add(label);
        return cover;
    }

    /** Milliseconds until the whole seconds of {@code left} go down by one. */
    private static long toNextSecond(Duration left) {
        long millis = left.toMillis() % 1000;
        return millis == 0 ? 1000 : millis;
    }
}
