package io.unknot.ui.settings;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.util.UIScale;

import io.unknot.ui.theme.Themes;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.List;

/**
 * A page laid out on one grid: a label column, then one or more value columns, so that every field, unit and
 * column heading on the page starts at the same x (also across sections of a page, e.g. the break table and the
 * timing rows under it). Gaps scale with the screen (HiDPI).
 */
final class Form {

    /** Page margin, and the gaps between columns and rows, in unscaled pixels. */
    private static final int MARGIN = 18;
    private static final int LABEL_GAP = 16;
    private static final int COLUMN_GAP = 20;
    private static final int ROW_GAP = 8;
    private static final int SECTION_GAP = 20;

    private final JPanel panel = new JPanel(new GridBagLayout());
    private final int columns;
    private int row;
    /** The column the last row's value started in: a note under it starts there too. */
    private int lastColumn;

    Form() {
        this(1);
    }

    /** @param columns how many value columns the page has (the break table has one per kind) */
    Form(int columns) {
        this.columns = columns;
        panel.setBorder(BorderFactory.createEmptyBorder(UIScale.scale(14), UIScale.scale(MARGIN),
                UIScale.scale(14), UIScale.scale(MARGIN)));
    }

    /** A section heading; the first one sits at the top, later ones leave room above. */
    Form heading(String text) {
        JLabel heading = new JLabel(text);
        heading.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        add(heading, 0, GridBagConstraints.REMAINDER, row == 0 ? 0 : SECTION_GAP);
        row++;
        lastColumn = 0;
        return this;
    }

    /** Column headings over the value columns (the break table's kinds). */
    Form columnHeadings(List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            JLabel header = new JLabel(names.get(i));
            header.putClientProperty(FlatClientProperties.STYLE_CLASS, "semibold");
            add(header, i + 1, 1, ROW_GAP);
        }
        row++;
        return this;
    }

    /** A labelled row: the label, then one field per value column from the first. */
    Form row(JComponent label, Field... fields) {
        add(label, 0, 1, ROW_GAP);
        boolean anyError = false;
        for (int i = 0; i < fields.length; i++) {
            add(fields[i].component(), i + 1, 1, ROW_GAP);
            anyError |= fields[i].error() != null;
        }
        row++;
        if (anyError) {
            for (int i = 0; i < fields.length; i++) {
                if (fields[i].error() != null) {
                    add(fields[i].error(), i + 1, fields.length == 1 ? GridBagConstraints.REMAINDER : 1, 2);
                }
            }
            row++;
        }
        lastColumn = 1;
        return this;
    }

    /** A control that needs no label of its own (a check box carries its text), from the label column. */
    Form wide(Field field) {
        add(field.component(), 0, GridBagConstraints.REMAINDER, ROW_GAP);
        row++;
        if (field.error() != null) {
            add(field.error(), 0, GridBagConstraints.REMAINDER, 2);
            row++;
        }
        lastColumn = 0;
        return this;
    }

    Form wide(JComponent component) {
        return wide(Field.of(component));
    }

    /** A quiet explanation under the previous row, starting where its value starts. */
    Form note(String text) {
        JLabel note = new JLabel(text);
        Themes.foreground(note, "Unknot.hintForeground");
        add(note, lastColumn, GridBagConstraints.REMAINDER, 2);
        row++;
        return this;
    }

    JPanel panel() {
        GridBagConstraints filler = new GridBagConstraints();
        filler.gridx = columns + 1;
        filler.gridy = row;
        filler.weightx = 1;
        filler.weighty = 1;
        filler.fill = GridBagConstraints.BOTH;
        panel.add(Box.createGlue(), filler);
        return panel;
    }

    private void add(JComponent component, int column, int width, int top) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = column;
        c.gridy = row;
        c.gridwidth = width;
        c.anchor = GridBagConstraints.LINE_START;
        int right = width != 1 || column == columns ? 0 : column == 0 ? LABEL_GAP : COLUMN_GAP;
        c.insets = new Insets(UIScale.scale(top), 0, 0, UIScale.scale(right));
        panel.add(component, c);
    }
}
