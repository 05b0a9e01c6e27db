package io.unknot.core;

import io.unknot.core.suggest.SuggestionNeed;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.unknot.core.BreakKind.MICRO;
import static io.unknot.core.BreakKind.MOVEMENT;
import static io.unknot.core.BreakKind.STRETCH;
import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

/** Whole desk days with the default settings: micro every 10 min, stretch every 45, movement after 2 h. */
class DeskDayTest {

    @Test
    void aDeskDayWithLunchAwayFollowsTheDefaultRhythmAndLunchCountsAsEveryBreak() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").start() // a Monday
                .activeUntil("12:00").awayUntil("13:00").activeUntil("17:00");

        // Each break pauses the timers while it runs, so the micro rhythm slips by 20 s per break. The third
        // stretch slot of each half-day comes after more than 2 h of sitting: a movement break replaces it.
        assertThat(day.breaks()).containsExactly(
                "09:10:00 micro", "09:20:20 micro", "09:30:40 micro", "09:41:00 micro", "09:46:20 stretch",
                "09:59:20 micro", "10:09:40 micro", "10:20:00 micro", "10:30:20 micro", "10:35:40 stretch",
                "10:48:40 micro", "10:59:00 micro", "11:09:20 micro", "11:19:40 micro", "11:25:00 movement",
                "11:40:00 micro", "11:50:20 micro",
                "13:10:00 micro", "13:20:20 micro", "13:30:40 micro", "13:41:00 micro", "13:46:20 stretch",
                "13:59:20 micro", "14:09:40 micro", "14:20:00 micro", "14:30:20 micro", "14:35:40 stretch",
                "14:48:40 micro", "14:59:00 micro", "15:09:20 micro", "15:19:40 micro", "15:25:00 movement",
                "15:40:00 micro", "15:50:20 micro", "16:00:40 micro", "16:11:00 micro", "16:16:20 stretch",
                "16:29:20 micro", "16:39:40 micro", "16:50:00 micro");
        // Lunch: the idle stretch begins at the last input (12:00:00) and covers each break as it reaches its
        // length; the driving timer had nothing to reset, so it says nothing.
        assertThat(day.timeline(e -> e instanceof EngineEvent.BreakTakenNaturally)).containsExactly(
                "12:00:20 natural micro", "12:03:00 natural stretch", "12:05:00 natural movement");
        // 8 h minus lunch, 33 micro-breaks of 20 s, 5 stretches of 3 min and 2 movement breaks of 5 min.
        assertThat(day.status().deskToday()).isEqualTo(Duration.ofHours(7).minus(ofSeconds(33 * 20))
                .minus(ofMinutes(15)).minus(ofMinutes(10)));
        assertThat(accrued(day, Activity.DESK)).isEqualTo(day.status().deskToday());
    }

    @Test
    void everyBreakIsAnnouncedThirtySecondsAheadAndRunsItsCourse() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").start().active(ofMinutes(11));

        assertThat(day.timeline()).containsExactly(
                "09:09:30 warning micro in 30s", "09:10:00 micro", "09:10:20 done micro");
        assertThat(day.timeline(e -> e instanceof EngineEvent.StateChanged)).containsExactly(
                "09:10:00 on_break", "09:10:20 active");
        assertThat(day.events(EngineEvent.BreakDue.class).get(0).suggestion().needs())
                .containsExactly(SuggestionNeed.MICRO);
    }

    @Test
    void aStretchDueAtTheSameMomentAsAMicroBreakAbsorbsIt() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").only(MICRO, STRETCH)
                .rule(STRETCH, r -> r.withInterval(ofMinutes(30))).start()
                .active(ofMinutes(45));

        // 30 min of sitting is reached at 09:30:40 by both timers; one stretch break restarts both.
        assertThat(day.breaks()).containsExactly("09:10:00 micro", "09:20:20 micro", "09:30:40 stretch",
                "09:43:40 micro");
        assertThat(day.timeline(e -> e instanceof EngineEvent.BreakWarning)).containsExactly(
                "09:09:30 warning micro in 30s", "09:19:50 warning micro in 30s", "09:30:10 warning stretch in 30s",
                "09:43:10 warning micro in 30s");
    }

    @Test
    void aStretchDueWithinTheWarningLeadAfterAMicroBreakIsRaisedInItsPlace() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").only(MICRO, STRETCH)
                .rule(STRETCH, r -> r.withInterval(ofMinutes(30).plusSeconds(20))).start()
                .active(ofMinutes(35));

        assertThat(day.breaks()).containsExactly("09:10:00 micro", "09:20:20 micro", "09:30:40 stretch");
    }

    @Test
    void movementReplacesTheStretchOnceTheDaysSittingPassedItsIntervalAndRestartsBoth() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").only(STRETCH, MOVEMENT)
                .rule(MOVEMENT, r -> r.withInterval(ofMinutes(80))).start()
                .active(ofMinutes(150));

        // 45 min: stretch. 90 min of sitting at the second stretch slot: movement (5 min) instead.
        assertThat(day.breaks()).containsExactly("09:45:00 stretch", "10:33:00 movement", "11:23:00 stretch");
        assertThat(day.timeline(e -> e instanceof EngineEvent.BreakCompleted)).containsExactly(
                "09:48:00 done stretch", "10:38:00 done movement", "11:26:00 done stretch");
    }

    @Test
    void withStretchBreaksOffMovementBreaksComeOnTheirOwn() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").only(MOVEMENT).start().active(ofMinutes(250));

        assertThat(day.breaks()).containsExactly("11:00:00 movement", "13:05:00 movement");
    }

    @Test
    void shortPausesInTypingStillCountAsSittingButAnIdleStretchDoesNot() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").only(MICRO).start()
                .active(ofMinutes(5)).away(ofSeconds(9)).active(ofMinutes(1)) // 9 s: below the idle threshold
                .away(ofSeconds(15)).active(ofMinutes(5));                     // 15 s: an idle stretch

        assertThat(day.timeline(e -> e instanceof EngineEvent.StateChanged)).containsExactly(
                "09:06:19 idle", "09:06:25 active", "09:10:15 on_break", "09:10:35 active");
        // 5 min + 9 s + 1 min; the 15 s stretch is not sitting; the user is back at 09:06:24 (confirmed a
        // second later) and 3 min 51 s more make 10 min.
        assertThat(day.breaks()).containsExactly("09:10:15 micro");
    }

    @Test
    void aNudgedMouseDuringLunchDoesNotEndTheTimeAway() {
        Scenario day = Scenario.startingAt("2026-03-02T11:55").only(MICRO, STRETCH).start()
                .active(ofMinutes(5)).away(ofMinutes(1)).blip().away(ofMinutes(5));

        assertThat(day.timeline(e -> e instanceof EngineEvent.BreakTakenNaturally)).containsExactly(
                "12:00:20 natural micro", "12:03:00 natural stretch");
        assertThat(day.timeline(e -> e instanceof EngineEvent.StateChanged)).containsExactly("12:00:10 idle");
    }

    @Test
    void inputThatGoesOnForASecondAfterAnIdleStretchMeansTheUserIsBack() {
        Scenario day = Scenario.startingAt("2026-03-02T11:55").only(MICRO).start()
                .active(ofMinutes(1)).away(ofMinutes(1)).active(ofSeconds(2));

        assertThat(day.timeline(e -> e instanceof EngineEvent.StateChanged)).containsExactly(
                "11:56:10 idle", "11:57:01 active");
        // Back from the first input on: 1 min before lunch, plus 2 s after.
        assertThat(day.status().deskToday()).isEqualTo(ofMinutes(1).plusSeconds(2));
    }

    static Duration accrued(Scenario day, Activity activity) {
        return day.events(EngineEvent.TimeAccrued.class).stream().filter(t -> t.activity() == activity)
                .map(EngineEvent.TimeAccrued::length).reduce(Duration.ZERO, Duration::plus);
    }
}
