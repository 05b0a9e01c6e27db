package io.unknot.ui;

/** For texts put into the HTML that Swing labels and panes render. */
public final class Html {

    private Html() {
    }

    /** {@code text} with the characters HTML would read as markup written as entities. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
