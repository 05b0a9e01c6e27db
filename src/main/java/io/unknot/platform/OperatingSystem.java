package io.unknot.platform;

import java.util.Locale;

/** The operating systems Unknot tells apart, from the {@code os.name} system property. */
public enum OperatingSystem {
    LINUX, WINDOWS, MAC, OTHER;

    public static OperatingSystem current() {
        return of(System.getProperty("os.name", ""));
    }

    static OperatingSystem of(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return WINDOWS;
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return MAC;
        }
        if (os.contains("linux") || os.contains("bsd")) {
            return LINUX;
        }
        return OTHER;
    }
}
