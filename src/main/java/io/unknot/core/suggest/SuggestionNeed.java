package io.unknot.core.suggest;

/** Why a suggestion is wanted: one per break kind, plus the stretch after a drive and the end-of-day rest. */
public enum SuggestionNeed {
    MICRO, STRETCH, MOVEMENT, DRIVING, POST_DRIVE, REST
}
