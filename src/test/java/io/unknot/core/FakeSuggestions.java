package io.unknot.core;

import io.unknot.core.suggest.BodyArea;
import io.unknot.core.suggest.Category;
import io.unknot.core.suggest.Routine;
import io.unknot.core.suggest.Suggestion;
import io.unknot.core.suggest.SuggestionNeed;
import io.unknot.core.suggest.SuggestionSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Builds a fresh, numbered suggestion for every request, and routines of {@link #movesPerBreak} equal moves. */
final class FakeSuggestions implements SuggestionSource {

    private int picked;
    private int movesPerBreak = 1;

    /** Every break from now on gets this many moves of equal length. */
    void movesPerBreak(int value) {
        movesPerBreak = value;
    }

    @Override
    public Routine routine(SuggestionNeed need, Duration length, Instant now) {
        List<Routine.Move> moves = new ArrayList<>();
        for (int i = 0; i < movesPerBreak; i++) {
            moves.add(new Routine.Move(pick(need, now), length.dividedBy(movesPerBreak)));
        }
        return new Routine(moves);
    }

    @Override
    public Suggestion pick(SuggestionNeed need, Instant now) {
        picked++;
        String id = need.name().toLowerCase() + "-" + picked;
        return new Suggestion(id, "Test move " + id, List.of("Do it"), Duration.ofSeconds(20), BodyArea.NECK,
                Category.STRETCH, Set.of(need), id + ".svg", Optional.empty());
    }
}
