package io.unknot.core;

import io.unknot.core.suggest.BodyArea;
import io.unknot.core.suggest.Category;
import io.unknot.core.suggest.Suggestion;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Builds a fresh, numbered suggestion for every request. */
final class FakeSuggestions implements SuggestionSource {

    private int picked;

    @Override
    public Suggestion pick(SuggestionNeed need, Instant now) {
        picked++;
        String id = need.name().toLowerCase() + "-" + picked;
        return new Suggestion(id, "Test move " + id, List.of("Do it"), Duration.ofSeconds(20), BodyArea.NECK,
                Category.STRETCH, Set.of(need), id + ".svg", Optional.empty());
    }
}
