package io.unknot.core;

import java.time.Instant;

/**
 * What the desktop reports about the user's session, handed to {@link BreakEngine#desktop(DesktopEvent)}. Each
 * carries the wall-clock moment the platform saw it; a report that arrives late still starts the away time when
 * it happened.
 */
public sealed interface DesktopEvent {

    Instant at();

    /** The screen was locked (or the screen saver came on) or unlocked again. Locked time is time away. */
    record ScreenLock(Instant at, boolean locked) implements DesktopEvent {}

    /** The system is about to sleep ({@code asleep} true) or has just woken up. Asleep is time away. */
    record Sleep(Instant at, boolean asleep) implements DesktopEvent {}

    /**
     * An application asks the desktop not to go idle (a film, a presentation, a call) or no longer does. While it
     * does, time without input is not time away, and breaks wait as for a full-screen window.
     */
    record IdleInhibit(Instant at, boolean inhibited) implements DesktopEvent {}
}
