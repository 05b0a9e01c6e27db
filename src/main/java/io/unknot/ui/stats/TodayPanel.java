package io.unknot.ui.stats;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.util.UIScale;
import io.unknot.history.DayFigures;
import io.unknot.i18n.Language;
import io.unknot.i18n.Messages;

import io.unknot.ui.theme.Themes;

import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.GridLayout;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Today's figures as cards (four a row), each a large figure over its caption: sitting (against the daily limit),
 * the longest sitting without a break, breaks taken, time away counted as a break, postponed, skipped and
 * driving. The cards use FlatLaf's own colours (a raised panel), so they follow light and dark.
 */
final class TodayPanel {

    /** How wide a card's caption may grow before it wraps, unscaled. */
    private static final int CAPTION_WIDTH = 150;

    private final Messages texts;
    /** Four cards a row: wide enough for "2 Std. 27 Min." in German, two rows for all seven figures. */
    private final JPanel panel = new JPanel(new GridLayout(0, 4, UIScale.scale(8), UIScale.scale(8)));
    private final JLabel desk = value("today.desk");
    private final JLabel limit = new JLabel(" ");
    private final JLabel longest = value("today.longest");
    private final JLabel done = value("today.done");
    private final JLabel natural = value("today.natural");
    private final JLabel postponed = value("today.postponed");
    private final JLabel skipped = value("today.skipped");
    private final JLabel driving = value("today.driving");

    TodayPanel(Language language) {
        this.texts = language.messages("stats");
        panel.setName("today");
        panel.setOpaque(false);
        panel.getAccessibleContext().setAccessibleName(texts.text("today.title"));
        limit.setName("today.limit");
        Themes.foreground(limit, "Unknot.hintForeground");
        card("today.desk", desk, limit);
        card("today.longest", longest, null);
        card("today.done", done, null);
        card("today.natural", natural, null);
        card("today.postponed", postponed, null);
        card("today.skipped", skipped, null);
        card("today.driving", driving, null);
    }

    JComponent component() {
        return panel;
    }

    /** @param dailyLimit the sitting limit now set, shown under the sitting figure */
    void show(DayFigures today, Duration dailyLimit) {
        desk.setText(DurationText.of(texts, today.desk()));
        limit.setText(wrapped(texts.text("today.limit", DurationText.of(texts, dailyLimit))));
        driving.setText(DurationText.of(texts, today.driving()));
        longest.setText(DurationText.of(texts, today.longestStretch()));
        done.setText(Integer.toString(today.breaksDone()));
        postponed.setText(Integer.toString(today.breaksPostponed()));
        skipped.setText(Integer.toString(today.breaksSkipped()));
        natural.setText(Integer.toString(today.breaksTakenNaturally()));
        Map<String, Integer> byId = today.suggestionsDone();
        String list = byId.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getValue() > 1 ? e.getKey() + " \u00d7" + e.getValue() : e.getKey())
                .collect(Collectors.joining(", "));
        done.setToolTipText(byId.isEmpty() ? null : texts.text("today.suggestions.tip", list));
        done.getAccessibleContext().setAccessibleDescription(done.getToolTipText());
    }

    /** Text that wraps within a card's width, so long captions (German) make cards taller, not wider. */
    private static String wrapped(String text) {
        return "<html><body style='width: " + UIScale.scale(CAPTION_WIDTH) + "px'>" + io.unknot.ui.Html.escape(text)
                + "</body></html>";
    }

    private static JLabel value(String name) {
        JLabel label = new JLabel("\u2013");
        label.setName(name);
        label.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        return label;
    }

    /** A card: the figure large, its caption under it, and an optional quiet line below. */
    private void card(String key, JLabel value, JLabel extra) {
        JPanel card = new Card();
        card.setLayout(new BoxLayout(card, BoxLayout.PAGE_AXIS));
        card.setName(key + ".card");
        JLabel caption = new JLabel(wrapped(texts.text(key)));
        caption.setLabelFor(value);
        value.getAccessibleContext().setAccessibleName(texts.text(key));
        card.add(value);
        card.add(caption);
        if (extra != null) {
            card.add(extra);
        }
        panel.add(card);
    }

    /**
     * A slightly raised surface with rounded corners in the theme's card colours, read at every paint so a live
     * switch between light and dark is followed.
     */
    private static final class Card extends JPanel {

        private static final int ARC = 12;

        Card() {
            setOpaque(false);
            setBorder(BorderFactory.createEmptyBorder(UIScale.scale(10), UIScale.scale(12), UIScale.scale(10),
                    UIScale.scale(12)));
        }

        @Override
        protected void paintComponent(Graphics g) {
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                int arc = UIScale.scale(ARC);
                g2.setColor(UIManager.getColor("Unknot.cardBackground"));
                g2.fillRoundRect(0, 0, getWidth() - 1, getHeight() - 1, arc, arc);
                g2.setColor(UIManager.getColor("Unknot.cardBorderColor"));
                g2.drawRoundRect(0, 0, getWidth() - 1, getHeight() - 1, arc, arc);
            } finally {
                g2.dispose();
            }
        }
    }
}
