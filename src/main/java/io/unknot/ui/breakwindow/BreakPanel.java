package io.unknot.ui.breakwindow;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.util.UIScale;
import io.unknot.core.BreakKind;
import io.unknot.core.suggest.Routine;
import io.unknot.core.suggest.Suggestion;
import io.unknot.i18n.Language;
import io.unknot.i18n.Messages;
import io.unknot.ui.Labels;
import io.unknot.ui.MultilineLabel;
import io.unknot.ui.PlainText;
import io.unknot.ui.StatusText;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
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
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * What a break window shows, top to bottom: kind and move count, the move's title, its illustration beside its
 * numbered steps and safety callout, the break's countdown centred under them with one bar for the move and one for
 * the whole break, what comes next, and the buttons with Done as the default. Every gap is scaled with the UI.
 */
final class BreakPanel extends JPanel {

    private final Messages texts;
    private final StatusText statusText;
    private static final int ILLUSTRATION_SIZE = 220;
    private static final int STEP_COLUMNS = 34;
    private static final float STEP_FONT_SIZE = 15f;
    /** The bars count in tenths of a second, plenty for a smooth bar. */
    private static final int BAR_STEPS_PER_SECOND = 10;
    /** The main button filled with the accent colour (FlatLaf's light theme only outlines a default button). */
    private static final String FILLED = "font: bold; borderWidth: 0; focusWidth: 1;"
            + "default.borderWidth: 0; default.background: $ProgressBar.foreground;"
            + "default.foreground: contrast($ProgressBar.foreground,#1b1b1b,#ffffff,40%);"
            + "default.focusedBackground: $ProgressBar.foreground;"
            + "default.hoverBackground: darken($ProgressBar.foreground,6%);"
            + "default.pressedBackground: darken($ProgressBar.foreground,12%);"
            + "background: $ProgressBar.foreground;"
            + "foreground: contrast($ProgressBar.foreground,#1b1b1b,#ffffff,40%)";

    final JLabel kindLabel = new JLabel();
    final JLabel stepLabel = new JLabel();
    final JLabel title = PlainText.only(new JLabel()); // the user may write the title
    final JLabel picture = new JLabel();
    final JPanel moveText = new JPanel();
    final JLabel countdown = new JLabel("", SwingConstants.CENTER);
    final JProgressBar moveBar = new JProgressBar();
    final JProgressBar breakBar = new JProgressBar();
    final JLabel moveLeft = new JLabel();
    final JLabel nextUp = new JLabel();
    final JButton done = new JButton();
    final JButton next = new JButton();
    final JButton postpone = new JButton();
    final JButton skip = new JButton();
    final JLabel keys = new JLabel();
    /** Opens the health tips: whether stretching helps, and when a knot needs a doctor. */
    final JButton tipsLink = new JButton();
    Optional<JComponent> escalation = Optional.empty();
    StepList steps;
    Optional<Callout> callout = Optional.empty();

    private final Routine routine;
    private final Duration length;
    private int step = -1;

    BreakPanel(Language language, BreakKind kind, Routine routine, Duration length, Rules rules) {
        super(new BorderLayout(0, UIScale.scale(18)));
        this.texts = language.messages("break");
        this.statusText = StatusText.systemDefault(language);
        this.routine = routine;
        this.length = length;
        setBorder(BorderFactory.createEmptyBorder(UIScale.scale(24), UIScale.scale(28), UIScale.scale(20),
                UIScale.scale(28)));

        kindLabel.setText(statusText.kindTitle(kind));
        muted(kindLabel, "h4");
        muted(stepLabel, "h4");
        stepLabel.setVisible(routine.size() > 1);
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "h1");
        JPanel kindRow = new JPanel(new BorderLayout(UIScale.scale(12), 0));
        kindRow.setOpaque(false);
        kindRow.add(kindLabel, BorderLayout.WEST);
        kindRow.add(stepLabel, BorderLayout.EAST);
        JPanel heading = column(kindRow, title);
        if (rules.escalated()) {
            JComponent kindWord = escalationNote(rules.skippedBefore());
            heading.add(Box.createVerticalStrut(UIScale.scale(10)));
            kindWord.setAlignmentX(Component.LEFT_ALIGNMENT);
            heading.add(kindWord);
            escalation = Optional.of(kindWord);
        }

