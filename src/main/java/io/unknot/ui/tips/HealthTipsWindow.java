package io.unknot.ui.tips;

import io.unknot.catalog.HealthTipTexts;
import com.formdev.flatlaf.util.UIScale;
import io.unknot.core.suggest.HealthTips;
import io.unknot.i18n.Language;
import io.unknot.i18n.Messages;

import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JEditorPane;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSeparator;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.Optional;

/**
 * A small window with the {@link HealthTips}: readable, scrollable, closed with Escape or the Close button.
 * Safe to call from any thread; the window is built and shown on the Swing event thread.
 */
public final class HealthTipsWindow {

    private final Messages texts;
    private static final Dimension SIZE = new Dimension(620, 680);
    /** A dialog's standard margin, unscaled. */
    private static final int MARGIN = 16;

    private final HealthTips tips;
    private JFrame frame;

    /** Tips in the current UI language. */
    public HealthTipsWindow(Language language) {
        this(language, HealthTipTexts.load(language.locale()));
    }

    HealthTipsWindow(Language language, HealthTips tips) {
        this.texts = language.messages("health");
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

    /** The window while it is on screen, for a break window that keeps it above itself. Call on the event thread. */
    public Optional<Window> shown() {
        return frame().filter(JFrame::isShowing).map(Window.class::cast);
    }

    /** The window while it exists; for tests. Call on the event thread. */
    Optional<JFrame> frame() {
        return Optional.ofNullable(frame).filter(JFrame::isDisplayable);
    }

    private JFrame build() {
        JFrame f = new JFrame(tips.title());
        f.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
        f.getAccessibleContext().setAccessibleName(tips.title());
        f.getAccessibleContext().setAccessibleDescription(texts.text("window.description"));

        JEditorPane text = new JEditorPane();
        text.setContentType("text/html");
        text.setEditable(false);
        // Use the look-and-feel font and colours instead of the HTML kit's defaults, so dark themes read well.
        text.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, Boolean.TRUE);
        text.setText(HealthTipsHtml.render(tips, UIManager.getColor("Component.accentColor"),
                UIManager.getColor("Panel.background"), UIManager.getColor("Label.foreground")));
        text.setCaretPosition(0);
        int margin = UIScale.scale(MARGIN);
        text.setBorder(BorderFactory.createEmptyBorder(margin, margin, UIScale.scale(8), margin));
        text.getAccessibleContext().setAccessibleName(tips.title());
        text.getAccessibleContext().setAccessibleDescription(texts.text("window.description"));

        JScrollPane scroll = new JScrollPane(text);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.getVerticalScrollBar().setUnitIncrement(UIScale.scale(16));

        AbstractAction close = new AbstractAction(texts.text("window.close")) {
            @Override
            public void actionPerformed(ActionEvent e) {
                f.dispose();
            }
        };
        JButton closeButton = new JButton(close);
        // The Close button a standard dialog margin from the window's corner.
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING, 0, 0));
        buttons.setBorder(BorderFactory.createEmptyBorder(UIScale.scale(10), margin, margin, margin));
        buttons.add(closeButton);
        JPanel footer = new JPanel(new BorderLayout());
        footer.add(new JSeparator(), BorderLayout.PAGE_START); // follows the theme, a fixed colour would not
        footer.add(buttons, BorderLayout.CENTER);

        JPanel content = new JPanel(new BorderLayout());
        content.add(scroll, BorderLayout.CENTER);
        content.add(footer, BorderLayout.SOUTH);
        f.setContentPane(content);
        f.getRootPane().setDefaultButton(closeButton);
        f.getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "close");
        f.getRootPane().getActionMap().put("close", close);

        f.setSize(UIScale.scale(SIZE));
        f.setMinimumSize(UIScale.scale(new Dimension(360, 300)));
        return f;
    }
}
