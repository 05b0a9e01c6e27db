package io.unknot.core;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZonedDateTime;

import static io.unknot.core.BreakKind.MICRO;
import static io.unknot.core.BreakKind.STRETCH;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

/** Suspend, daylight saving and clock changes: durations follow the monotonic clock, never the wall. */
class TimeChangeTest {

    @Test
    void aSuspendOvernightCountsAsAwayAndTheMorningStartsFresh() {
        Scenario day = Scenario.startingAt("2026-03-02T16:00").start()
                .activeUntil("18:00").suspend(ofHours(14)).active(ofHours(1));

        assertThat(day.timeline(e -> e.at().isAfter(ZonedDateTime.parse("2026-03-03T00:00+01:00").toInstant())
                && (e instanceof EngineEvent.BreakDue || e instanceof EngineEvent.BreakTakenNaturally)))
                .containsExactly(
                        "08:00:00 natural micro", "08:00:00 natural stretch", "08:00:00 natural movement",
                        "08:10:00 micro", "08:20:20 micro", "08:30:40 micro", "08:41:00 micro",
                        "08:46:20 stretch", "08:59:20 micro");
        // Today starts at midnight: yesterday evening's sitting is not in it.
        assertThat(day.status().deskToday()).isEqualTo(ofHours(1).minus(ofSeconds(100)).minus(ofMinutes(3)));
    }

    @Test
    void theSpringDaylightSavingChangeDoesNotDisturbTheRhythm() {
        // Europe/Berlin, 2026-03-29: 02:00 CET becomes 03:00 CEST.
        Scenario day = Scenario.startingAt("2026-03-29T01:30").only(MICRO, STRETCH).showOffsets().start()
                .active(ofHours(1));

        assertThat(day.breaks()).containsExactly(
                "01:40:00+01:00 micro", "01:50:20+01:00 micro", "03:00:40+02:00 micro", "03:11:00+02:00 micro",
                "03:16:20+02:00 stretch", "03:29:20+02:00 micro");
        assertThat(day.status().deskToday()).isEqualTo(ofHours(1).minus(ofSeconds(100)).minus(ofMinutes(3)));
        assertThat(day.now().toLocalTime()).hasToString("03:30");
    }

    @Test
    void theAutumnDaylightSavingChangeDoesNotDisturbTheRhythm() {
        // Europe/Berlin, 2026-10-25: 03:00 CEST becomes 02:00 CET, so 02:00-03:00 happens twice.
        Scenario day = Scenario.startingAt("2026-10-25T01:30").only(MICRO).showOffsets().start()
                .active(ofMinutes(120));

        assertThat(day.breaks()).containsExactly(
                "01:40:00+02:00 micro", "01:50:20+02:00 micro", "02:00:40+02:00 micro", "02:11:00+02:00 micro",
                "02:21:20+02:00 micro", "02:31:40+02:00 micro", "02:42:00+02:00 micro", "02:52:20+02:00 micro",
                "02:02:40+01:00 micro", "02:13:00+01:00 micro", "02:23:20+01:00 micro");
        assertThat(day.status().deskToday()).isEqualTo(ofMinutes(120).minus(ofSeconds(11 * 20)));
        assertThat(day.now()).hasToString("2026-10-25T02:30+01:00[Europe/Berlin]");
    }

    @Test
    void pausingUntilTomorrowOnTheLongAutumnDayEndsAtTheRealMidnight() {
        Scenario day = Scenario.startingAt("2026-10-25T01:30").start().pauseUntilTomorrow();

        assertThat(day.status().pausedUntil()).contains(ZonedDateTime.parse("2026-10-26T00:00+01:00").toInstant());
        assertThat(day.engine().nextWakeUp()).contains(ZonedDateTime.parse("2026-10-26T00:00+01:00").toInstant());
    }

    @Test
    void aClockSetBackAnHourNeitherRepeatsNorMissesABreak() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").only(MICRO, STRETCH).start()
                .active(ofMinutes(15)).clockMovedBy(ofHours(-1)).active(ofMinutes(35));

