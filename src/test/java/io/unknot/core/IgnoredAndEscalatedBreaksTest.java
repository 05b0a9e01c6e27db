package io.unknot.core;

import org.junit.jupiter.api.Test;

import static io.unknot.core.BreakKind.MICRO;
import static io.unknot.core.BreakKind.STRETCH;
import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A break the user typed through is recorded as ignored, not done; and after too many skipped, postponed or ignored
 * breaks in a row the next one is escalated, until a break is taken again.
 */
class IgnoredAndEscalatedBreaksTest {

    private static boolean notWarningOrMove(String line) {
        return !line.contains("warning") && !line.contains(" move ");
    }

    /** Breaks raised, escalated and how each ended. */
    private static java.util.List<String> outcomes(Scenario day) {
        return day.timeline(e -> e instanceof EngineEvent.BreakDue || e instanceof EngineEvent.BreakEscalated
                || e instanceof EngineEvent.BreakCompleted || e instanceof EngineEvent.BreakSkipped
                || e instanceof EngineEvent.BreakPostponed);
    }

    @Test
    void typingThroughAMicroBreakRecordsItAsIgnored() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").only(MICRO).user(Scenario.User.TYPES_THROUGH).start()
                .active(ofMinutes(11));

        assertThat(day.timeline()).filteredOn(IgnoredAndEscalatedBreaksTest::notWarningOrMove)
                .containsExactly("09:10:00 micro", "09:10:20 ignored micro");
        assertThat(day.events(EngineEvent.BreakCompleted.class)).singleElement()
                .satisfies(c -> assertThat(c.ignored()).isTrue());
    }

    @Test
    void stoppingToTypeWhenTheBreakAppearsTakesIt() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").only(MICRO).start().active(ofMinutes(11));

        assertThat(day.timeline()).filteredOn(IgnoredAndEscalatedBreaksTest::notWarningOrMove)
                .containsExactly("09:10:00 micro", "09:10:20 done micro");
    }

    @Test
    void finishingASentenceInTheFirstSecondsStillCountsAsTaken() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").only(MICRO).user(Scenario.User.TYPES_THROUGH).start()
                .active(ofMinutes(10)).active(BreakAttention.GRACE).away(ofMinutes(1));

        assertThat(day.timeline()).filteredOn(IgnoredAndEscalatedBreaksTest::notWarningOrMove)
                .containsExactly("09:10:00 micro", "09:10:20 done micro");
    }

    @Test
    void aQuietStretchOfHalfTheIdleThresholdInTheMiddleCountsAsTaken() {
        // Idle threshold 10 s: five seconds without input in a typed-through break is enough to call it taken.
        Scenario typedThrough = Scenario.startingAt("2026-03-02T09:00").only(STRETCH)
                .user(Scenario.User.TYPES_THROUGH).start()
                .active(ofMinutes(45)).active(ofSeconds(30)).away(ofSeconds(4)).active(ofMinutes(3));
        Scenario paused = Scenario.startingAt("2026-03-02T09:00").only(STRETCH)
                .user(Scenario.User.TYPES_THROUGH).start()
                .active(ofMinutes(45)).active(ofSeconds(30)).away(ofSeconds(6)).active(ofMinutes(3));

        assertThat(typedThrough.timeline()).contains("09:48:00 ignored stretch");
        assertThat(paused.timeline()).contains("09:48:00 done stretch");
    }

    @Test
    void withoutIdleDetectionNoBreakIsCalledIgnored() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").only(MICRO).idleUnavailable()
                .user(Scenario.User.TYPES_THROUGH).start().active(ofMinutes(11));

        assertThat(day.timeline()).contains("09:10:20 done micro");
    }

    @Test
    void anIgnoredStretchBreakDoesNotResetTheSittingTime() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").only(STRETCH).user(Scenario.User.TYPES_THROUGH)
                .start().active(ofMinutes(50));

        assertThat(day.timeline()).contains("09:48:00 ignored stretch");
        // 45 minutes before the break and 2 after it: the stretch of sitting goes on.
        assertThat(day.status().sittingSinceBreak()).isEqualTo(ofMinutes(47));
    }

    @Test
    void afterThreeSkipsInARowTheNextBreakIsEscalatedUntilOneIsTaken() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").only(MICRO).user(Scenario.User.SKIPS).start()
                .active(ofMinutes(45)).user(Scenario.User.TAKES_BREAKS).active(ofMinutes(16));

        assertThat(outcomes(day)).containsExactly(
                "09:10:00 micro", "09:10:00 skipped micro",
                "09:20:00 micro", "09:20:00 skipped micro",
                "09:30:00 micro", "09:30:00 skipped micro",
                "09:40:00 escalated micro after 3", "09:40:00 micro", "09:40:00 skipped micro",
                "09:50:00 escalated micro after 4", "09:50:00 micro", "09:50:20 done micro",
                "10:00:20 micro", "10:00:40 done micro");
        assertThat(day.events(EngineEvent.BreakDue.class)).extracting(EngineEvent.BreakDue::escalated)
                .containsExactly(false, false, false, true, true, false);
        assertThat(day.events(EngineEvent.BreakDue.class)).extracting(EngineEvent.BreakDue::skippedBefore)
                .containsExactly(0, 1, 2, 3, 4, 0);
        // Each escalated break's outcome carries its count, for history; the others carry none.
        assertThat(day.events(EngineEvent.BreakSkipped.class)).extracting(EngineEvent.BreakSkipped::escalatedAfter)
                .containsExactly(0, 0, 0, 3);
        assertThat(day.events(EngineEvent.BreakCompleted.class))
                .extracting(EngineEvent.BreakCompleted::escalatedAfter).containsExactly(4, 0);
    }

    @Test
    void theStatusSaysWhileAnEscalatedBreakIsOnScreen() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").only(MICRO).user(Scenario.User.SKIPS).start()
                .active(ofMinutes(30)).user(Scenario.User.TAKES_BREAKS).active(ofMinutes(10)).away(ofSeconds(5));

        EngineStatus.CurrentBreak current = day.status().currentBreak().orElseThrow();
        assertThat(current.escalated()).isTrue();
        assertThat(current.skippedBefore()).isEqualTo(3);
    }

    @Test
    void postponedAndIgnoredBreaksCountTowardsEscalationToo() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").only(MICRO).user(Scenario.User.POSTPONES).start()
                .active(ofMinutes(16)).user(Scenario.User.TYPES_THROUGH).active(ofMinutes(15));

        // Postponed at 09:10 and 09:15, typed through at 09:20: the break at 09:30:20 comes after three.
        assertThat(outcomes(day)).containsExactly(
                "09:10:00 micro", "09:10:00 postponed micro (2 left)",
                "09:15:00 micro", "09:15:00 postponed micro (1 left)",
                "09:20:00 micro", "09:20:20 ignored micro",
                "09:30:20 escalated micro after 3", "09:30:20 micro", "09:30:40 ignored micro");
        assertThat(day.events(EngineEvent.BreakPostponed.class))
                .extracting(EngineEvent.BreakPostponed::escalatedAfter).containsExactly(0, 0);
        assertThat(day.events(EngineEvent.BreakCompleted.class))
                .extracting(EngineEvent.BreakCompleted::ignored, EngineEvent.BreakCompleted::escalatedAfter)
                .containsExactly(tuple(true, 0), tuple(true, 3));
    }

    @Test
    void escalationIsOffAtZero() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").only(MICRO).settings(s -> s.withEscalateAfter(0))
                .user(Scenario.User.SKIPS).start().active(ofMinutes(60));

        assertThat(day.events(EngineEvent.BreakDue.class)).hasSize(6)
                .allSatisfy(d -> assertThat(d.escalated()).isFalse());
        assertThat(day.events(EngineEvent.BreakEscalated.class)).isEmpty();
    }

    @Test
    void minutesAwayFromTheDeskResetTheCountButAMomentOfThoughtDoesNot() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").only(MICRO, STRETCH).user(Scenario.User.SKIPS)
                .start().active(ofMinutes(30)).away(ofSeconds(30)).active(ofMinutes(5)).away(ofMinutes(4))
                .active(ofMinutes(12));

        assertThat(day.events(EngineEvent.BreakDue.class)).extracting(EngineEvent.BreakDue::skippedBefore)
                .containsExactly(0, 1, 2, 0);
    }
}
