package io.unknot.core;

import io.unknot.core.suggest.SuggestionNeed;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;

import static io.unknot.core.BreakKind.MICRO;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;

/** Working hours, deferral while presenting, and the daily sitting limit. */
class ScheduleRulesTest {

    private static final WorkingHours NINE_TO_FIVE = new WorkingHours(true,
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0));

    @Test
    void outsideWorkingHoursNothingIsRaisedButTheSittingStillCounts() {
        Scenario day = Scenario.startingAt("2026-03-02T08:00").settings(s -> s.withWorkingHours(NINE_TO_FIVE))
                .heartbeat(Duration.ofSeconds(5)).start();
        assertThat(day.status().state()).isEqualTo(EngineState.OFF_HOURS);

        day.activeUntil("18:00");

        assertThat(day.timeline(e -> e instanceof EngineEvent.StateChanged s
                && (s.from() == EngineState.OFF_HOURS || s.to() == EngineState.OFF_HOURS)))
                .containsExactly("09:00:00 active", "17:00:00 off_hours");
        assertThat(day.breaks()).first().isEqualTo("09:10:00 micro");
        assertThat(day.breaks()).allSatisfy(line -> assertThat(line).isBetween("09:00:00", "17:00:00"));
        Duration onBreak = day.events(EngineEvent.BreakDue.class).stream().map(EngineEvent.BreakDue::duration)
                .reduce(Duration.ZERO, Duration::plus);
        assertThat(day.status().deskToday()).isEqualTo(ofHours(10).minus(onBreak));
    }

    @Test
    void theTimersHoldOutsideWorkingHours() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").only(MICRO)
                .settings(s -> s.withWorkingHours(NINE_TO_FIVE)).start().activeUntil("17:30");
        assertThat(day.breaks()).last().isEqualTo("16:55:00 micro");

        day.engine().updateSettings(day.engine().settings().withWorkingHours(
                new WorkingHours(false, NINE_TO_FIVE.days(), NINE_TO_FIVE.start(), NINE_TO_FIVE.end())));
        day.activeUntil("17:40");

        // 4 min 40 s were counted before 17:00; 5 min 20 s more after working hours were switched off.
        assertThat(day.breaks()).last().isEqualTo("17:35:20 micro");
    }

    @Test
    void aWeekendIsOffHoursAllDay() {
        Scenario day = Scenario.startingAt("2026-03-07T09:00").settings(s -> s.withWorkingHours(NINE_TO_FIVE))
                .heartbeat(Duration.ofSeconds(5)).start().activeUntil("17:00");

        assertThat(day.breaks()).isEmpty();
        assertThat(day.status().state()).isEqualTo(EngineState.OFF_HOURS);
        assertThat(day.status().nextBreak()).isEmpty();
    }

    @Test
    void aDeferredBreakWaitsUntilTheDeferralEndsOrItsLimitHasPassed() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").start()
                .active(ofMinutes(5)).deferred(true).activeUntil("09:50").deferred(false).activeUntil("10:05");

        // The micro-break due at 09:10 waits the 30-minute limit; the stretch due at 09:45:20 comes when the
        // presentation ends, and restarts the micro timer.
        assertThat(day.breaks()).containsExactly("09:40:00 micro", "09:50:00 stretch", "10:03:00 micro");
        assertThat(day.timeline(e -> e instanceof EngineEvent.BreakWarning)).containsExactly(
                "10:02:30 warning micro in 30s");
        assertThat(day.status().deferred()).isFalse();
    }

    @Test
    void presentingDoesNotHoldADrivingBreak() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").start().deferred(true).drive(ofHours(2).plusMinutes(1));

        assertThat(day.breaks()).containsExactly("11:00:00 driving");
    }

    @Test
    void theDailyLimitIsAnnouncedOncePerDayWithARestSuggestion() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").settings(s -> s.withDailySittingLimit(ofHours(1)))
                .start()
                .activeUntil("12:00").awayUntil("09:00").activeUntil("12:00");

        // 55 min of sitting by 09:59:40 (four micro-breaks and a stretch in between), 5 min more after it.
        assertThat(day.timeline(e -> e instanceof EngineEvent.DailyLimitReached)).containsExactly(
                "10:04:40 daily limit at 1:00:00", "10:04:40 daily limit at 1:00:00");
        assertThat(day.events(EngineEvent.DailyLimitReached.class))
                .allSatisfy(e -> assertThat(e.rest().needs()).containsExactly(SuggestionNeed.REST));
        assertThat(day.events(EngineEvent.DailyLimitReached.class).get(1).at())
                .isEqualTo(day.events(EngineEvent.DailyLimitReached.class).get(0).at().plus(Duration.ofDays(1)));
    }

    @Test
    void drivingCountsTowardsTheDailyLimitAndTheNoticeWaitsUntilTheDriveIsOver() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").settings(s -> s.withDailySittingLimit(ofHours(1)))
                .start()
                .drive(ofMinutes(70)).active(ofMinutes(1));

        assertThat(day.timeline(e -> e instanceof EngineEvent.DailyLimitReached)).containsExactly(
                "10:10:00 daily limit at 1:10:00");
    }
}