        assertThat(day.breaks()).containsExactly(
                "09:10:00 micro", "08:20:20 micro", "08:30:40 micro", "08:41:00 micro", "08:46:20 stretch");
        assertThat(day.status().deskToday()).isEqualTo(ofMinutes(50).minus(ofSeconds(80)).minus(ofMinutes(3)));
        assertThat(day.events(EngineEvent.TimeAccrued.class)).allSatisfy(t -> assertThat(t.length()).isPositive());
    }

    @Test
    void aClockSetForwardTwoHoursLooksLikeASuspendAndCountsAsAway() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").only(MICRO, STRETCH).start()
                .active(ofMinutes(5)).clockMovedBy(ofHours(2)).active(ofMinutes(11));

        assertThat(day.timeline(e -> e instanceof EngineEvent.BreakDue
                || e instanceof EngineEvent.BreakTakenNaturally)).containsExactly(
                "11:05:00 natural micro", "11:05:00 natural stretch", "11:15:00 micro");
    }

    @Test
    void aSmallForwardStepOfTheClockIsNotASuspend() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").only(MICRO).start()
                .active(ofMinutes(5)).clockMovedBy(TimeBase.SUSPEND_TOLERANCE).active(ofMinutes(6));

        assertThat(day.events(EngineEvent.BreakTakenNaturally.class)).isEmpty();
        assertThat(day.breaks()).containsExactly("09:10:05 micro");
    }

    @Test
    void aBreakOnScreenWhenTheMachineSleepsEndsOnWakingAndTheLongerBreaksCountAsTaken() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").start()
                .active(ofMinutes(10)).suspend(ofHours(1)).active(ofSeconds(1));

        assertThat(day.timeline()).filteredOn(line -> !line.contains("warning")).containsExactly(
                "09:10:00 micro", "10:10:00 done micro", "10:10:00 natural stretch", "10:10:00 natural movement");
        assertThat(day.status().currentBreak()).isEmpty();
    }

    @Test
    void noDurationIsEverNegativeWhenTheClockJumpsAround() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").start()
                .active(ofMinutes(12)).clockMovedBy(ofHours(-3)).active(ofMinutes(12))
                .clockMovedBy(Duration.ofDays(-1)).active(ofMinutes(40)).clockMovedBy(ofHours(5)).active(ofMinutes(5));

        assertThat(day.events()).allSatisfy(TimeChangeTest::hasNoNegativeDuration);
        EngineStatus status = day.status();
        assertThat(status.deskToday()).isGreaterThanOrEqualTo(Duration.ZERO);
        assertThat(status.sittingSinceBreak()).isGreaterThanOrEqualTo(Duration.ZERO);
        assertThat(status.nextBreak()).hasValueSatisfying(n -> assertThat(n.in()).isGreaterThanOrEqualTo(Duration.ZERO));
    }

    static void hasNoNegativeDuration(EngineEvent e) {
        assertThat(durations(e)).as("%s", e).allSatisfy(d -> assertThat(d).isGreaterThanOrEqualTo(Duration.ZERO));
    }

    static java.util.List<Duration> durations(EngineEvent e) {
        if (e instanceof EngineEvent.BreakWarning w) {
            return java.util.List.of(w.in());
        } else if (e instanceof EngineEvent.BreakDue b) {
            return java.util.List.of(b.duration());
        } else if (e instanceof EngineEvent.BreakPostponed p) {
            return java.util.List.of(p.by());
        } else if (e instanceof EngineEvent.BreakTakenNaturally n) {
            return java.util.List.of(n.away());
        } else if (e instanceof EngineEvent.DriveEnded d) {
            return java.util.List.of(d.length());
        } else if (e instanceof EngineEvent.DailyLimitReached l) {
            return java.util.List.of(l.sittingToday());
        } else if (e instanceof EngineEvent.TimeAccrued t) {
            return java.util.List.of(t.length());
        }
        return java.util.List.of();
    }
}
