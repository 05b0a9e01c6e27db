package io.unknot.core.suggest;


import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One concrete move, rest or remedy shown in a break.
 *
 * @param needs        the breaks it suits
 * @param illustration file name under {@code assets/illustrations}
 * @param safetyNote   a caution shown with it, where one applies
 */
public record Suggestion(String id, String title, List<String> steps, Duration duration, BodyArea area,
                         Category category, Set<SuggestionNeed> needs, String illustration,
                         Optional<String> safetyNote) {

    /** The illustration shown when a suggestion names none or one that does not exist. */
    public static final String DEFAULT_ILLUSTRATION = "default.svg";

    public Suggestion {
        steps = List.copyOf(steps);
        needs = Set.copyOf(needs);
    }
}
