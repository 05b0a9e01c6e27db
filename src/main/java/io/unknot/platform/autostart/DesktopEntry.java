package io.unknot.platform.autostart;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The XDG autostart entry (freedesktop.org Desktop Entry and Desktop Application Autostart specifications).
 * The marker key tells Unknot's own file from one the user wrote at the same place.
 */
final class DesktopEntry {

    static final String FILE_NAME = "unknot.desktop";
    static final String MARKER = "X-Unknot-Autostart=true";

    /** Characters that force an Exec argument into double quotes (Desktop Entry spec, "The Exec key"). */
    private static final String RESERVED = " \t\"'\\><~|&;$*?#()`";
    /** Characters that must be backslash-escaped inside a quoted Exec argument. */
    private static final String ESCAPED_IN_QUOTES = "\"`$\\";

    private DesktopEntry() {
    }

    static String content(LaunchCommand command) {
        return String.join("\n",
                "[Desktop Entry]",
                "Type=Application",
                "Version=1.0",
                "Name=Unknot",
                // TryExec: once the package is removed, desktops skip this entry instead of failing at each login.
                "TryExec=" + escapeString(command.program()),
                "Exec=" + exec(command.arguments()),
                "Terminal=false",
                "X-GNOME-Autostart-enabled=true",
                MARKER,
                "");
    }

    static boolean isOurs(String content) {
        return content.lines().map(String::strip).anyMatch(MARKER::equals);
    }

    static String exec(List<String> arguments) {
        return arguments.stream().map(DesktopEntry::execArgument).collect(Collectors.joining(" "));
    }

    private static String execArgument(String argument) {
        if (argument.contains("\n") || argument.contains("\r")) {
            throw new IllegalArgumentException("a desktop entry cannot hold a line break: " + argument);
        }
        // A literal % would be read as a field code such as %f.
        String noFieldCodes = argument.replace("%", "%%");
        boolean quote = noFieldCodes.isEmpty() || noFieldCodes.chars().anyMatch(c -> RESERVED.indexOf(c) >= 0);
        if (!quote) {
            return noFieldCodes;
        }
        StringBuilder quoted = new StringBuilder("\"");
        noFieldCodes.chars().forEach(c -> {
            if (ESCAPED_IN_QUOTES.indexOf(c) >= 0) {
                quoted.append('\\');
            }
            quoted.append((char) c);
        });
        // The string-value escape (\\ for \) applies on top of the quoting rule, so one \ ends up as four.
        return escapeString(quoted.append('"').toString());
    }

    private static String escapeString(String value) {
        if (value.contains("\n") || value.contains("\r")) {
            throw new IllegalArgumentException("a desktop entry cannot hold a line break: " + value);
        }
        return value.replace("\\", "\\\\").replace("\t", "\\t");
    }
}
