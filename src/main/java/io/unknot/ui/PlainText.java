package io.unknot.ui;

import javax.swing.JComponent;
import javax.swing.plaf.basic.BasicHTML;

/**
 * Swing renders a label's or tool tip's text as HTML when it starts with {@code <html>}, and HTML may load images
 * from the network. Text the user wrote (suggestion titles and steps) must show as the characters they typed.
 */
public final class PlainText {

    /** The client property Swing's label and tool-tip UIs check before rendering HTML. */
    static final String HTML_DISABLE = "html.disable";

    private PlainText() {
    }

    /** Makes {@code component} show its text as plain text, whatever it starts with. */
    public static <C extends JComponent> C only(C component) {
        component.putClientProperty(HTML_DISABLE, Boolean.TRUE);
        component.putClientProperty(BasicHTML.propertyKey, null); // drops a view already rendered
        return component;
    }
}
