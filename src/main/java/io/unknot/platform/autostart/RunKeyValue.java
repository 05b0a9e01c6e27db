package io.unknot.platform.autostart;

import java.util.stream.Collectors;

/** The data of the Windows Run value: one command line, quoted the way CommandLineToArgvW splits it again. */
final class RunKeyValue {

    static final String KEY = "Software\\Microsoft\\Windows\\CurrentVersion\\Run";
    static final String NAME = "Unknot";

    private RunKeyValue() {
    }

    static String data(LaunchCommand command) {
        return command.arguments().stream().map(RunKeyValue::quote).collect(Collectors.joining(" "));
    }

    /** Quotes every argument (the program path included, which Windows otherwise splits at its first space). */
    static String quote(String argument) {
        StringBuilder quoted = new StringBuilder("\"");
        int backslashes = 0;
        for (char c : argument.toCharArray()) {
            if (c == '\\') {
                backslashes++;
                continue;
            }
            // Backslashes count double only right before a quote (the argument's own or the closing one).
            quoted.append("\\".repeat(c == '"' ? backslashes * 2 + 1 : backslashes)).append(c);
            backslashes = 0;
        }
        return quoted.append("\\".repeat(backslashes * 2)).append('"').toString();
    }
}
