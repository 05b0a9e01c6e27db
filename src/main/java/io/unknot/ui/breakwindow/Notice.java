package io.unknot.ui.breakwindow;

import com.formdev.flatlaf.util.UIScale;
import io.unknot.core.suggest.Suggestion;
import io.unknot.i18n.Language;
import io.unknot.i18n.Messages;
import io.unknot.settings.BreakPlacement;
import io.unknot.ui.MultilineLabel;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JComponent;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.JWindow;
import javax.swing.Timer;
import javax.swing.UIManager;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.GraphicsConfiguration;
import java.awt.Rectangle;
import java.awt.Window;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small notice in the bottom-right corner of the monitor with the pointer, for the warning before a break and the
 * suggestions after a drive or a long day. It never takes the keyboard: someone typing keeps typing. A suggestion
 * shows its steps and its safety callout, and stays until the user closes it; the warning goes away on its own. A
 * click closes either. EDT only.
 */
final class Notice {

    private final Messages texts;
    private static final int MARGIN = 16;
    private static final int WIDTH = 380;
    private static final int FIT_ROUNDS = 5;

    final JWindow window;
    private final Optional<Timer> hide;
    final Optional<StepList> steps;
    final Optional<Callout> callout;

    /**
     * @param lead       the sentence under the title
     * @param suggestion a move to show with its steps and safety note
     * @param visibleFor how long until it goes by itself; empty: until closed
     */
    Notice(Language language, String title, String lead, Optional<Suggestion> suggestion,
            Optional<Duration> visibleFor) {
        this.texts = language.messages("break");
        GraphicsConfiguration screen = Screens.target(BreakPlacement.POINTER_MONITOR);
        window = new JWindow(screen);
        // POPUP keeps it out of the task bar and window switcher; the two focus calls keep it from ever taking focus.
        window.setType(Window.Type.POPUP);
        window.setFocusableWindowState(false);
        window.setAutoRequestFocus(false);
        window.setAlwaysOnTop(true);

        JLabel heading = new JLabel(title);
        heading.putClientProperty("FlatLaf.styleClass", "h3");
        JTextArea text = MultilineLabel.of(lead, 0);
        text.setFont(UIManager.getFont("Label.font"));
        steps = suggestion.filter(s -> !s.steps().isEmpty())
                .map(s -> new StepList(s.steps(), UIManager.getFont("Label.font").getSize2D(), 0));
        callout = suggestion.flatMap(Suggestion::safetyNote).map(note -> new Callout(texts, note, 0));
        JPanel body = new JPanel();
        body.setLayout(new BoxLayout(body, BoxLayout.Y_AXIS));
        body.setOpaque(false);
        for (JComponent part : parts(text, steps, callout)) {
            part.setAlignmentX(Component.LEFT_ALIGNMENT);
            body.add(part);
        }
        JButton close = new JButton("×");
        close.setFocusable(false);
        close.putClientProperty("JButton.buttonType", "toolBarButton");
        close.getAccessibleContext().setAccessibleName(texts.text("notice.close"));
        close.getAccessibleContext().setAccessibleDescription(texts.text("notice.close.description"));
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
        content.add(body, BorderLayout.CENTER);
        content.getAccessibleContext().setAccessibleName(title);
        content.getAccessibleContext().setAccessibleDescription(describe(lead, suggestion));
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
        int width = UIScale.scale(WIDTH);
        text.setSize(new Dimension(width - UIScale.scale(40), Short.MAX_VALUE));
        window.pack();
        // Laid out at its real width, the steps and the callout wrap onto more lines than at their preferred one:
        // measure again until the height holds (two or three rounds).
        for (int round = 0; round < FIT_ROUNDS && (window.getHeight() != window.getPreferredSize().height
                || window.getWidth() != width); round++) {
            window.setSize(width, window.getPreferredSize().height);
            window.validate();
        }
        Rectangle area = Screens.usableBounds(screen);
        window.setLocation(area.x + area.width - window.getWidth() - MARGIN,
                area.y + area.height - window.getHeight() - MARGIN);

        hide = visibleFor.map(time -> {
            Timer timer = new Timer((int) Math.min(Integer.MAX_VALUE, time.toMillis()), e -> close());
            timer.setRepeats(false);
            return timer;
        });
    }

    void show() {
        window.setVisible(true);
        hide.ifPresent(Timer::start);
    }

    void close() {
        hide.ifPresent(Timer::stop);
        window.dispose();
    }

    /** Everything the notice says, for screen readers: the lead, the steps and the safety note. */
    private String describe(String lead, Optional<Suggestion> suggestion) {
        StringBuilder all = new StringBuilder(lead);
        suggestion.ifPresent(s -> {
            for (int i = 0; i < s.steps().size(); i++) {
                all.append('\n').append(i + 1).append(". ").append(s.steps().get(i));
            }
            s.safetyNote().ifPresent(note -> all.append('\n').append(texts.text("safety", note)));
        });
        return all.toString();
    }

    private static List<JComponent> parts(JComponent lead, Optional<StepList> steps, Optional<Callout> callout) {
        List<JComponent> parts = new ArrayList<>(List.of(lead));
        steps.ifPresent(list -> {
            parts.add((JComponent) Box.createVerticalStrut(UIScale.scale(6)));
            parts.add(list);
        });
        callout.ifPresent(box -> {
            parts.add((JComponent) Box.createVerticalStrut(UIScale.scale(10)));
            parts.add(box);
        });
        return parts;
    }

    /** Whether it goes away on its own, or waits to be closed. */
    boolean closesItself() {
        return hide.isPresent();
    }

    boolean isShowing() {
        return window.isShowing();
    }
}
