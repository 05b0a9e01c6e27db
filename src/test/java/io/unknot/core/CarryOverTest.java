package io.unknot.core;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;

/** A restart in the middle of the day: what the history held carries on in the engine's totals and limit. */
class CarryOverTest {

    private static final LocalDate MONDAY = LocalDate.parse("2026-03-02");

    @Test
    void todaysTotalsAndTheSittingSinceTheLastBreakGoOnFromWhatTheHistoryHeld() {
        Scenario day = Scenario.startingAt("2026-03-02T15:00").start();

        day.engine().carryOver(new EarlierToday(MONDAY, ofHours(5), ofMinutes(30), ofMinutes(25), false));

        assertThat(day.status().deskToday()).isEqualTo(ofHours(5));
        assertThat(day.status().drivingToday()).isEqualTo(ofMinutes(30));
        assertThat(day.status().sittingSinceBreak()).isEqualTo(ofMinutes(25));
        day.active(ofMinutes(5));
        assertThat(day.status().deskToday()).isGreaterThan(ofHours(5).plusMinutes(4));
        assertThat(day.status().sittingSinceBreak()).isGreaterThan(ofMinutes(29));
    }

    @Test
    void theDailyLimitCountsTheTimeFromBeforeTheRestart() {
        Scenario day = Scenario.startingAt("2026-03-02T15:00").settings(s -> s.withDailySittingLimit(ofHours(8)))
                .start();

        day.engine().carryOver(new EarlierToday(MONDAY, ofHours(7).plusMinutes(55), Duration.ZERO, Duration.ZERO,
                false));
        day.active(ofMinutes(10));

        assertThat(day.timeline(e -> e instanceof EngineEvent.DailyLimitReached))
                .singleElement().asString().startsWith("15:0").endsWith("daily limit at 8:00:00");
    }

    @Test
    void aDailyLimitAlreadyAnnouncedTodayIsNotAnnouncedAgainAfterTheRestart() {
        Scenario day = Scenario.startingAt("2026-03-02T15:00").settings(s -> s.withDailySittingLimit(ofHours(8)))
                .start();

        day.engine().carryOver(new EarlierToday(MONDAY, ofHours(8).plusMinutes(5), Duration.ZERO, Duration.ZERO,
                true));
        day.active(ofMinutes(10));

        assertThat(day.events(EngineEvent.DailyLimitReached.class)).isEmpty();
    }

    @Test
    void figuresOfAnotherDayAreIgnored() {
        Scenario day = Scenario.startingAt("2026-03-02T00:05").start();

        day.engine().carryOver(new EarlierToday(MONDAY.minusDays(1), ofHours(6), ofHours(1), ofMinutes(40), true));

        assertThat(day.status().sittingToday()).isZero();
        assertThat(day.status().sittingSinceBreak()).isZero();
    }

    @Test
    void aDriveLoggedByHandCountsTodaysPartTowardsDrivingAndTheDailyLimit() {
        Scenario day = Scenario.startingAt("2026-03-02T15:00").settings(s -> s.withDailySittingLimit(ofHours(1)))
                .start();
        ZoneId zone = ZoneId.of(Scenario.ZONE);

        // 23:30 yesterday to 01:00 today: one hour of it is today's.
        day.engine().driveLogged(LocalDateTime.parse("2026-03-01T23:30").atZone(zone).toInstant(), ofMinutes(90));
        day.active(ofMinutes(2));

        assertThat(day.status().drivingToday()).isEqualTo(ofHours(1));
        assertThat(day.events(EngineEvent.DailyLimitReached.class)).hasSize(1);
    }
}
