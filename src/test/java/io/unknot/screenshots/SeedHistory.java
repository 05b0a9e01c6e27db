package io.unknot.screenshots;

import io.unknot.core.Activity;
import io.unknot.core.BreakKind;
import io.unknot.history.HistoryBuilder;
import io.unknot.history.HistoryStore;
import io.unknot.history.RecordType;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/**
 * Gives a throwaway home a plausible month of history for the README's statistics screenshot (not a test; run by
 * {@code scripts/screenshots} before it starts the app there). Workdays of desk time with a commute, quieter
 * weekends, breaks mostly done; nothing at or after the current minute, since the app records from then on.
 * Argument: the data folder, e.g. {@code HOME/.local/share/unknot}. Uses the JVM's time zone, so give it the same
 * {@code -Duser.timezone} as the app.
 */
public final class SeedHistory {

    private static final List<String> MICRO = List.of("eyes-far-look", "eyes-blink-roll", "eyes-palming");
    private static final List<String> STRETCH = List.of("neck-side-tilt", "shoulder-rolls", "chin-tuck",
            "seated-twist", "wrist-stretch", "stand-and-reach");
    private static final List<String> MOVEMENT = List.of("stairs", "brisk-walk", "march-in-place");

    private final HistoryBuilder history;
    private final LocalDateTime now;
    private final Random random = new Random(42); // the same pattern of days every run

    private SeedHistory(Clock clock) {
        history = HistoryBuilder.in(clock.getZone().getId());
        now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: SeedHistory DATA-DIR");
        }
        Clock clock = Clock.systemDefaultZone();
        SeedHistory seed = new SeedHistory(clock);
        for (LocalDate day = seed.now.toLocalDate().minusDays(34); !day.isAfter(seed.now.toLocalDate());
             day = day.plusDays(1)) {
            seed.day(day);
        }
        try (HistoryStore store = HistoryStore.open(Path.of(args[0]), clock)) {
            seed.history.writeTo(store);
        }
    }

    private void day(LocalDate day) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        LocalDateTime t = day.atTime(weekend ? 10 : 8, random.nextInt(30));
        if (!weekend) {
            t = sit(Activity.DRIVING, t, 25 + random.nextInt(20));
        }
        int blocks = weekend ? 1 + random.nextInt(2) : 4 + random.nextInt(3);
        for (int b = 0; b < blocks; b++) {
            LocalDateTime start = t;
            t = sit(Activity.DESK, t, 40 + random.nextInt(weekend ? 50 : 80));
            for (LocalDateTime micro = start.plusMinutes(15); micro.isBefore(t); micro = micro.plusMinutes(15)) {
                if (random.nextInt(10) < 8) {
                    done(micro, BreakKind.MICRO, MICRO);
                } else {
                    event(RecordType.BREAK_SKIPPED, micro, BreakKind.MICRO);
                }
            }
            int roll = random.nextInt(10);
            if (roll < 6) {
                done(t, BreakKind.STRETCH, STRETCH);
            } else if (roll < 8) {
                event(RecordType.BREAK_POSTPONED, t, BreakKind.STRETCH);
                done(t.plusMinutes(1), BreakKind.MOVEMENT, MOVEMENT);
            } else {
                event(RecordType.BREAK_SKIPPED, t, BreakKind.STRETCH);
            }
            t = t.plusMinutes(6 + random.nextInt(40));
        }
        if (!weekend) {
            sit(Activity.DRIVING, t.plusMinutes(10), 25 + random.nextInt(25));
        }
    }

    /** Minutes of sitting from {@code from}, cut off at the current minute; returns where they ended. */
    private LocalDateTime sit(Activity activity, LocalDateTime from, int minutes) {
        long upToNow = Math.max(0, ChronoUnit.MINUTES.between(from, now));
        int length = (int) Math.min(minutes, upToNow);
        if (length > 0) {
            history.sit(activity, from.toString(), length);
        }
        return from.plusMinutes(minutes);
    }

    private void done(LocalDateTime when, BreakKind kind, List<String> suggestions) {
        if (when.isBefore(now)) {
            history.done(when.toString(), kind, suggestions.get(random.nextInt(suggestions.size())));
        }
    }

    private void event(RecordType type, LocalDateTime when, BreakKind kind) {
        if (when.isBefore(now)) {
            history.breakEvent(type, when.toString(), kind);
        }
    }
}
