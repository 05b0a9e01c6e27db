package io.unknot.core;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static io.unknot.core.BreakKind.MICRO;
import static io.unknot.core.BreakKind.STRETCH;
import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

/** What the user can do about breaks: pause, postpone, skip, take one now, press Done. */
class UserControlsTest {

    @Test
    void noBreakComesWhilePausedAndTheTimersResumeWhereTheyStood() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").only(MICRO, STRETCH).start()
                .active(ofMinutes(5)).pauseFor(ofMinutes(30)).activeUntil("10:00")
                .pauseIndefinitely().activeUntil("10:30").resume().activeUntil("10:50");

        assertThat(day.breaks()).containsExactly(
                "09:40:00 micro", "09:50:20 micro", "10:30:40 micro", "10:41:00 micro", "10:46:20 stretch");
        assertThat(day.timeline(e -> e instanceof EngineEvent.StateChanged)).startsWith(
                "09:05:00 paused", "09:35:00 active");
        // Sitting while paused still counts for today.
        assertThat(day.status().deskToday()).isEqualTo(ofMinutes(110).minus(ofSeconds(80)).minus(ofMinutes(3)));
    }

    @Test
    void aPauseEndsOnTheSecondBecauseTheEngineAsksToBeWokenThen() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").heartbeat(Duration.ofSeconds(7)).start()
                .pauseFor(ofMinutes(5)).active(ofMinutes(6));

        assertThat(day.timeline(e -> e instanceof EngineEvent.StateChanged)).containsExactly(
                "09:00:00 paused", "09:05:00 active");
    }

    @Test
    void pausingUntilTomorrowOnAFridayWaitsForMondaysWorkingHours() {
        WorkingHours office = new WorkingHours(true, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(8, 30), LocalTime.of(17, 0));
        Scenario day = Scenario.startingAt("2026-03-06T15:00").settings(s -> s.withWorkingHours(office)).start()
                .pauseUntilTomorrow();

        assertThat(day.status().pausedUntil()).contains(ZonedDateTime.parse("2026-03-09T08:30+01:00").toInstant());
        assertThat(day.status().state()).isEqualTo(EngineState.PAUSED);
    }

    @Test
    void pausingUntilTomorrowWithoutWorkingHoursLastsUntilMidnight() {
        Scenario day = Scenario.startingAt("2026-03-06T15:00").start().pauseUntilTomorrow().away(ofMinutes(600));

        assertThat(day.timeline(e -> e instanceof EngineEvent.StateChanged)).containsExactly(
                "15:00:00 paused", "00:00:00 idle");
    }

    @Test
    void postponingWorksUpToTheLimitAndThenTheBreakStays() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").only(MICRO).user(Scenario.User.POSTPONES).start()
                .active(ofMinutes(36));

        assertThat(day.timeline()).filteredOn(line -> !line.contains("warning")).containsExactly(
                "09:10:00 micro", "09:10:00 postponed micro (2 left)",
                "09:15:00 micro", "09:15:00 postponed micro (1 left)",
                "09:20:00 micro", "09:20:00 postponed micro (0 left)",
                "09:25:00 micro", "09:25:20 done micro",
                "09:35:20 micro", "09:35:20 postponed micro (2 left)");
        assertThat(day.refusals()).containsExactly("09:25:00 postpone refused");
        assertThat(day.events(EngineEvent.BreakDue.class)).extracting(EngineEvent.BreakDue::postponesLeft)
                .containsExactly(3, 2, 1, 0, 3);
    }

    @Test
    void aSkippedBreakRestartsItsTimer() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").only(MICRO).user(Scenario.User.SKIPS).start()
                .active(ofMinutes(21));

        assertThat(day.timeline()).filteredOn(line -> !line.contains("warning")).containsExactly(
                "09:10:00 micro", "09:10:00 skipped micro", "09:20:00 micro", "09:20:00 skipped micro");
    }

    @Test
    void strictModeRefusesTheSkipAndTheBreakRunsItsCourse() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").only(STRETCH)
                .rule(STRETCH, r -> r.withStrict(true)).user(Scenario.User.SKIPS).start()
                .active(ofMinutes(50));

        assertThat(day.refusals()).containsExactly("09:45:00 skip refused");
        assertThat(day.timeline()).filteredOn(line -> !line.contains("warning")).containsExactly(
                "09:45:00 stretch", "09:48:00 done stretch");
        assertThat(day.events(EngineEvent.BreakDue.class).get(0).strict()).isTrue();
    }

    @Test
    void aStrictBreakRefusesDoneAndRunsItsCourse() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").only(STRETCH)
                .rule(STRETCH, r -> r.withStrict(true)).user(Scenario.User.PRESSES_DONE).start()
                .active(ofMinutes(50));

        assertThat(day.refusals()).containsExactly("09:45:00 done refused");
        assertThat(day.timeline()).filteredOn(line -> !line.contains("warning")).containsExactly(
                "09:45:00 stretch", "09:48:00 done stretch");
    }

    @Test
    void noCommandEndsAStrictBreakBeforeItsLastSecond() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").rule(STRETCH, r -> r.withStrict(true)).start();
        BreakEngine engine = day.engine();
        engine.takeBreakNow(STRETCH);
        engine.breakShown(); // its window is on screen
        day.time().advance(ofSeconds(179));

        assertThat(engine.completeBreak()).isFalse();
        assertThat(engine.skipBreak()).isFalse();
        assertThat(engine.nextMove()).isFalse(); // one move: nothing to skip to, and the break goes on
        assertThat(day.status().currentBreak()).map(EngineStatus.CurrentBreak::remaining).contains(ofSeconds(1));
        assertThat(day.events(EngineEvent.BreakCompleted.class)).isEmpty();

        day.time().advance(ofSeconds(1));
        // Its time is up: the command's own catch-up ends it, so there is nothing left for Done to end.
        assertThat(engine.completeBreak()).isFalse();
        assertThat(day.timeline()).filteredOn(line -> !line.contains("warning")).containsExactly(
                "09:00:00 stretch", "09:03:00 done stretch");
    }

    @Test
    void doneSaysWhetherItEndedABreak() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").start();
        assertThat(day.engine().completeBreak()).isFalse();
        day.engine().takeBreakNow(STRETCH);

        assertThat(day.engine().completeBreak()).isTrue();
        assertThat(day.engine().completeBreak()).isFalse();
    }

    @Test
    void pressingDoneEndsTheBreakAndRestartsTheShorterTimers() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").user(Scenario.User.PRESSES_DONE).start()
                .active(ofMinutes(5));
        day.engine().takeBreakNow(STRETCH);
        day.active(ofMinutes(11));

        assertThat(day.timeline()).filteredOn(line -> !line.contains("warning")).containsExactly(
                "09:05:00 stretch", "09:05:00 done stretch", "09:15:00 micro", "09:15:00 done micro");
    }

    @Test
    void theRemainingTimeOfABreakIsMeasuredNotCountedDown() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").start();
        day.engine().takeBreakNow(STRETCH);
        day.time().advance(ofSeconds(70)); // no tick in between
        day.time().setWall(day.time().instant().minus(Duration.ofHours(2)));

        EngineStatus.CurrentBreak current = day.status().currentBreak().orElseThrow();
        assertThat(current.kind()).isEqualTo(STRETCH);
        assertThat(current.remaining()).isEqualTo(ofSeconds(110));
        assertThat(current.postponesLeft()).isEqualTo(3);
    }

    @Test
    void aBreakRequestedWhileAnotherIsOnScreenIsIgnored() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").start();
        day.engine().takeBreakNow(STRETCH);
        day.engine().takeBreakNow(MICRO);

        assertThat(day.breaks()).containsExactly("09:00:00 stretch");
    }

    @Test
    void aListenerMayAnswerTheBreakFromInsideTheEventAndEveryListenerSeesTheSameOrder() {
        FakeTime time = FakeTime.at("2026-03-02T09:00", Scenario.ZONE);
        ScriptedIdle idle = new ScriptedIdle(time);
        BreakEngine engine = new BreakEngine(time, time, idle, BreakSettings.DEFAULTS, new FakeSuggestions());
        engine.addListener(e -> {
            if (e instanceof EngineEvent.BreakDue) {
                engine.breakShown();
            } else if (e instanceof EngineEvent.BreakShown) {
                engine.completeBreak();
            }
        });
        List<String> seen = new ArrayList<>();
        engine.addListener(e -> seen.add(e.getClass().getSimpleName()));

        engine.takeBreakNow(MICRO);

        assertThat(seen).containsExactly("BreakDue", "StateChanged", "BreakShown", "BreakCompleted", "StateChanged");
        assertThat(engine.status().state()).isEqualTo(EngineState.ACTIVE);
    }

    @Test
    void aListenerThatThrowsDoesNotStopTheOthers() {
        FakeTime time = FakeTime.at("2026-03-02T09:00", Scenario.ZONE);
        BreakEngine engine = new BreakEngine(time, time, new ScriptedIdle(time), BreakSettings.DEFAULTS,
                new FakeSuggestions());
        List<EngineEvent> seen = new ArrayList<>();
        engine.addListener(e -> {
            throw new IllegalStateException("broken listener");
        });
        engine.addListener(seen::add);

        engine.takeBreakNow(MICRO);

        assertThat(seen).hasSize(2);
    }
}