        picture.setVerticalAlignment(SwingConstants.TOP);
        moveText.setLayout(new BoxLayout(moveText, BoxLayout.Y_AXIS));
        moveText.setOpaque(false);
        // The move's own progress sits at the foot of its text, level with the bottom of the illustration.
        muted(moveLeft, "small");
        moveBar.getAccessibleContext().setAccessibleName(texts.text("move.bar"));
        moveBar.putClientProperty(FlatClientProperties.STYLE, "arc: 6");
        JPanel moveProgress = new JPanel(new BorderLayout(0, UIScale.scale(4)));
        moveProgress.setOpaque(false);
        moveProgress.add(moveLeft, BorderLayout.NORTH);
        moveProgress.add(moveBar, BorderLayout.CENTER);
        moveProgress.setVisible(routine.size() > 1);
        JPanel textColumn = new JPanel(new BorderLayout(0, UIScale.scale(14)));
        textColumn.setOpaque(false);
        textColumn.add(moveText, BorderLayout.NORTH);
        textColumn.add(moveProgress, BorderLayout.SOUTH);
        JPanel body = new JPanel(new BorderLayout(UIScale.scale(24), 0));
        body.setOpaque(false);
        body.add(picture, BorderLayout.WEST);
        body.add(textColumn, BorderLayout.CENTER);

