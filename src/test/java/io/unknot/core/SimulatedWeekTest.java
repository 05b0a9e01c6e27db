package io.unknot.core;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static java.time.Duration.ofHours;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole week as the Quartz driver would run it (a tick every 5 s and at every planned wake-up): office days with
 * lunch, a laptop that sleeps every night, an evening drive on Wednesday and a long drive on Saturday.
 */
class SimulatedWeekTest {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedWeekTest.class);
    private static final WorkingHours OFFICE = new WorkingHours(true,
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0));

    @Test
    void aWeekOfOfficeDaysDrivesAndNightsRunsQuicklyAndEveryDayKeepsTheSameRhythm() {
        long started = System.nanoTime();
        Scenario week = Scenario.startingAt("2026-03-02T08:30").settings(s -> s.withWorkingHours(OFFICE))
                .heartbeat(Duration.ofSeconds(5)).start();
        for (int day = 0; day < 5; day++) {
            week.activeUntil("12:00").awayUntil("13:00").activeUntil("17:30");
            if (day == 2) {
                week.drive(ofHours(2).plusMinutes(15));
            }
            week.suspend(Duration.between(week.now(), week.now().toLocalDate().plusDays(1).atTime(8, 30)
                    .atZone(week.now().getZone())));
        }
        week.suspend(ofHours(1).plusMinutes(30)).drive(ofHours(3)).suspend(ofHours(40));
        week.away(Duration.ofSeconds(5));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        LOG.info("Simulated week: {} events in {} ms", week.events().size(), took.toMillis());

        Map<LocalDate, List<String>> desk = byDay(week, e -> e instanceof EngineEvent.BreakDue d
                && d.kind() != BreakKind.DRIVING);
        assertThat(desk).hasSize(5);
        List<String> monday = desk.get(LocalDate.parse("2026-03-02"));
        assertThat(desk.values()).allSatisfy(day -> assertThat(day).isEqualTo(monday));
        assertThat(monday).first().isEqualTo("09:10:00 micro");
        assertThat(monday).allSatisfy(line -> assertThat(line).isBetween("09:00:00", "17:00:00"));

        assertThat(week.timeline(e -> e instanceof EngineEvent.BreakDue d && d.kind() == BreakKind.DRIVING))
                .containsExactly("19:30:00 driving", "12:00:00 driving");
        assertThat(week.events(EngineEvent.DriveEnded.class)).extracting(EngineEvent.DriveEnded::length)
                .containsExactly(ofHours(2).plusMinutes(15), ofHours(3));
        // Each morning starts fresh: the night counts as every break taken. Thursday has nothing to reset, as
        // Wednesday ended with a driving break; the week ends with the Saturday drive's leftovers.
        assertThat(byDay(week, e -> e instanceof EngineEvent.BreakTakenNaturally n && n.away().toHours() > 10)
                .keySet()).extracting(LocalDate::toString).containsExactly(
                "2026-03-03", "2026-03-04", "2026-03-06", "2026-03-07", "2026-03-09");
        assertThat(week.events()).allSatisfy(TimeChangeTest::hasNoNegativeDuration);
        assertThat(took).isLessThan(Duration.ofSeconds(3));
    }

    private static Map<LocalDate, List<String>> byDay(Scenario week, java.util.function.Predicate<EngineEvent> which) {
        ZoneId zone = week.time().getZone();
        Map<LocalDate, List<String>> days = new TreeMap<>();
        for (EngineEvent e : week.events()) {
            if (which.test(e)) {
                days.computeIfAbsent(LocalDate.ofInstant(e.at(), zone), d -> new java.util.ArrayList<>())
                        .add(week.line(e));
            }
        }
        return days;
    }
}
