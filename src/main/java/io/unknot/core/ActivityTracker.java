package io.unknot.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns idle-time samples into active spans and idle stretches, all in engine time.
 *
 * <p>Rules, in the spirit of Workrave's activity monitor:
 * <ul>
 *   <li>Time between two inputs less than the idle threshold apart is active.</li>
 *   <li>The time after the last input is pending: it becomes active when the next input comes before the
 *       threshold, and part of an idle stretch when the threshold is reached first (the whole stretch since the
 *       last input is then not active).</li>
 *   <li>Noise: after an idle stretch the user counts as back only when input goes on for at least
 *       {@link #RETURN_CONFIRMATION}. A single bump of the mouse, followed by another threshold of quiet, leaves
 *       the stretch unbroken.</li>
 *   <li>A suspend is an idle stretch; inputs the platform dates inside it are ignored.</li>
 *   <li>One sample can show both: input since the last sample, then a threshold of quiet (the process was
 *       stopped, or starved of CPU). That quiet is an idle stretch as well.</li>
 *   <li>Without idle detection (no source, or fixed-interval mode) every running moment is active.</li>
 * </ul>
 */
final class ActivityTracker {

    /** How long input must go on after an idle stretch before the user counts as back. */
    static final Duration RETURN_CONFIRMATION = Duration.ofSeconds(1);

    /** A span of engine time, start inclusive, end exclusive. */
    record Span(Duration start, Duration end) {
        Duration length() {
            return end.minus(start);
        }
    }

    /** An idle stretch as seen so far; {@code id} tells stretches apart. */
    record Stretch(long id, Duration length) {}

    /** What one sample taught: spans now known to be active, and the idle stretch in progress or just ended. */
    record Observation(List<Span> active, Optional<Stretch> stretch) {}

    private Duration lastInput;
    private Duration activeUntil;
    private Duration floor;
    private boolean idle;
    private Duration idleStart = Duration.ZERO;
    private Optional<Duration> returnAt = Optional.empty();
    private long stretchId;

    ActivityTracker(Duration now) {
        restart(now);
    }

    /** Starts afresh at {@code now}, as if the user had just given input (after a break or a drive). */
    void restart(Duration now) {
        lastInput = now;
        activeUntil = now;
        floor = now;
        idle = false;
        returnAt = Optional.empty();
    }

    boolean idle() {
        return idle;
    }

    /** Time after the last input that will count as active if input comes before the threshold. */
    Duration pending(Duration now) {
        return idle ? Duration.ZERO : nonNegative(now.minus(lastInput));
    }

    /** Counts the pending time as active now (a break or a drive begins). */
    List<Span> flush(Duration now) {
        List<Span> active = new ArrayList<>(1);
        if (!idle) {
            commit(active, now);
            lastInput = now;
        }
        return active;
    }

    /**
     * Takes one step and the idle sample taken at its end.
     *
     * @param countIdle false when idle must not stop the timers (no idle source, fixed-interval mode)
     */
    Observation observe(TimeBase.Step step, Optional<Duration> idleSample, boolean countIdle, Duration threshold) {
        List<Span> active = new ArrayList<>(1);
        Optional<Stretch> ended = Optional.empty();
        if (!step.suspended().isZero()) {
            asleep(active, step.resumedAt());
        }
        Duration now = step.end();
        if (!countIdle || idleSample.isEmpty()) {
            if (idle) {
                ended = Optional.of(endStretch(active, max(floor, idleStart)));
            }
            commit(active, now);
            lastInput = now;
            return new Observation(active, ended);
        }
        Duration input = now.minus(idleSample.get());
        boolean fresh = input.compareTo(lastInput) > 0 && input.compareTo(floor) >= 0;
        if (!idle) {
            if (fresh && input.minus(lastInput).compareTo(threshold) < 0) {
                commit(active, input);
                lastInput = input;
                if (now.minus(input).compareTo(threshold) >= 0) {
                    // A long step (the process was stopped): the quiet after this input is an idle stretch
                    // already, not time still pending that could make a break due for someone who is away.
                    beginStretch(active);
                }
            } else if (fresh) {
                // A whole idle stretch fell between two samples; this input may be the user coming back.
                beginStretch(active);
                returnAt = Optional.of(input);
                lastInput = input;
            } else if (now.minus(lastInput).compareTo(threshold) >= 0) {
                beginStretch(active);
            }
        } else if (fresh) {
            boolean continues = input.minus(lastInput).compareTo(threshold) < 0;
            if (returnAt.isPresent() && continues
                    && input.minus(returnAt.get()).compareTo(RETURN_CONFIRMATION) >= 0) {
                ended = Optional.of(endStretch(active, returnAt.get()));
                commit(active, input);
            } else if (returnAt.isEmpty() || !continues) {
                returnAt = Optional.of(input);
            }
            lastInput = input;
        }
        if (idle && returnAt.isPresent() && now.minus(lastInput).compareTo(threshold) >= 0) {
            returnAt = Optional.empty(); // the input after the stretch was noise; the stretch goes on
        }
        if (idle) {
            Duration end = returnAt.orElse(now);
            return new Observation(active, Optional.of(new Stretch(stretchId, nonNegative(end.minus(idleStart)))));
        }
        return new Observation(active, ended);
    }

    private void asleep(List<Span> active, Duration resumedAt) {
        if (!idle) {
            beginStretch(active);
        }
        returnAt = Optional.empty();
        floor = resumedAt;
    }

    private void beginStretch(List<Span> active) {
        commit(active, lastInput);
        idle = true;
        idleStart = lastInput;
        returnAt = Optional.empty();
        stretchId++;
    }

    private Stretch endStretch(List<Span> active, Duration backAt) {
        Stretch stretch = new Stretch(stretchId, nonNegative(backAt.minus(idleStart)));
        idle = false;
        returnAt = Optional.empty();
        activeUntil = max(activeUntil, backAt);
        commit(active, backAt);
        return stretch;
    }

    private void commit(List<Span> active, Duration upTo) {
        if (upTo.compareTo(activeUntil) > 0) {
            active.add(new Span(activeUntil, upTo));
            activeUntil = upTo;
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Duration nonNegative(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}
