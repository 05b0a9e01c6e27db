package io.unknot.ui.settings;

import com.formdev.flatlaf.FlatClientProperties;

import io.unknot.ui.theme.Themes;

import javax.swing.JComponent;
import javax.swing.JLabel;

/**
 * The in-place refusal of one field: FlatLaf's red "error" outline on the field and the reason in a label next
 * to it, also given to screen readers as the field's accessible description.
 */
final class FieldError {

    private final JComponent field;
    private final JComponent focus;
    private final JLabel label = new JLabel();

    FieldError(JComponent field, String name) {
        this(field, field, name);
    }

    /**
     * @param field the component that gets the outline
     * @param focus the component that has the keyboard focus (a spinner's text field), described to screen readers
     */
    FieldError(JComponent field, JComponent focus, String name) {
        this.field = field;
        this.focus = focus;
        label.setName(name + ".error");
        Themes.foreground(label, "Unknot.errorForeground");
        label.setVisible(false);
    }

    JLabel label() {
        return label;
    }

    boolean showing() {
        return label.isVisible();
    }

    void show(String message) {
        field.putClientProperty(FlatClientProperties.OUTLINE, FlatClientProperties.OUTLINE_ERROR);
        focus.getAccessibleContext().setAccessibleDescription(message);
        label.setText(message);
        if (!label.isVisible()) {
            label.setVisible(true);
            label.revalidate();
        }
    }

    void clear() {
        if (!label.isVisible()) {
            return;
        }
        field.putClientProperty(FlatClientProperties.OUTLINE, null);
        focus.getAccessibleContext().setAccessibleDescription(null);
        label.setText("");
        label.setVisible(false);
        label.revalidate();
    }
}
