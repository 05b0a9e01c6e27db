package io.unknot.ui.icons;

import io.unknot.core.EngineStatus;

import java.time.Duration;

/** Which picture the tray shows. Each state has an SVG master and PNGs under {@code assets/icons/tray}. */
public enum TrayIconState {
    COUNTING("counting"),
    DUE_SOON("due-soon"),
    ON_BREAK("on-break"),
    PAUSED("paused"),
    DRIVING("driving");

    /** Long enough to notice at a glance, short enough that the icon does not cry wolf. */
    static final Duration DUE_SOON_WITHIN = Duration.ofMinutes(2);

    private final String fileName;

    TrayIconState(String fileName) {
        this.fileName = fileName;
    }

    /** The base of the file names, e.g. {@code due-soon} for {@code due-soon-24.png}. */
    public String fileName() {
        return fileName;
    }

    public static TrayIconState of(EngineStatus status) {
        return switch (status.state()) {
            case ON_BREAK -> ON_BREAK;
            case PAUSED, OFF_HOURS -> PAUSED;
            case DRIVING -> dueSoon(status) ? DUE_SOON : DRIVING;
            case ACTIVE, IDLE -> dueSoon(status) ? DUE_SOON : COUNTING;
        };
    }

    private static boolean dueSoon(EngineStatus status) {
        return status.nextBreak().map(next -> next.in().compareTo(DUE_SOON_WITHIN) <= 0).orElse(false);
    }
}
