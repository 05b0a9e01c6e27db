package io.unknot.ui.tips;

import io.unknot.core.suggest.HealthTips;
import io.unknot.i18n.Messages;

import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JEditorPane;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.Optional;

/**
 * A small window with the {@link HealthTips}: readable, scrollable, closed with Escape or the Close button.
 * Safe to call from any thread; the window is built and shown on the Swing event thread.
 */
public final class HealthTipsWindow {

    private static final Messages TEXT = Messages.of("health");
    private static final Dimension SIZE = new Dimension(620, 680);

    private final HealthTips tips;
    private JFrame frame;

    /** Tips in the current UI language. */
    public HealthTipsWindow() {
        this(HealthTips.load(Messages.locale()));
    }

    HealthTipsWindow(HealthTips tips) {
        this.tips = tips;
    }

    /** Opens the window, or brings it to the front when it is already open. */
    public void showWindow() {
        if (!SwingUtilities.isEventDispatchThread()) {
            SwingUtilities.invokeLater(this::showWindow);
            return;
        }
        if (frame == null || !frame.isDisplayable()) {
            frame = build();
            frame.setLocationRelativeTo(null);
        }
        frame.setVisible(true);
        frame.toFront();
    }

    /** The window while it exists; for tests. Call on the event thread. */
    Optional<JFrame> frame() {
        return Optional.ofNullable(frame).filter(JFrame::isDisplayable);
    }

    private JFrame build() {
        JFrame f = new JFrame(tips.title());
        f.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
        f.getAccessibleContext().setAccessibleName(tips.title());
        f.getAccessibleContext().setAccessibleDescription(TEXT.text("window.description"));

        JEditorPane text = new JEditorPane();
        text.setContentType("text/html");
        text.setEditable(false);
        // Use the look-and-feel font and colours instead of the HTML kit's defaults, so dark themes read well.
        text.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, Boolean.TRUE);
        text.setText(HealthTipsHtml.render(tips, accent()));
        text.setCaretPosition(0);
        text.setBorder(BorderFactory.createEmptyBorder(8, 12, 8, 12));
        text.getAccessibleContext().setAccessibleName(tips.title());
        text.getAccessibleContext().setAccessibleDescription(TEXT.text("window.description"));

        JScrollPane scroll = new JScrollPane(text);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.getVerticalScrollBar().setUnitIncrement(16);

        AbstractAction close = new AbstractAction(TEXT.text("window.close")) {
            @Override
            public void actionPerformed(ActionEvent e) {
                f.dispose();
            }
        };
        JButton closeButton = new JButton(close);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING));
        buttons.add(closeButton);

        JPanel content = new JPanel(new BorderLayout());
        content.add(scroll, BorderLayout.CENTER);
        content.add(buttons, BorderLayout.SOUTH);
        f.setContentPane(content);
        f.getRootPane().setDefaultButton(closeButton);
        f.getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "close");
        f.getRootPane().getActionMap().put("close", close);

        f.setSize(SIZE);
        f.setMinimumSize(new Dimension(360, 300));
        return f;
    }

    private static Color accent() {
        Color accent = UIManager.getColor("Component.accentColor");
        return accent != null ? accent : new Color(0x4a6fa5);
    }
}