        add(heading, BorderLayout.NORTH);
        add(body, BorderLayout.CENTER);
        add(footer(rules), BorderLayout.SOUTH);
        tipsLink();
        showMove(0);
        showTime(length, routine.move(0).length());
    }

    /** What the break allows, as the engine said when it began. */
    record Rules(boolean strict, int postponesLeft, boolean escalated, int skippedBefore) {}

    /** Shows move {@code index} of the routine, if it is not the one shown already. */
    void showMove(int index) {
        if (index == step) {
            return;
        }
        step = index;
        Suggestion move = routine.move(index).suggestion();
        stepLabel.setText(texts.text("step.of", index + 1, routine.size()));
        title.setText(move.title());
        picture.setIcon(IllustrationIcon.of(move.illustration(), UIScale.scale(ILLUSTRATION_SIZE)));
        picture.getAccessibleContext().setAccessibleName(texts.text("illustration.accessible", move.title()));
        moveText.removeAll();
        steps = new StepList(move.steps(), STEP_FONT_SIZE, STEP_COLUMNS);
        steps.getAccessibleContext().setAccessibleName(texts.text("steps.accessible"));
        steps.setAlignmentX(Component.LEFT_ALIGNMENT);
        moveText.add(steps);
        callout = move.safetyNote().map(note -> new Callout(texts, note, STEP_COLUMNS));
        callout.ifPresent(box -> {
            moveText.add(Box.createVerticalStrut(UIScale.scale(14)));
            box.setAlignmentX(Component.LEFT_ALIGNMENT);
            moveText.add(box);
        });
        moveText.add(Box.createVerticalStrut(UIScale.scale(10)));
        moveText.add(tipsLink);
        boolean last = index == routine.size() - 1;
        nextUp.setText(last ? texts.text("next.last")
                : texts.text("next.up", routine.move(index + 1).title(),
                StatusText.countdown(routine.move(index + 1).length())));
        next.setEnabled(!last);
        moveBar.setMaximum(barMaximum(routine.move(index).length()));
        revalidate();
        repaint();
    }

    /** Shows the engine's time: what is left of the break and of the move on screen, to the second. */
    void showTime(Duration remaining, Duration moveRemaining) {
        String clock = clock(remaining);
        countdown.setText(clock);
        countdown.getAccessibleContext().setAccessibleName(texts.text("countdown.accessible", clock));
        breakBar.setValue(bar(clamp(length.minus(remaining), length)));
        Duration moveLength = routine.move(step).length();
        moveBar.setValue(bar(clamp(moveLength.minus(moveRemaining), moveLength)));
        moveLeft.setText(texts.text("move.left", clock(moveRemaining)));
    }

    int step() {
        return step;
    }

    /** Whole seconds, cut rather than rounded, as the engine's own status reports them. */
    static String clock(Duration remaining) {
        return StatusText.countdown(remaining.truncatedTo(ChronoUnit.SECONDS));
    }

    private JPanel footer(Rules rules) {
        countdown.putClientProperty(FlatClientProperties.STYLE, "font: +26 $h0.font");
        breakBar.getAccessibleContext().setAccessibleName(texts.text("break.bar"));
        breakBar.setMaximum(barMaximum(length));
        muted(nextUp, null);
        nextUp.setHorizontalAlignment(SwingConstants.CENTER);
        nextUp.setVisible(routine.size() > 1);

        Labels.button(done, texts.mnemonic("button.done"));
        describe(done, texts.text(rules.strict() ? "button.done.strict" : "button.done.description"));
        done.putClientProperty(FlatClientProperties.STYLE, FILLED);
        Labels.button(next, texts.mnemonic("button.next"));
        describe(next, texts.text("button.next.description"));
        next.setVisible(routine.size() > 1);
        Labels.button(postpone, rules.postponesLeft() > 0
                ? texts.mnemonic("button.postponeLeft", rules.postponesLeft())
                : texts.mnemonic("button.postpone"));
        describe(postpone, texts.text("button.postpone.description"));
        postpone.setEnabled(rules.postponesLeft() > 0);
        Labels.button(skip, texts.mnemonic(rules.escalated() ? "button.holdToSkip" : "button.skip"));
        describe(skip, texts.text(rules.escalated() ? "button.holdToSkip.description" : "button.skip.description"));
        // Strict mode: the break cannot be skipped, so the button is not offered at all.
        skip.setVisible(!rules.strict());

        keys.setText(texts.text(rules.strict() ? "keys.strict"
                : rules.postponesLeft() > 0 ? "keys.all" : "keys.noPostpone"));
        muted(keys, "small");
        // A box rather than a FlowLayout, which pads its outer edges: the last button ends where the bars end.
        JPanel buttons = new JPanel();
        buttons.setLayout(new BoxLayout(buttons, BoxLayout.X_AXIS));
        buttons.setOpaque(false);
        for (JButton button : new JButton[] {skip, postpone, next, done}) {
            if (button.isVisible()) {
                if (buttons.getComponentCount() > 0) {
                    buttons.add(Box.createHorizontalStrut(UIScale.scale(8)));
                }
                buttons.add(button);
            }
        }
        JPanel buttonRow = new JPanel(new BorderLayout(UIScale.scale(12), 0));
        buttonRow.setOpaque(false);
        buttonRow.add(keys, BorderLayout.WEST);
        buttonRow.add(buttons, BorderLayout.EAST);

        JPanel footer = new JPanel(new GridBagLayout());
        footer.setOpaque(false);
        GridBagConstraints row = new GridBagConstraints();
        row.gridx = 0;
        row.weightx = 1;
        row.fill = GridBagConstraints.HORIZONTAL;
        int[] gapsAbove = {0, 6, 8, 18};
        JComponent[] rows = {countdown, breakBar, nextUp, buttonRow};
        for (int i = 0; i < rows.length; i++) {
            row.gridy = i;
            row.insets = new Insets(UIScale.scale(gapsAbove[i]), 0, 0, 0);
            footer.add(rows[i], row);
        }
        return footer;
    }

    /** A link under the move's text, in the theme's link colour; shown only where the tips can be opened. */
    private void tipsLink() {
        Labels.button(tipsLink, texts.mnemonic("tips.link"));
        describe(tipsLink, texts.text("tips.link.description"));
        tipsLink.putClientProperty(FlatClientProperties.STYLE,
                "foreground: $Component.linkColor; margin: 0,0,0,0; borderWidth: 0; focusWidth: 1");
        tipsLink.setMargin(new Insets(0, 0, 0, 0)); // starts where the steps and the callout start
        tipsLink.setContentAreaFilled(false);
        tipsLink.setBorderPainted(false);
        tipsLink.setCursor(java.awt.Cursor.getPredefinedCursor(java.awt.Cursor.HAND_CURSOR));
        tipsLink.setAlignmentX(Component.LEFT_ALIGNMENT);
        tipsLink.setVisible(false);
    }

    /** The kind word for a break after several skipped ones: no blame, one reason to take this one. */
    private JComponent escalationNote(int skipped) {
        JTextArea words = MultilineLabel.of(texts.text("escalated.body", skipped), 0);
        words.setFont(UIManager.getFont("Label.font").deriveFont(STEP_FONT_SIZE));
        JPanel box = new JPanel(new BorderLayout());
        box.putClientProperty(FlatClientProperties.STYLE,
                "arc: 12; background: mix($Component.accentColor,$Panel.background,15%)");
        box.setBorder(BorderFactory.createEmptyBorder(UIScale.scale(10), UIScale.scale(12), UIScale.scale(10),
                UIScale.scale(12)));
        box.add(words, BorderLayout.CENTER);
        box.getAccessibleContext().setAccessibleName(words.getText());
        return box;
    }

    private static int bar(Duration time) {
        return (int) (time.toMillis() * BAR_STEPS_PER_SECOND / 1000);
    }

    private static int barMaximum(Duration length) {
        return Math.max(1, bar(length));
    }

    private static Duration clamp(Duration value, Duration max) {
        return value.isNegative() ? Duration.ZERO : value.compareTo(max) > 0 ? max : value;
    }

    private static void muted(JLabel label, String styleClass) {
        if (styleClass != null) {
            label.putClientProperty(FlatClientProperties.STYLE_CLASS, styleClass);
        }
        label.setForeground(UIManager.getColor("Label.disabledForeground"));
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
