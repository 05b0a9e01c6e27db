package io.unknot.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds string literals handed straight to user-facing Swing/AWT/tray calls in Java source: {@code setText("x")},
 * {@code new JLabel("x")}, {@code showMessageDialog(parent, "x")} and the like. Literals inside a nested call
 * (e.g. a bundle key in {@code texts.text("key")}, an icon path) do not count, except inside formatting calls
 * ({@code String.format}, {@code .formatted}) whose text is shown. Allowed, because they are not language:
 * literals without any letter once HTML tags are left out ({@code ", "}, {@code "<html>"}, {@code "\u2013"}),
 * and bundle keys handed to a helper ({@code "tab.week"}: lower-case dotted names).
 */
final class LiteralScanner {

    /** One finding: the line and the literal as written. */
    record Finding(int line, String call, String literal) {
        @Override
        public String toString() {
            return "line " + line + ": " + call + "(… " + literal + " …)";
        }
    }

    private static final Pattern CALLS = Pattern.compile(
            "(?<![\\w$])(?:(?<method>setText|setTitle|setToolTipText|setToolTipTextAt|setTitleAt|setAccessibleName"
                    + "|setAccessibleDescription|showMessageDialog|showConfirmDialog|showOptionDialog|showInputDialog"
                    + "|showInternalMessageDialog|createTitledBorder|addTab|insertTab"
                    + "|displayMessage|setTooltip|setStatus|setLabel|putClientProperty)"
                    + "|new\\s+(?<type>JLabel|JButton|JCheckBox|JRadioButton|JToggleButton|JMenuItem|JMenu"
                    + "|JCheckBoxMenuItem|JRadioButtonMenuItem|TitledBorder|JFrame|JDialog|JTextArea|JOptionPane"
                    + "|JPopupMenu|JInternalFrame|AbstractAction|TrayIcon|MenuItem|Menu|CheckboxMenuItem|PopupMenu"
                    + "|Checkbox|Label|Button|Frame|Dialog))\\s*\\(");
    /** Calls whose literal arguments are shown as text even though they are nested. */
    private static final Pattern BUNDLE_KEY = Pattern.compile("[a-z][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)+");
    /** Whole tags, the tail of a tag begun in an earlier literal ("px'>"), a tag ended in a later one. */
    private static final Pattern MARKUP = Pattern.compile("<[^<>]*>|^[^<>\\s]*['\"]?>|<[^<>]*$");
    private static final Pattern FORMATTERS = Pattern.compile(
            "(?:String\\s*\\.\\s*format|MessageFormat\\s*\\.\\s*format|\\.\\s*formatted|String\\s*\\.\\s*join"
                    + "|\\.\\s*concat)\\s*$");

    private LiteralScanner() {
    }

    static List<Finding> scan(String source) {
        Masked masked = Masked.of(source);
        List<Finding> findings = new ArrayList<>();
        Matcher m = CALLS.matcher(masked.code);
        while (m.find()) {
            String call = m.group("method") != null ? m.group("method") : "new " + m.group("type");
            int open = m.end() - 1;
            int close = masked.closingParen(open);
            if (close < 0) {
                continue;
            }
            if (call.equals("putClientProperty") && !isPlaceholder(masked.code.substring(open, close))) {
                continue;
            }
            for (Literal literal : masked.literals) {
                if (literal.start > open && literal.end <= close && isLanguage(literal.value)
                        && masked.shownDirectly(open, literal.start)) {
                    findings.add(new Finding(masked.lineOf(literal.start), call, source.substring(literal.start,
                            literal.end)));
                }
            }
        }
        return findings;
    }

    private static boolean isPlaceholder(String args) {
        return args.contains("PLACEHOLDER_TEXT") || args.contains("placeholderText");
    }

    private static boolean isLanguage(String written) {
        String text = unescape(written);
        if (BUNDLE_KEY.matcher(text).matches()) {
            return false;
        }
        return MARKUP.matcher(text).replaceAll("").codePoints().anyMatch(Character::isLetter);
    }

