package io.unknot.history;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One local calendar day of history.
 *
 * @param desk            desk sitting time
 * @param driving         driving time, recorded and logged by hand
 * @param longestStretch  the longest sitting without a break in between (see {@link Statistics})
 * @param suggestionsDone how often each suggestion was done, by suggestion id
 * @param breaksIgnored   breaks that ran their course while the user kept working through them
 */
public record DayFigures(LocalDate date, Duration desk, Duration driving, Duration longestStretch, int breaksDone,
                         int breaksPostponed, int breaksSkipped, int breaksTakenNaturally,
                         Map<String, Integer> suggestionsDone, int breaksIgnored) {

    public DayFigures {
        suggestionsDone = Map.copyOf(suggestionsDone);
    }

    public Duration sitting() {
        return desk.plus(driving);
    }

    /**
     * Breaks done out of the breaks that ended (done, skipped or ignored), from 0 to 1; empty on a day without any.
     * A postponed break is not counted separately: it comes back and ends done, skipped or ignored.
     */
    public OptionalDouble shareDone() {
        int ended = breaksDone + breaksSkipped + breaksIgnored;
        return ended == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) breaksDone / ended);
    }

    public int suggestionsDoneCount() {
        return suggestionsDone.values().stream().mapToInt(Integer::intValue).sum();
    }
}
