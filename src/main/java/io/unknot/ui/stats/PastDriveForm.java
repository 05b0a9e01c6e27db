package io.unknot.ui.stats;

import io.unknot.history.HistoryRecord;
import io.unknot.i18n.Language;
import io.unknot.i18n.Messages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the "Log a past drive" fields: a date in the language's pattern, a start time on the 24-hour clock, and a
 * length as hours:minutes (or plain minutes). Says what is wrong with each field, in the user's language.
 */
final class PastDriveForm {

    /** Where a problem is shown: next to a field, or for the drive as a whole. */
    enum Field { DATE, TIME, LENGTH, DRIVE }

    record Problem(Field field, String message) {}

    /** A drive that passed every check made here (overlap with recorded time is checked against the store). */
    record Drive(Instant start, Duration length) {}

    record Result(Optional<Drive> drive, List<Problem> problems) {}

    private static final Pattern HOURS_MINUTES = Pattern.compile("(\\d{1,2}):([0-5]\\d)");
    private static final Pattern MINUTES = Pattern.compile("\\d{1,4}");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOW_TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Messages texts;
    private final Clock clock;
    private final DateTimeFormatter date;

    PastDriveForm(Language language, Clock clock) {
        this.texts = language.messages("stats");
        this.clock = clock;
        this.date = DateTimeFormatter.ofPattern(texts.text("drive.date.pattern"), texts.locale())
                .withResolverStyle(ResolverStyle.STRICT);
    }

    String formatDate(LocalDate day) {
        return date.format(day);
    }

    String formatTime(LocalTime time) {
        return SHOW_TIME.format(time);
    }

    String formatLength(Duration length) {
        return length.toHours() + ":" + String.format(java.util.Locale.ROOT, "%02d", length.toMinutesPart());
    }

    Result read(String dateText, String timeText, String lengthText) {
        List<Problem> problems = new ArrayList<>();
        Optional<LocalDate> day = parse(() -> LocalDate.parse(dateText.trim(), date));
        if (day.isEmpty()) {
            problems.add(new Problem(Field.DATE, texts.text("drive.error.date", formatDate(LocalDate.now(clock)))));
        }
        Optional<LocalTime> time = parse(() -> LocalTime.parse(timeText.trim(), TIME));
        if (time.isEmpty()) {
            problems.add(new Problem(Field.TIME, texts.text("drive.error.time")));
        }
        Optional<Duration> length = length(lengthText.trim());
        if (length.isEmpty()) {
            problems.add(new Problem(Field.LENGTH, texts.text("drive.error.length")));
        }
        if (!problems.isEmpty()) {
            return new Result(Optional.empty(), problems);
        }
        // A start inside a DST gap moves forward by the gap, as the clock on the wall did.
        Instant start = day.get().atTime(time.get()).atZone(clock.getZone()).toInstant();
        Instant end = start.plus(length.get());
        if (end.isAfter(clock.instant())) {
            String shown = SHOW_TIME.format(end.atZone(clock.getZone()));
            return new Result(Optional.empty(), List.of(new Problem(Field.DRIVE,
                    texts.text("drive.error.future", shown))));
        }
        return new Result(Optional.of(new Drive(start, length.get())), List.of());
    }

    private static Optional<Duration> length(String text) {
        Duration d;
        Matcher hm = HOURS_MINUTES.matcher(text);
        if (hm.matches()) {
            d = Duration.ofHours(Long.parseLong(hm.group(1))).plusMinutes(Long.parseLong(hm.group(2)));
        } else if (MINUTES.matcher(text).matches()) {
            d = Duration.ofMinutes(Long.parseLong(text));
        } else {
            return Optional.empty();
        }
        return d.isZero() || d.compareTo(HistoryRecord.MAX_PAST_DRIVE) > 0 ? Optional.empty() : Optional.of(d);
    }

    private static <T> Optional<T> parse(java.util.function.Supplier<T> parser) {
        try {
            return Optional.of(parser.get());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
