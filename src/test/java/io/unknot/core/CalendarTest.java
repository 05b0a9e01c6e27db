package io.unknot.core;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Local days, working-hours boundaries and minute slices. */
class CalendarTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void theSpringDaylightSavingDayLastsTwentyThreeHours() {
        LocalDay day = new LocalDay(BERLIN, at("2026-03-29T12:00+02:00"));

        Instant midnight = day.nextMidnight(at("2026-03-29T12:00+02:00"));

        assertThat(midnight).isEqualTo(at("2026-03-30T00:00+02:00"));
        assertThat(Duration.between(at("2026-03-29T00:00+01:00"), midnight)).isEqualTo(Duration.ofHours(23));
        assertThat(day.dateOf(at("2026-03-29T23:59:59+02:00"))).isEqualTo(LocalDate.parse("2026-03-29"));
        assertThat(day.dateOf(midnight)).isEqualTo(LocalDate.parse("2026-03-30"));
    }

    @Test
    void workingHoursChangeOnlyAtTheirBoundaries() {
        WorkingHours office = new WorkingHours(true, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(9, 0), LocalTime.of(17, 0));
        WorkingTime working = new WorkingTime(BERLIN, office);

        assertThat(working.inside(at("2026-03-06T16:59:59+01:00"))).isTrue(); // Friday
        assertThat(working.nextBoundary(at("2026-03-06T16:59:59+01:00"))).contains(at("2026-03-06T17:00+01:00"));
        assertThat(working.inside(at("2026-03-06T17:00+01:00"))).isFalse();
        assertThat(working.inside(at("2026-03-07T10:00+01:00"))).isFalse(); // Saturday
        assertThat(working.inside(at("2026-03-09T09:00+01:00"))).isTrue(); // Monday
        assertThat(working.inside(at("2026-03-06T10:00+01:00"))).isTrue(); // the clock set back to Friday
    }

    @Test
    void aNightShiftEndsWhenItsDayIsNotAWorkingDay() {
        WorkingHours nights = new WorkingHours(true, EnumSet.of(DayOfWeek.FRIDAY), LocalTime.of(22, 0),
                LocalTime.of(6, 0));
        WorkingTime working = new WorkingTime(BERLIN, nights);

        assertThat(working.inside(at("2026-03-06T23:00+01:00"))).isTrue();
        assertThat(working.inside(at("2026-03-07T01:00+01:00"))).isFalse(); // Saturday, as WorkingHours says
    }

    @Test
    void untilTomorrowMeansTheNextWorkingDaysStartOrMidnight() {
        WorkingHours office = new WorkingHours(true, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(8, 30), LocalTime.of(17, 0));
        ZonedDateTime friday = ZonedDateTime.parse("2026-03-06T15:00+01:00[Europe/Berlin]");

        assertThat(WorkingCalendar.tomorrow(office, friday))
                .isEqualTo(ZonedDateTime.parse("2026-03-09T08:30+01:00[Europe/Berlin]"));
        assertThat(WorkingCalendar.tomorrow(new WorkingHours(false, office.days(), office.start(), office.end()),
                friday)).isEqualTo(ZonedDateTime.parse("2026-03-07T00:00+01:00[Europe/Berlin]"));
    }

    @Test
    void aSpanIsCutAtEveryMinuteBoundary() {
        List<String> pieces = new ArrayList<>();

        MinuteSlices.cut(at("2026-03-02T09:00:50Z"), Duration.ofSeconds(75),
                (end, length) -> pieces.add(end + " " + length.toSeconds()));

        assertThat(pieces).containsExactly("2026-03-02T09:01:00Z 10", "2026-03-02T09:02:00Z 60",
                "2026-03-02T09:02:05Z 5");
    }

    @Test
    void theDayOnlyMovesForward() {
        DayTotals totals = new DayTotals(LocalDate.parse("2026-03-03"));
        totals.add(Activity.DESK, LocalDate.parse("2026-03-03"), Duration.ofMinutes(5));

        totals.rollTo(LocalDate.parse("2026-03-02"));
        totals.add(Activity.DESK, LocalDate.parse("2026-03-02"), Duration.ofMinutes(1));
        assertThat(totals.desk()).isEqualTo(Duration.ofMinutes(5));

        totals.add(Activity.DRIVING, LocalDate.parse("2026-03-04"), Duration.ofMinutes(2));
        assertThat(totals.day()).isEqualTo(LocalDate.parse("2026-03-04"));
        assertThat(totals.desk()).isZero();
        assertThat(totals.driving()).isEqualTo(Duration.ofMinutes(2));
    }

    private static Instant at(String offsetDateTime) {
        return java.time.OffsetDateTime.parse(offsetDateTime).toInstant();
    }
}
