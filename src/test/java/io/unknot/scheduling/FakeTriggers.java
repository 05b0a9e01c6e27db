package io.unknot.scheduling;

import io.unknot.core.FakeTime;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Timers on fake time, fired by the test: {@link #runFor} moves the clock from one due trigger to the next and
 * fires each in turn, on the test's own thread. Like Quartz, it fires the first beat at start, then every
 * heartbeat, and a planned moment once.
 */
final class FakeTriggers implements TriggerSource {

    private final FakeTime time;
    private final List<String> fired = new ArrayList<>();
    private final List<Duration> heartbeats = new ArrayList<>();
    private Runnable action;
    private Instant nextBeat;
    private Optional<Instant> planned = Optional.empty();
    private Instant started;

    FakeTriggers(FakeTime time) {
        this.time = time;
    }

    @Override
    public void start(Duration heartbeat, Runnable onFire) {
        action = onFire;
        started = time.instant();
        heartbeats.add(heartbeat);
        nextBeat = started;
    }

    @Override
    public void setHeartbeat(Duration heartbeat) {
        heartbeats.add(heartbeat);
        nextBeat = time.instant().plus(heartbeat);
    }

    @Override
    public void planAt(Optional<Instant> moment) {
        planned = moment;
    }

    @Override
    public void stop() {
        action = null;
        planned = Optional.empty();
    }

    /** Fires every trigger due within {@code span} from now, in time order, then leaves the clock at its end. */
    void runFor(Duration span) {
        Instant end = time.instant().plus(span);
        while (action != null) {
            boolean dueFirst = planned.isPresent() && !planned.get().isAfter(nextBeat);
            Instant next = dueFirst ? planned.get() : nextBeat;
            if (next.isAfter(end)) {
                break;
            }
            moveTo(next);
            if (dueFirst) {
                planned = Optional.empty();
                fire("due");
            } else {
                nextBeat = nextBeat.plus(heartbeats.get(heartbeats.size() - 1));
                fire("beat");
            }
        }
        moveTo(end);
    }

    /** What fired, as "beat" or "due" with the time since start, e.g. "due@PT2S". */
    List<String> fired() {
        return List.copyOf(fired);
    }

    /** Every heartbeat asked for, the one at start first. */
    List<Duration> heartbeats() {
        return List.copyOf(heartbeats);
    }

    Optional<Instant> planned() {
        return planned;
    }

    private void fire(String which) {
        fired.add(which + "@" + Duration.between(started, time.instant()));
        action.run();
    }

    private void moveTo(Instant moment) {
        if (moment.isAfter(time.instant())) {
            time.advance(Duration.between(time.instant(), moment));
        }
    }
}
