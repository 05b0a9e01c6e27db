package io.unknot.ui.settings;

import javax.swing.JComponent;
import javax.swing.JLabel;

/**
 * A control as the page lays it out.
 *
 * @param component what goes in the row (the input, with its unit if it has one)
 * @param focus     what a label's mnemonic focuses
 * @param error     where a refusal is shown, under the row; null for controls that cannot hold a bad value
 */
record Field(JComponent component, JComponent focus, JLabel error) {

    static Field of(JComponent control) {
        return new Field(control, control, null);
    }
}