    /** The literal's text as Java reads it ("\\u2013" is a dash, not the letter u). */
    private static String unescape(String written) {
        StringBuilder out = new StringBuilder(written.length());
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c != '\\' || i + 1 >= written.length()) {
                out.append(c);
                continue;
            }
            char next = written.charAt(++i);
            if (next == 'u') {
                while (i + 1 < written.length() && written.charAt(i + 1) == 'u') {
                    i++;
                }
                if (i + 4 < written.length()) {
                    out.append((char) Integer.parseInt(written.substring(i + 1, i + 5), 16));
                    i += 4;
                }
            } else {
                out.append(switch (next) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    case 's' -> ' ';
                    default -> next; // quotes, backslash; octal escapes are not language either
                });
            }
        }
        return out.toString();
    }

    private record Literal(int start, int end, String value) {}

    /**
     * The source with comments blanked and the insides of string and char literals replaced by spaces (so
     * parentheses in them do not count), keeping every offset; plus where the string literals are.
     */
    private static final class Masked {
        final String code;
        final List<Literal> literals;
        final String original;

        private Masked(String code, List<Literal> literals, String original) {
            this.code = code;
            this.literals = literals;
            this.original = original;
        }

        static Masked of(String s) {
            StringBuilder out = new StringBuilder(s);
            List<Literal> literals = new ArrayList<>();
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (s.startsWith("//", i)) {
                    int end = s.indexOf('\n', i);
                    end = end < 0 ? s.length() : end;
                    blank(out, i, end);
                    i = end;
                } else if (s.startsWith("/*", i)) {
                    int end = s.indexOf("*/", i + 2);
                    end = end < 0 ? s.length() : end + 2;
                    blank(out, i, end);
                    i = end;
                } else if (s.startsWith("\"\"\"", i)) {
                    int end = s.indexOf("\"\"\"", i + 3);
                    end = end < 0 ? s.length() : end + 3;
                    literals.add(new Literal(i, end, s.substring(i + 3, Math.max(i + 3, end - 3))));
                    blank(out, i + 3, end - 3);
                    i = end;
                } else if (c == '"' || c == '\'') {
                    int j = i + 1;
                    while (j < s.length() && s.charAt(j) != c && s.charAt(j) != '\n') {
                        j += s.charAt(j) == '\\' ? 2 : 1;
                    }
                    int end = Math.min(j + 1, s.length());
                    if (c == '"') {
                        literals.add(new Literal(i, end, s.substring(i + 1, Math.max(i + 1, end - 1))));
                    }
                    blank(out, i + 1, end - 1);
                    i = end;
                } else {
                    i++;
                }
            }
            return new Masked(out.toString(), literals, s);
        }

        private static void blank(StringBuilder out, int from, int to) {
            for (int k = from; k < to; k++) {
                if (out.charAt(k) != '\n') {
                    out.setCharAt(k, ' ');
                }
            }
        }

        int closingParen(int open) {
            int depth = 0;
            for (int k = open; k < code.length(); k++) {
                char c = code.charAt(k);
                if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    return k;
                }
            }
            return -1;
        }

        /** True when no call opened between the argument list and the literal, formatting calls aside. */
        boolean shownDirectly(int open, int at) {
            List<Integer> opens = new ArrayList<>();
            for (int k = open + 1; k < at; k++) {
                char c = code.charAt(k);
                if (c == '(') {
                    opens.add(k);
                } else if (c == ')') {
                    opens.remove(opens.size() - 1);
                }
            }
            for (int paren : opens) {
                String before = code.substring(Math.max(0, paren - 40), paren);
                boolean grouping = before.stripTrailing().isEmpty()
                        || !Character.isJavaIdentifierPart(before.stripTrailing().charAt(before.stripTrailing().length() - 1));
                if (!grouping && !FORMATTERS.matcher(before).find()) {
                    return false;
                }
            }
            return true;
        }

        int lineOf(int offset) {
            int line = 1;
            for (int k = 0; k < offset; k++) {
                if (original.charAt(k) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }
}
