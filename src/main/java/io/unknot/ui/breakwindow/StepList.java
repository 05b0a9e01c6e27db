package io.unknot.ui.breakwindow;

import com.formdev.flatlaf.util.UIScale;
import io.unknot.ui.MultilineLabel;

import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.SwingConstants;
import javax.swing.UIManager;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.List;

/**
 * A suggestion's steps, numbered, each wrapped line hanging under the text of its step rather than under its number:
 * the numbers sit in a column of their own.
 */
final class StepList extends JPanel {

    final List<JTextArea> steps = new ArrayList<>();

    /** {@code columns}: how wide the text wraps, in characters; 0: as wide as the layout makes it. */
    StepList(List<String> texts, float fontSize, int columns) {
        super(new GridBagLayout());
        setOpaque(false);
        Font font = UIManager.getFont("Label.font").deriveFont(fontSize);
        GridBagConstraints number = new GridBagConstraints();
        number.gridx = 0;
        number.anchor = GridBagConstraints.FIRST_LINE_END;
        GridBagConstraints text = new GridBagConstraints();
        text.gridx = 1;
        text.weightx = 1;
        text.fill = GridBagConstraints.HORIZONTAL;
        text.anchor = GridBagConstraints.FIRST_LINE_START;
        for (int i = 0; i < texts.size(); i++) {
            int gap = i == 0 ? 0 : UIScale.scale(6);
            JLabel digit = new JLabel((i + 1) + ".", SwingConstants.RIGHT);
            digit.setFont(font);
            number.gridy = i;
            number.insets = new Insets(gap, 0, 0, UIScale.scale(8));
            add(digit, number);
            JTextArea step = MultilineLabel.of(texts.get(i), columns);
            step.setFont(font);
            if (columns > 0) {
                // Lays the text out at its final width now, so the first pack() finds the wrapped height.
                step.setSize(step.getPreferredSize().width, Short.MAX_VALUE);
            }
            text.gridy = i;
            text.insets = new Insets(gap, 0, 0, 0);
            add(step, text);
            steps.add(step);
        }
    }

    /** The steps as one text, "1. …" a line, for screen readers and tests. */
    String text() {
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            all.append(i + 1).append(". ").append(steps.get(i).getText()).append(i < steps.size() - 1 ? "\n" : "");
        }
        return all.toString();
    }
}
