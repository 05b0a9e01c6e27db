package io.unknot.i18n;

import java.util.Optional;

/**
 * A label text with its keyboard mnemonic, written in bundles as {@code "&Every"} (the letter after '&amp;';
 * {@code "&&"} is a literal ampersand). Translators choose the letter, so it fits every language.
 *
 * @param text  the text to show, without the marker
 * @param index where the mnemonic letter is in {@code text}, or -1 when there is none
 */
public record Mnemonic(String text, int index) {

    public static Mnemonic parse(String marked) {
        StringBuilder text = new StringBuilder(marked.length());
        int index = -1;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == '&' && i + 1 < marked.length()) {
                char next = marked.charAt(++i);
                if (next != '&' && index < 0) {
                    index = text.length();
                }
                text.append(next);
            } else {
                text.append(c);
            }
        }
        return new Mnemonic(text.toString(), index);
    }

    /** The mnemonic letter, if the text has one. */
    public Optional<Character> letter() {
        return index < 0 ? Optional.empty() : Optional.of(text.charAt(index));
    }
}
