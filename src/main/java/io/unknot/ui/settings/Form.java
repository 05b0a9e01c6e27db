package io.unknot.ui.settings;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.util.UIScale;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;

/** A page laid out as rows of label and field, written by hand; gaps scale with the screen (HiDPI). */
final class Form {

    private final JPanel panel = new JPanel(new GridBagLayout());
    private int row;

    Form() {
        panel.setBorder(BorderFactory.createEmptyBorder(UIScale.scale(14), UIScale.scale(18), UIScale.scale(14),
                UIScale.scale(18)));
    }

    /** A sub-heading; the first one sits at the top, later ones leave room above. */
    Form heading(String text) {
        JLabel heading = new JLabel(text);
        heading.putClientProperty(FlatClientProperties.STYLE_CLASS, "h4");
        add(heading, 0, 2, row == 0 ? 0 : 16, GridBagConstraints.HORIZONTAL);
        return this;
    }

    Form row(JComponent label, Field field) {
        add(label, 0, 1, 6, GridBagConstraints.NONE);
        add(field.component(), 1, 1, 6, GridBagConstraints.NONE);
        row++;
        error(field);
        return this;
    }

    /** A control that needs no label of its own (a check box carries its text). */
    Form wide(Field field) {
        add(field.component(), 0, 2, 6, GridBagConstraints.NONE);
        if (field.error() != null) {
            add(field.error(), 0, 2, 2, GridBagConstraints.NONE);
        }
        return this;
    }

    Form wide(JComponent component) {
        return wide(Field.of(component));
    }

    /** A quiet explanation under the previous row. */
    Form note(String text) {
        JLabel note = new JLabel(text);
        note.putClientProperty(FlatClientProperties.STYLE, "foreground: $Unknot.hintForeground");
        add(note, 0, 2, 2, GridBagConstraints.HORIZONTAL);
        return this;
    }

    JPanel panel() {
        GridBagConstraints filler = new GridBagConstraints();
        filler.gridx = 0;
        filler.gridy = row + 1;
        filler.gridwidth = 3;
        filler.weightx = 1;
        filler.weighty = 1;
        filler.fill = GridBagConstraints.BOTH;
        panel.add(Box.createGlue(), filler);
        return panel;
    }

    private void error(Field field) {
        if (field.error() != null) {
            add(field.error(), 1, 1, 2, GridBagConstraints.NONE);
            row++;
        }
    }

    private void add(JComponent component, int column, int width, int top, int fill) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = column;
        c.gridy = row;
        c.gridwidth = width;
        c.anchor = GridBagConstraints.LINE_START;
        c.fill = fill;
        c.insets = new Insets(UIScale.scale(top), 0, 0, column == 0 && width == 1 ? UIScale.scale(12) : 0);
        panel.add(component, c);
        if (width == 2) {
            row++;
        }
    }
}
