package io.unknot.platform.autostart;

/** The macOS LaunchAgent that launchd starts at login (see launchd.plist(5)). */
final class LaunchAgentPlist {

    static final String LABEL = "io.unknot.Unknot";
    static final String FILE_NAME = LABEL + ".plist";

    private LaunchAgentPlist() {
    }

    static String content(LaunchCommand command) {
        StringBuilder xml = new StringBuilder()
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\""
                        + " \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n")
                .append("<plist version=\"1.0\">\n<dict>\n")
                .append("  <key>Label</key>\n  <string>").append(LABEL).append("</string>\n")
                .append("  <key>ProgramArguments</key>\n  <array>\n");
        command.arguments().forEach(a -> xml.append("    <string>").append(escape(a)).append("</string>\n"));
        return xml.append("  </array>\n")
                .append("  <key>RunAtLoad</key>\n  <true/>\n")
                // Interactive: launchd must not throttle a tray app like a background daemon.
                .append("  <key>ProcessType</key>\n  <string>Interactive</string>\n")
                .append("  <key>LimitLoadToSessionType</key>\n  <string>Aqua</string>\n")
                .append("</dict>\n</plist>\n")
                .toString();
    }

    /** The label is Unknot's reverse-DNS name: a file carrying it is ours. */
    static boolean isOurs(String content) {
        return content.contains("<string>" + LABEL + "</string>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
