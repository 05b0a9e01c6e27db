package io.unknot.ui;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import java.awt.BorderLayout;
import java.awt.FlowLayout;

/**
 * A small window that tells the user, once, that their history is not being kept (or that part of it was lost)
 * and what to do. Not modal: reminders go on behind it. All texts are plain text, never HTML. EDT only.
 */
public final class HistoryNotice {

    private final JDialog dialog;

    private HistoryNotice(String title, String body, String close) {
        dialog = new JDialog((java.awt.Frame) null, title, false);
        JLabel heading = new JLabel(title);
        PlainText.only(heading);
        heading.putClientProperty("FlatLaf.styleClass", "h3");
        JTextArea text = MultilineLabel.of(body, 40);
        JButton ok = new JButton(close);
        ok.addActionListener(e -> dialog.dispose());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(ok);
        JPanel content = new JPanel(new BorderLayout(0, 10));
        content.setBorder(BorderFactory.createEmptyBorder(14, 16, 10, 16));
        content.add(heading, BorderLayout.NORTH);
        content.add(text, BorderLayout.CENTER);
        content.add(buttons, BorderLayout.SOUTH);
        dialog.setContentPane(content);
        dialog.getRootPane().setDefaultButton(ok);
        dialog.pack();
        dialog.setLocationRelativeTo(null);
    }

    /** Opens the notice on the EDT. */
    public static void show(String title, String body, String close) {
        SwingUtilities.invokeLater(() -> new HistoryNotice(title, body, close).dialog.setVisible(true));
    }
}
