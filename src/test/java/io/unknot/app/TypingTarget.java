package io.unknot.app;

import javax.swing.JFrame;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The user's document in the end-to-end tests: a plain window with a text area, run as its own process, that
 * writes what was typed into it to the file named by its argument after every change.
 */
public final class TypingTarget {

    static final String TITLE = "Typing target";

    private TypingTarget() {
    }

    public static void main(String[] args) {
        Path out = Path.of(args[0]);
        SwingUtilities.invokeLater(() -> {
            JTextArea text = new JTextArea(10, 40);
            text.getDocument().addDocumentListener(new DocumentListener() {
                @Override
                public void insertUpdate(DocumentEvent e) {
                    save(out, text.getText());
                }

                @Override
                public void removeUpdate(DocumentEvent e) {
                    save(out, text.getText());
                }

                @Override
                public void changedUpdate(DocumentEvent e) {
                    save(out, text.getText());
                }
            });
            JFrame frame = new JFrame(TITLE);
            frame.add(text);
            frame.pack();
            frame.setLocation(40, 40);
            frame.setDefaultCloseOperation(JFrame.EXIT_ON_CLOSE);
            frame.setVisible(true);
        });
    }

    private static void save(Path out, String text) {
        try {
            Files.writeString(out, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
