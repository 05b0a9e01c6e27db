package io.unknot.history;

import io.unknot.core.Activity;
import io.unknot.core.BreakKind;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Figures per local calendar day (in the clock's zone, so a day may have 23 or 25 hours) from history records.
 *
 * <p>The longest stretch is sitting (desk and driving together) between two breaks. A stretch ends when a break
 * is done or taken naturally, except micro breaks, which are taken in the chair; it also ends after a gap of
 * {@link #STRETCH_GAP} with no sitting recorded (Unknot was not running or the computer slept), and at midnight.
 */
public final class Statistics {

    /** A gap this long without sitting recorded ends a stretch: nobody knows the user sat through it. */
    public static final Duration STRETCH_GAP = Duration.ofMinutes(10);

    private final NavigableMap<LocalDate, DayFigures> days;

    private Statistics(NavigableMap<LocalDate, DayFigures> days) {
        this.days = days;
    }

    /** The {@code count} days up to and including today (by {@code clock}), read from the store. */
    public static Statistics load(HistoryStore store, Clock clock, int count) throws IOException {
        LocalDate today = LocalDate.now(clock);
        LocalDate first = today.minusDays(count - 1L);
        Accumulator days = new Accumulator(clock.getZone(), first, today);
        store.forEach(readFrom(first, clock.getZone()), dayStart(today.plusDays(1), clock.getZone()), days);
        return days.result();
    }

    /** Every day from the oldest record to today (by {@code clock}); reads one month at a time. */
    public static Statistics loadAll(HistoryStore store, Clock clock) throws IOException {
        LocalDate today = LocalDate.now(clock);
        LocalDate first = store.oldest().map(at -> LocalDate.ofInstant(at, clock.getZone())).orElse(today);
        Accumulator days = new Accumulator(clock.getZone(), first.isAfter(today) ? today : first, today);
        store.forEach(Instant.MIN, Instant.MAX, days);
        return days.result();
    }

    /** Where to start reading for {@code first}: early enough for a drive logged by hand that reaches into it. */
    public static Instant readFrom(LocalDate first, ZoneId zone) {
        return dayStart(first, zone).minus(HistoryRecord.MAX_PAST_DRIVE);
    }

    /** The figures for each day from {@code first} to {@code last}; records outside them are ignored. */
    public static Statistics of(List<HistoryRecord> records, ZoneId zone, LocalDate first, LocalDate last) {
        Accumulator days = new Accumulator(zone, first, last);
        records.forEach(days);
        return days.result();
    }

    /** Every day covered, oldest first. */
    public List<DayFigures> days() {
        return List.copyOf(days.values());
    }

    /** The last {@code n} days covered (all of them when fewer), oldest first. */
    public List<DayFigures> lastDays(int n) {
        List<DayFigures> all = days();
        return all.subList(Math.max(0, all.size() - n), all.size());
    }

    /** The newest day covered: today, for {@link #load}. */
    public DayFigures last() {
        return days.lastEntry().getValue();
    }

    public DayFigures day(LocalDate date) {
        DayFigures figures = days.get(date);
        if (figures == null) {
            throw new IllegalArgumentException(date + " is not covered (" + days.firstKey() + ".." + days.lastKey() + ")");
        }
        return figures;
    }

    private static Instant dayStart(LocalDate date, ZoneId zone) {
        return date.atStartOfDay(zone).toInstant();
    }

    /** Sorts records into their days as they come, in any order. */
    private static final class Accumulator implements Consumer<HistoryRecord> {
        private final ZoneId zone;
        private final NavigableMap<LocalDate, DayBuilder> builders = new TreeMap<>();

        Accumulator(ZoneId zone, LocalDate first, LocalDate last) {
            if (last.isBefore(first)) {
                throw new IllegalArgumentException(first + " is after " + last);
            }
            this.zone = zone;
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                builders.put(d, new DayBuilder(d));
            }
        }

        @Override
        public void accept(HistoryRecord r) {
            if (r.type() == RecordType.PAST_DRIVE) {
                addAcrossDays(r);
            } else {
                DayBuilder day = builders.get(LocalDate.ofInstant(r.at(), zone));
                if (day != null) {
                    day.add(r);
                }
            }
        }

        Statistics result() {
            NavigableMap<LocalDate, DayFigures> figures = new TreeMap<>();
            builders.forEach((date, builder) -> figures.put(date, builder.build()));
            return new Statistics(figures);
        }

        private void addAcrossDays(HistoryRecord drive) {
            Instant start = drive.at();
            Instant end = drive.end();
            while (start.isBefore(end)) {
                LocalDate date = LocalDate.ofInstant(start, zone);
                Instant dayEnd = dayStart(date.plusDays(1), zone);
                Instant pieceEnd = end.isBefore(dayEnd) ? end : dayEnd;
                DayBuilder day = builders.get(date);
                if (day != null) {
                    day.sit(Activity.DRIVING, start, Duration.between(start, pieceEnd));
                }
                start = pieceEnd;
            }
        }
    }

    /** Collects one day's records, then works out its figures. */
    private static final class DayBuilder {
        private final LocalDate date;
        private final List<Moment> timeline = new ArrayList<>();
        private final Map<String, Integer> suggestions = new HashMap<>();
        private Duration desk = Duration.ZERO;
        private Duration driving = Duration.ZERO;
        private int done;
        private int postponed;
        private int skipped;
        private int natural;
        private int ignored;

        /** Sitting from {@code at} for {@code length}, or (length null) a break that ends a stretch. */
        private record Moment(Instant at, Duration length) {}

        DayBuilder(LocalDate date) {
            this.date = date;
        }

        void add(HistoryRecord r) {
            switch (r.type()) {
                case SITTING -> sit(r.activity().orElse(Activity.DESK), r.at(), r.length());
                case BREAK_DONE -> {
                    done++;
                    r.suggestion().ifPresent(id -> suggestions.merge(id, 1, Integer::sum));
                    endsStretch(r);
                }
                case BREAK_TAKEN_NATURALLY -> {
                    natural++;
                    endsStretch(r);
                }
                case BREAK_POSTPONED -> postponed++;
                case BREAK_SKIPPED -> skipped++;
                case BREAK_IGNORED -> ignored++;
                default -> {
                    // Due, shown, drive start/end and limit records carry no daily figure.
                }
            }
        }

        void sit(Activity activity, Instant at, Duration length) {
            if (activity == Activity.DRIVING) {
                driving = driving.plus(length);
            } else {
                desk = desk.plus(length);
            }
            timeline.add(new Moment(at, length));
        }

        private void endsStretch(HistoryRecord r) {
            if (r.kind().orElse(BreakKind.STRETCH) != BreakKind.MICRO) {
                timeline.add(new Moment(r.at(), null));
            }
        }

        DayFigures build() {
            return new DayFigures(date, desk, driving, longestStretch(), done, postponed, skipped, natural,
                    suggestions, ignored);
        }

        private Duration longestStretch() {
            // Breaks sort before sitting that starts at the same moment: that sitting comes after the break.
            timeline.sort(Comparator.comparing(Moment::at).thenComparing(m -> m.length() != null));
            Duration longest = Duration.ZERO;
            Duration current = Duration.ZERO;
            Instant lastEnd = null;
            for (Moment m : timeline) {
                if (m.length() == null) {
                    current = Duration.ZERO;
                    lastEnd = null;
                    continue;
                }
                if (lastEnd != null && Duration.between(lastEnd, m.at()).compareTo(STRETCH_GAP) >= 0) {
                    current = Duration.ZERO;
                }
                current = current.plus(m.length());
                Instant end = m.at().plus(m.length());
                lastEnd = lastEnd == null || end.isAfter(lastEnd) ? end : lastEnd;
                if (current.compareTo(longest) > 0) {
                    longest = current;
                }
            }
            return longest;
        }
    }
}
