package io.unknot.core.suggest;

import java.time.Duration;
import java.time.Instant;

/** Chooses the concrete moves shown with a break. */
@FunctionalInterface
public interface SuggestionSource {

    /** The suggestion for a break of this kind, or for the post-drive stretch and the end-of-day rest. */
    Suggestion pick(SuggestionNeed need, Instant now);

    /**
     * The moves for a break of {@code length}, in order. Sources that only know single suggestions show one move
     * for the whole break.
     */
    default Routine routine(SuggestionNeed need, Duration length, Instant now) {
        return Routine.single(pick(need, now), length);
    }
}
