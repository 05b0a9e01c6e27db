package io.unknot.core;

/** Why a suggestion is wanted: one per break kind, plus the stretch after a drive and the end-of-day rest. */
public enum SuggestionNeed {
    MICRO, STRETCH, MOVEMENT, DRIVING, POST_DRIVE, REST;

    public static SuggestionNeed of(BreakKind kind) {
        return switch (kind) {
            case MICRO -> MICRO;
            case STRETCH -> STRETCH;
            case MOVEMENT -> MOVEMENT;
            case DRIVING -> DRIVING;
        };
    }
}
