package io.unknot.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What {@link EngineDriver} needs from a timer service: a repeating heartbeat and one moment that can be moved.
 * Both call the same action. Quartz provides it in the app ({@link QuartzTriggers}); tests drive the driver with a
 * fake on fake time, so its decisions are checked without waiting on the real clock.
 */
interface TriggerSource {

    /** Starts firing {@code action}: once at once, then every {@code heartbeat}, and at each planned moment. */
    void start(Duration heartbeat, Runnable action);

    /** Beats at a new rate; the first new beat comes one new interval from now. */
    void setHeartbeat(Duration heartbeat);

    /**
     * Fires the action once at {@code moment} (at once if it has passed), replacing the moment planned before;
     * empty plans none. Planning the moment that is already planned and still pending changes nothing.
     */
    void planAt(Optional<Instant> moment);

    /** Stops firing, without waiting for an action that runs now. Idempotent. */
    void stop();
}
