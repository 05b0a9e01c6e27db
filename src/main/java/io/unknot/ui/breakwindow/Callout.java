package io.unknot.ui.breakwindow;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.extras.FlatSVGIcon;
import com.formdev.flatlaf.util.UIScale;
import io.unknot.i18n.Messages;
import io.unknot.ui.MultilineLabel;

import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.SwingConstants;
import javax.swing.UIManager;
import java.awt.BorderLayout;

/**
 * A safety note as a callout that cannot be overlooked: a rounded box tinted with the theme's warning colour, a
 * caution sign and a bold "Take care" heading above the note. Used wherever a suggestion is shown.
 */
final class Callout extends JPanel {

    private final Messages texts;
    private static final String ICON = "io/unknot/ui/breakwindow/caution.svg";

    final JTextArea note;

    Callout(Messages texts, String text, int columns) {
        super(new BorderLayout(UIScale.scale(10), 0));
        this.texts = texts;
        putClientProperty(FlatClientProperties.STYLE, "arc: 12;"
                + "background: mix($Component.warning.focusedBorderColor,$Panel.background,22%)");
        setBorder(BorderFactory.createEmptyBorder(UIScale.scale(10), UIScale.scale(12), UIScale.scale(10),
                UIScale.scale(12)));

        JLabel sign = new JLabel(new FlatSVGIcon(ICON, 20, 20));
        sign.setVerticalAlignment(SwingConstants.TOP);
        JLabel heading = new JLabel(texts.text("safety.heading"));
        heading.putClientProperty(FlatClientProperties.STYLE_CLASS, "h4");
        note = MultilineLabel.of(text, columns);
        note.setFont(UIManager.getFont("Label.font"));
        note.setForeground(UIManager.getColor("Label.foreground"));
        if (columns > 0) {
            note.setSize(note.getPreferredSize().width, Short.MAX_VALUE);
        }
        JPanel words = new JPanel(new BorderLayout(0, UIScale.scale(2)));
        words.setOpaque(false);
        words.add(heading, BorderLayout.NORTH);
        words.add(note, BorderLayout.CENTER);
        add(sign, BorderLayout.WEST);
        add(words, BorderLayout.CENTER);
        getAccessibleContext().setAccessibleName(texts.text("safety", text));
        note.getAccessibleContext().setAccessibleName(texts.text("safety", text));
    }
}
