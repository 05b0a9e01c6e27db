package io.unknot.ui.settings;

import javax.swing.text.DefaultFormatter;
import java.text.ParseException;
import java.util.Optional;
import java.util.function.Function;

/** Shows a spinner's value as the settings page writes it ("1:30") and reads typed text back the same way. */
final class SpinnerText extends DefaultFormatter {

    private final Function<Object, String> shown;
    private final Function<String, Optional<?>> read;

    SpinnerText(Function<Object, String> shown, Function<String, Optional<?>> read) {
        this.shown = shown;
        this.read = read;
        setCommitsOnValidEdit(false);
        setOverwriteMode(false);
    }

    @Override
    public String valueToString(Object value) {
        return value == null ? "" : shown.apply(value);
    }

    @Override
    public Object stringToValue(String text) throws ParseException {
        return read.apply(text).orElseThrow(() -> new ParseException(text, 0));
    }
}
