package io.unknot.core;

import io.unknot.core.suggest.Suggestion;

import java.time.Instant;

/** Chooses the concrete move shown with a break. */
@FunctionalInterface
public interface SuggestionSource {

    /** The suggestion for a break of this kind, or for the post-drive stretch and the end-of-day rest. */
    Suggestion pick(SuggestionNeed need, Instant now);
}
