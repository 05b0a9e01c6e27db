package io.unknot.ui;

import io.unknot.i18n.Mnemonic;

import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import java.awt.event.KeyEvent;

/** Puts bundle texts with their mnemonics (Alt+letter) on labels and buttons. */
public final class Labels {

    private Labels() {
    }

    /** A label whose mnemonic moves the focus to {@code target}; the target is named after it for screen readers. */
    public static JLabel forField(Mnemonic text, JComponent target) {
        JLabel label = new JLabel(text.text());
        text.letter().ifPresent(letter -> {
            label.setDisplayedMnemonic(KeyEvent.getExtendedKeyCodeForChar(letter));
            label.setDisplayedMnemonicIndex(text.index());
        });
        label.setLabelFor(target);
        if (target.getAccessibleContext().getAccessibleName() == null
                || target.getAccessibleContext().getAccessibleName().isEmpty()) {
            target.getAccessibleContext().setAccessibleName(text.text());
        }
        return label;
    }

    public static <B extends AbstractButton> B button(B button, Mnemonic text) {
        button.setText(text.text());
        text.letter().ifPresent(letter -> {
            button.setMnemonic(KeyEvent.getExtendedKeyCodeForChar(letter));
            button.setDisplayedMnemonicIndex(text.index());
        });
        button.getAccessibleContext().setAccessibleName(text.text());
        return button;
    }
}
