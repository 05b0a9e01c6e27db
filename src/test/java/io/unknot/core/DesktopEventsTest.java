package io.unknot.core;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZonedDateTime;

import static io.unknot.core.BreakKind.MICRO;
import static io.unknot.core.BreakKind.STRETCH;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

/** Screen lock, sleep announced by the system, and applications holding the desktop awake, on the fake clock. */
class DesktopEventsTest {

    @Test
    void lockedLongerThanABreakCountsAsTheBreakEvenIfTheLockScreenSawInput() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").only(MICRO).start()
                .active(ofMinutes(8)).locked(true).active(ofMinutes(5)).locked(false).active(ofMinutes(1));

        assertThat(day.timeline()).containsExactly("09:08:20 natural micro");
        // Locked time is not sitting: 8 minutes before, 1 after.
        assertThat(day.status().deskToday()).isEqualTo(ofMinutes(9));
    }

    @Test
    void aBreakThatComesDueWhileLockedShowsAtUnlockIfStillDue() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").only(MICRO).start()
                .activeUntil("09:09:58").locked(true).active(ofSeconds(8)).locked(false).active(ofSeconds(5));

        // Due at 09:10:00 with the screen locked; the lock was shorter than the idle threshold, so still due.
        assertThat(day.breaks()).containsExactly("09:10:06 micro");
    }

    @Test
    void aBreakThatCameDueWhileLockedIsNotShownWhenTheLockLastedLongerThanIt() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").only(MICRO).start()
                .activeUntil("09:09:55").locked(true).away(ofSeconds(40)).locked(false).active(ofSeconds(30));

        assertThat(day.timeline()).containsExactly("09:09:30 warning micro in 30s", "09:10:15 natural micro");
    }

    @Test
    void anHourAsleepBringsNoBurstOfBreaksAndNoHourOfSitting() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").only(MICRO, STRETCH).start()
                .activeUntil("09:44").sleepFor(ofHours(1)).active(ofMinutes(5));

        Instant woke = ZonedDateTime.parse("2026-03-02T10:44+01:00").toInstant();
        assertThat(day.timeline()).filteredOn(line -> line.compareTo("10:00") > 0)
                .containsExactly("10:44:00 natural micro", "10:44:00 natural stretch");
        assertThat(day.status().nextBreak()).hasValueSatisfying(next -> assertThat(next.in()).isPositive());
        assertThat(day.status().at()).isEqualTo(woke.plus(ofMinutes(5)));
        assertThat(day.status().deskToday()).isEqualTo(ofMinutes(49).minus(ofSeconds(80)));
    }

    @Test
    void timeBetweenTheSleepAndWakeSignalsIsAwayEvenWhenTheProcessKeptRunning() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").only(MICRO).start()
                .active(ofMinutes(5))
                .desktop(new DesktopEvent.Sleep(Instant.parse("2026-03-02T08:05:00Z"), true))
                .active(ofMinutes(7))
                .desktop(new DesktopEvent.Sleep(Instant.parse("2026-03-02T08:12:00Z"), false))
                .active(ofMinutes(2));

        assertThat(day.timeline()).containsExactly("09:05:20 natural micro");
        assertThat(day.status().deskToday()).isEqualTo(ofMinutes(7));
        assertThat(day.breaks()).isEmpty();
    }

    @Test
    void whileAnApplicationHoldsTheDesktopAwakeQuietTimeIsSittingAndBreaksWait() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").only(MICRO).start()
                .active(ofMinutes(5)).inhibited(true).away(ofMinutes(10));

        assertThat(day.status().deferred()).isTrue();
        assertThat(day.engine().deferredBy()).containsExactly(DeferReason.INHIBITED);
        assertThat(day.timeline()).isEmpty();
        assertThat(day.status().deskToday()).isEqualTo(ofMinutes(15));

        day.inhibited(false);
        assertThat(day.breaks()).containsExactly("09:15:00 micro");
        assertThat(day.engine().deferredBy()).isEmpty();
    }

    @Test
    void deferralReasonsAddUpAndEachEndsOnItsOwn() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").start().inhibited(true);
        day.engine().setDeferred(DeferReason.DESKTOP_DND, true);
        day.engine().setDeferred(DeferReason.MICROPHONE, true);

        day.inhibited(false);

        assertThat(day.engine().deferredBy()).containsExactly(DeferReason.MICROPHONE, DeferReason.DESKTOP_DND);
        assertThat(day.status().deferred()).isTrue();
    }

    @Test
    void postponingFromTheWarningMovesTheBreakLaterNotSooner() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").only(MICRO).start()
                .activeUntil("09:09:40").postponeFromWarning().active(ofMinutes(15));

        assertThat(day.refusals()).isEmpty();
        assertThat(day.timeline()).startsWith("09:09:30 warning micro in 30s", "09:09:40 postponed micro (2 left)",
                "09:14:30 warning micro in 30s", "09:15:00 micro");
    }
}
