package io.unknot.core;

import io.unknot.core.suggest.SuggestionNeed;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;

import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;

/** Drives: driving time, the driving break, desk timers holding, and the stretch after the drive. */
class DrivingTest {

    @Test
    void aDriveOfTwoHoursAndAHalfRaisesOneDrivingBreakAtTwoHours() {
        Scenario day = Scenario.startingAt("2026-03-02T08:30").start().drive(ofHours(2).plusMinutes(30));

        assertThat(day.timeline()).containsExactly(
                "08:30:00 drive started",
                "10:29:30 warning driving in 30s", "10:30:00 driving", "10:45:00 done driving",
                "11:00:00 drive ended after 2:30:00");
        assertThat(day.status().drivingToday()).isEqualTo(ofHours(2).plusMinutes(15));
        assertThat(day.status().deskToday()).isZero();
    }

    @Test
    void aDayWithTwoDrivesHoldsTheDeskTimersWhileDrivingAndCountsDrivingTowardsMovement() {
        Scenario day = Scenario.startingAt("2026-03-02T08:00").start()
                .activeUntil("08:30").drive(ofHours(2).plusMinutes(30))
                .activeUntil("12:00").drive(ofHours(1))
                .activeUntil("14:00");

        assertThat(day.timeline(e -> e instanceof EngineEvent.BreakDue || e instanceof EngineEvent.DriveStarted
                || e instanceof EngineEvent.DriveEnded)).containsExactly(
                "08:10:00 micro", "08:20:20 micro",
                "08:30:00 drive started", "10:30:00 driving", "11:00:00 drive ended after 2:30:00",
                // the 15-minute driving break restarted every shorter timer
                "11:10:00 micro", "11:20:20 micro", "11:30:40 micro", "11:41:00 micro", "11:46:20 stretch",
                "11:59:20 micro",
                "12:00:00 drive started", "13:00:00 drive ended after 1:00:00",
                // desk timers resume where they stood at 12:00; 15 min + 55 min 20 s at the desk and 60 min
                // on the road make the 13:35:40 stretch slot a movement break
                "13:09:40 micro", "13:20:00 micro", "13:30:20 micro", "13:35:40 movement", "13:50:40 micro");
        assertThat(day.status().drivingToday()).isEqualTo(ofHours(3).plusMinutes(15));
    }

    @Test
    void aDriveEndsWithAPostDriveStretchSuggestion() {
        Scenario day = Scenario.startingAt("2026-03-02T08:00").start().drive(ofMinutes(40));

        EngineEvent.DriveEnded ended = day.events(EngineEvent.DriveEnded.class).get(0);
        assertThat(ended.length()).isEqualTo(ofMinutes(40));
        assertThat(ended.stretch().needs()).containsExactly(SuggestionNeed.POST_DRIVE);
        assertThat(day.timeline(e -> e instanceof EngineEvent.StateChanged)).containsExactly(
                "08:00:00 driving", "08:40:00 active");
    }

    @Test
    void idleNeverCountsAsABreakWhileDriving() {
        Scenario day = Scenario.startingAt("2026-03-02T08:00").start().activeUntil("08:09").drive(ofMinutes(90));

        assertThat(day.events(EngineEvent.BreakTakenNaturally.class)).isEmpty();
        assertThat(day.breaks()).isEmpty();
        // the desk's micro timer held at 9 min through the drive
        day.active(ofMinutes(2));
        assertThat(day.breaks()).containsExactly("09:40:00 micro");
    }

    @Test
    void drivingBreaksIgnoreWorkingHoursForSafety() {
        WorkingHours office = new WorkingHours(true, EnumSet.allOf(java.time.DayOfWeek.class), LocalTime.of(9, 0),
                LocalTime.of(17, 0));
        Scenario day = Scenario.startingAt("2026-03-02T18:00").settings(s -> s.withWorkingHours(office)).start()
                .drive(ofHours(2).plusMinutes(5));

        assertThat(day.breaks()).containsExactly("20:00:00 driving");
    }

    @Test
    void aSuspendDuringADriveCountsAsDriving() {
        Scenario day = Scenario.startingAt("2026-03-02T08:00").start();
        day.engine().startDrive();
        day.suspend(ofHours(2)).away(Duration.ofSeconds(1));

        assertThat(day.breaks()).containsExactly("10:00:01 driving");
        assertThat(day.events(EngineEvent.BreakTakenNaturally.class)).isEmpty();
    }
}
