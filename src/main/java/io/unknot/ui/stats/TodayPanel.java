package io.unknot.ui.stats;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.util.UIScale;
import io.unknot.history.DayFigures;
import io.unknot.i18n.Messages;

import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.Map;
import java.util.stream.Collectors;

/** Today's figures: sitting, driving, the longest stretch, what became of the breaks, suggestions done. */
final class TodayPanel {

    private final Messages texts = Messages.of("stats");
    private final JPanel panel = new JPanel(new GridBagLayout());
    private final JLabel desk = value("today.desk");
    private final JLabel driving = value("today.driving");
    private final JLabel longest = value("today.longest");
    private final JLabel done = value("today.done");
    private final JLabel postponed = value("today.postponed");
    private final JLabel skipped = value("today.skipped");
    private final JLabel natural = value("today.natural");
    private final JLabel suggestions = value("today.suggestions");

    TodayPanel() {
        panel.setName("today");
        panel.setBorder(BorderFactory.createTitledBorder(texts.text("today.title")));
        panel.getAccessibleContext().setAccessibleName(texts.text("today.title"));
        add(0, 0, "today.desk", desk);
        add(0, 1, "today.driving", driving);
        add(0, 2, "today.longest", longest);
        add(0, 3, "today.suggestions", suggestions);
        add(2, 0, "today.done", done);
        add(2, 1, "today.postponed", postponed);
        add(2, 2, "today.skipped", skipped);
        add(2, 3, "today.natural", natural);
    }

    JComponent component() {
        return panel;
    }

    void show(DayFigures today) {
        desk.setText(DurationText.of(today.desk()));
        driving.setText(DurationText.of(today.driving()));
        longest.setText(DurationText.of(today.longestStretch()));
        done.setText(Integer.toString(today.breaksDone()));
        postponed.setText(Integer.toString(today.breaksPostponed()));
        skipped.setText(Integer.toString(today.breaksSkipped()));
        natural.setText(Integer.toString(today.breaksTakenNaturally()));
        suggestions.setText(Integer.toString(today.suggestionsDoneCount()));
        Map<String, Integer> byId = today.suggestionsDone();
        String list = byId.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getValue() > 1 ? e.getKey() + " \u00d7" + e.getValue() : e.getKey())
                .collect(Collectors.joining(", "));
        suggestions.setToolTipText(byId.isEmpty() ? null : texts.text("today.suggestions.tip", list));
        suggestions.getAccessibleContext().setAccessibleDescription(suggestions.getToolTipText());
    }

    private static JLabel value(String name) {
        JLabel label = new JLabel("\u2013");
        label.setName(name);
        label.putClientProperty(FlatClientProperties.STYLE, "font: bold");
        return label;
    }

    private void add(int column, int row, String key, JLabel value) {
        JLabel caption = new JLabel(texts.text(key) + ":");
        caption.setLabelFor(value);
        value.getAccessibleContext().setAccessibleName(texts.text(key));
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = column;
        c.gridy = row;
        c.anchor = GridBagConstraints.LINE_START;
        c.insets = new Insets(UIScale.scale(2), UIScale.scale(column == 0 ? 4 : 24), UIScale.scale(2),
                UIScale.scale(8));
        panel.add(caption, c);
        c.gridx = column + 1;
        c.insets = new Insets(UIScale.scale(2), 0, UIScale.scale(2), UIScale.scale(8));
        c.weightx = column == 0 ? 0 : 1;
        panel.add(value, c);
    }
}
