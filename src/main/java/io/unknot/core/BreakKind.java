package io.unknot.core;

import java.util.Locale;
import java.util.Optional;

/** The kinds of break Unknot raises. {@link #id()} is the stable name used in settings, history and the CLI. */
public enum BreakKind {
    /** Look away and loosen the shoulders, every few minutes of desk time. */
    MICRO,
    /** A guided stretch. */
    STRETCH,
    /** An aerobic move, offered instead of a stretch once sitting has gone on too long without one. */
    MOVEMENT,
    /** Pull over, walk and stretch, after a long stretch of driving. */
    DRIVING;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<BreakKind> fromId(String id) {
        for (BreakKind kind : values()) {
            if (kind.id().equalsIgnoreCase(id)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
