package io.unknot.ui.breakwindow;

import javax.swing.AbstractButton;

/** Reads labels like "&amp;Postpone": the letter after the ampersand becomes the Alt+letter shortcut. */
final class Mnemonics {

    private Mnemonics() {
    }

    static void label(AbstractButton button, String marked) {
        int amp = marked.indexOf('&');
        if (amp < 0 || amp == marked.length() - 1) {
            button.setText(marked);
            return;
        }
        String text = marked.substring(0, amp) + marked.substring(amp + 1);
        button.setText(text);
        button.setMnemonic(Character.toUpperCase(text.charAt(amp)));
        button.setDisplayedMnemonicIndex(amp);
    }

    /** The label without its marker, for accessible names. */
    static String plain(String marked) {
        return marked.replace("&", "");
    }
}
