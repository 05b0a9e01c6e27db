package io.unknot.ui.breakwindow;

import com.formdev.flatlaf.extras.FlatSVGIcon;
import io.unknot.core.BreakKind;
import io.unknot.core.suggest.Illustrations;
import io.unknot.core.suggest.Suggestion;
import io.unknot.i18n.Messages;
import io.unknot.ui.Labels;
import io.unknot.ui.MultilineLabel;
import io.unknot.ui.PlainText;
import io.unknot.ui.StatusText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.Icon;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JTextArea;
import javax.swing.SwingConstants;
import javax.swing.UIManager;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.Font;
import java.net.URL;
import java.time.Duration;

/** What a break window shows: kind, suggestion (title, illustration, steps, caution), countdown and buttons. */
final class BreakPanel extends JPanel {

    private static final Logger LOG = LoggerFactory.getLogger(BreakPanel.class);
    private static final Messages TEXT = Messages.of("break");
    private static final int ILLUSTRATION_SIZE = 160;
    private static final String GENERIC_ILLUSTRATION = "/assets/icons/break-generic.svg";
    /** The countdown bar counts in tenths of a second, plenty for a smooth bar. */
    private static final int BAR_STEPS_PER_SECOND = 10;

    final JLabel title = PlainText.only(new JLabel()); // the user may write the title
    final JLabel countdown = new JLabel();
    final JProgressBar bar = new JProgressBar();
    final JButton done = new JButton();
    final JButton postpone = new JButton();
    final JButton skip = new JButton();
    private final Duration length;

    BreakPanel(BreakKind kind, Suggestion suggestion, Duration length, boolean strict, int postponesLeft) {
        super(new BorderLayout(24, 16));
        this.length = length;
        setBorder(BorderFactory.createEmptyBorder(24, 28, 20, 28));

        JLabel kindLabel = new JLabel(StatusText.kindTitle(kind));
        kindLabel.putClientProperty("FlatLaf.styleClass", "h4");
        kindLabel.setForeground(UIManager.getColor("Label.disabledForeground"));
        title.setText(suggestion.title());
        title.putClientProperty("FlatLaf.styleClass", "h1");
        JPanel heading = column(kindLabel, title);

        JLabel picture = new JLabel(illustration(suggestion.illustration()));
        picture.setVerticalAlignment(SwingConstants.TOP);
        picture.getAccessibleContext().setAccessibleName(TEXT.text("illustration.accessible", suggestion.title()));

        JPanel text = new JPanel();
        text.setLayout(new BoxLayout(text, BoxLayout.Y_AXIS));
        text.setOpaque(false);
        text.add(wrapped(NumberedSteps.of(suggestion.steps()), TEXT.text("steps.accessible")));
        suggestion.safetyNote().ifPresent(note -> {
            text.add(Box.createVerticalStrut(10));
            JTextArea caution = wrapped(TEXT.text("safety", note), TEXT.text("safety", note));
            caution.setFont(caution.getFont().deriveFont(Font.ITALIC));
            text.add(caution);
        });

        countdown.putClientProperty("FlatLaf.styleClass", "h0");
        countdown.setHorizontalAlignment(SwingConstants.CENTER);
        bar.setMaximum((int) Math.max(1, length.toSeconds() * BAR_STEPS_PER_SECOND));

        Labels.button(done, TEXT.mnemonic("button.done"));
        describe(done, TEXT.text("button.done.description"));
        Labels.button(postpone, postponesLeft > 0
                ? TEXT.mnemonic("button.postponeLeft", postponesLeft)
                : TEXT.mnemonic("button.postpone"));
        describe(postpone, TEXT.text("button.postpone.description"));
        postpone.setEnabled(postponesLeft > 0);
        Labels.button(skip, TEXT.mnemonic("button.skip"));
        describe(skip, TEXT.text("button.skip.description"));
        // Strict mode: the break cannot be skipped, so the button is not offered at all.
        skip.setVisible(!strict);

        JLabel keys = new JLabel(postponesLeft > 0 ? TEXT.text("keys.all") : TEXT.text("keys.noPostpone"));
        keys.putClientProperty("FlatLaf.styleClass", "small");
        keys.setForeground(UIManager.getColor("Label.disabledForeground"));
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 8, 0));
        buttons.setOpaque(false);
        buttons.add(skip);
        buttons.add(postpone);
        buttons.add(done);
        JPanel footer = new JPanel(new BorderLayout(12, 8));
        footer.setOpaque(false);
        footer.add(column(countdown, bar), BorderLayout.NORTH);
        footer.add(keys, BorderLayout.WEST);
        footer.add(buttons, BorderLayout.EAST);

        add(heading, BorderLayout.NORTH);
        add(picture, BorderLayout.WEST);
        add(text, BorderLayout.CENTER);
        add(footer, BorderLayout.SOUTH);
        showRemaining(length);
    }

    /** Shows the time left as the engine reports it. */
    void showRemaining(Duration remaining) {
        String clock = StatusText.countdown(remaining);
        countdown.setText(clock);
        countdown.getAccessibleContext().setAccessibleName(TEXT.text("countdown.accessible", clock));
        long left = Math.max(0, Math.min(remaining.toMillis(), length.toMillis()));
        bar.setValue((int) (left * BAR_STEPS_PER_SECOND / 1000));
    }

    /** The suggestion's picture, else the catalog's default one, else Unknot's own generic figure. */
    private static Icon illustration(String file) {
        URL url = Illustrations.url(file == null ? "" : file)
                .or(() -> Illustrations.url(Illustrations.DEFAULT))
                .orElseGet(() -> BreakPanel.class.getResource(GENERIC_ILLUSTRATION));
        LOG.debug("illustration for {}: {}", file, url);
        return new FlatSVGIcon(url).derive(ILLUSTRATION_SIZE, ILLUSTRATION_SIZE);
    }

    private static JTextArea wrapped(String content, String accessibleName) {
        JTextArea area = MultilineLabel.of(content, 32);
        area.setFont(UIManager.getFont("Label.font").deriveFont(15f));
        area.getAccessibleContext().setAccessibleName(accessibleName);
        area.setAlignmentX(Component.LEFT_ALIGNMENT);
        return area;
    }

    private static JPanel column(JComponent... parts) {
        JPanel column = new JPanel();
        column.setLayout(new BoxLayout(column, BoxLayout.Y_AXIS));
        column.setOpaque(false);
        for (JComponent part : parts) {
            part.setAlignmentX(Component.LEFT_ALIGNMENT);
            column.add(part);
        }
        return column;
    }

    private static void describe(JButton button, String description) {
        button.getAccessibleContext().setAccessibleDescription(description);
        button.setToolTipText(description);
    }
}
