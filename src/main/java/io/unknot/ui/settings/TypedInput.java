package io.unknot.ui.settings;

import javax.swing.JTextField;
import javax.swing.Timer;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Checks typed text once typing pauses (300 ms), or at once on Enter or when the field loses focus: valid text
 * is handed on to be stored, anything else is refused in place and nothing is stored. Text still refused when
 * the focus leaves the field is replaced by the stored value, so a field never shows what is not in effect.
 *
 * @param <T> the value the text stands for
 */
final class TypedInput<T> {

    static final int PAUSE_MILLIS = 300;

    private final JTextField field;
    private final Function<String, Parsed<T>> parser;
    private final Predicate<T> store;
    private final FieldError error;
    private final Timer pause;
    private final Runnable revert;
    private boolean muted;
    /** The text last checked or shown: re-setting the same text (as a spinner does) is no new typing. */
    private String settledText = "";

    /**
     * @param store  stores a parsed value; false when the value was refused after all (it shows its own error)
     * @param revert shows the stored value again (through {@link #show(String)})
     */
    TypedInput(JTextField field, Function<String, Parsed<T>> parser, Predicate<T> store, FieldError error,
               Runnable revert) {
        this.revert = revert;
        this.field = field;
        this.parser = parser;
        this.store = store;
        this.error = error;
        this.pause = new Timer(PAUSE_MILLIS, e -> checkNow());
        pause.setRepeats(false);
        field.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                typed();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                typed();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                // attribute changes are not edits
            }
        });
        field.addActionListener(e -> checkNow());
        field.addFocusListener(new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent e) {
                checkPending();
                if (error.showing()) {
                    revert.run();
                }
            }
        });
    }

    /** Shows a value set from elsewhere, without treating it as typing. */
    void show(String text) {
        pause.stop();
        muted = true;
        try {
            if (!field.getText().equals(text)) {
                field.setText(text);
            }
        } finally {
            muted = false;
        }
        settledText = text;
        error.clear();
    }

    /** Checks the text now if typing has not paused yet. */
    void checkPending() {
        if (pause.isRunning()) {
            checkNow();
        }
    }

    void checkNow() {
        pause.stop();
        settledText = field.getText();
        Parsed<T> parsed = parser.apply(field.getText());
        if (parsed.value().isEmpty()) {
            error.show(parsed.refusal());
            return;
        }
        if (store.test(parsed.value().get())) {
            error.clear();
        }
    }

    private void typed() {
        if (muted) {
            return;
        }
        if (field.getText().equals(settledText)) {
            pause.stop();
        } else {
            pause.restart();
        }
    }
}
