package io.unknot.ui;

import javax.swing.JTextArea;

/**
 * Text that looks like a label but wraps between words. A JLabel wraps only when given HTML, which would mean
 * escaping every text that goes in.
 */
public final class MultilineLabel {

    private MultilineLabel() {
    }

    /**
     * A read-only, unfocusable, transparent text area without a border, for {@code text}: {@code columns} wide, or
     * as wide as the caller sizes it when 0.
     */
    public static JTextArea of(String text, int columns) {
        JTextArea area = new JTextArea(text);
        area.setEditable(false);
        area.setFocusable(false);
        area.setOpaque(false);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setColumns(columns);
        area.setBorder(null);
        return area;
    }
}
