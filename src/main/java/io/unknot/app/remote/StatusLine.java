package io.unknot.app.remote;

import io.unknot.core.BreakKind;
import io.unknot.core.EngineStatus;
import io.unknot.i18n.Messages;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

/** The human answer to {@code status}: one line in the user's language. */
public final class StatusLine {

    private static final Messages CLI = Messages.of("cli");

    private StatusLine() {
    }

    public static String of(EngineStatus status, ZoneId zone) {
        List<String> parts = new ArrayList<>();
        parts.add(CLI.text("cli.state." + status.state().id()));
        parts.add(CLI.text("cli.status.sitting", duration(status.sittingToday()), duration(status.drivingToday())));
        status.currentBreak().ifPresent(current ->
                parts.add(CLI.text("cli.status.onBreak", kind(current.kind()), duration(current.remaining()))));
        status.pausedUntil().ifPresent(until -> parts.add(CLI.text("cli.status.pausedUntil", time(until, zone))));
        if (status.currentBreak().isEmpty()) {
            parts.add(status.nextBreak()
                    .map(next -> CLI.text("cli.status.next", kind(next.kind()), duration(next.in())))
                    .orElse(CLI.text("cli.status.noNext")));
        }
        if (status.deferred()) {
            parts.add(CLI.text("cli.status.deferred"));
        }
        if (!status.idleDetection()) {
            parts.add(CLI.text("cli.status.noIdleDetection"));
        }
        return String.join(" · ", parts);
    }

    /** The break kind's name as used inside a sentence, e.g. "stretch". */
    public static String kind(BreakKind kind) {
        return CLI.text("cli.kind." + kind.id());
    }

    /** A short time of day in the user's locale, e.g. "15:30" or "3:30 PM". */
    public static String time(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Messages.locale())
                .format(instant.atZone(zone));
    }

    /** {@link #time} when {@code instant} is on the same day as {@code now}, else with the weekday before it. */
    public static String moment(Instant instant, Instant now, ZoneId zone) {
        if (instant.atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate())) {
            return time(instant, zone);
        }
        return DateTimeFormatter.ofPattern("EEEE", Messages.locale()).format(instant.atZone(zone)) + " "
                + time(instant, zone);
    }

    /** "2 h 05 min", "8 min", "40 s", "0 min". */
    static String duration(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds > 0 && seconds < 60) {
            return CLI.text("cli.duration.seconds", seconds);
        }
        long minutes = seconds / 60;
        return minutes < 60
                ? CLI.text("cli.duration.minutes", minutes)
                : CLI.text("cli.duration.hours", minutes / 60, String.format("%02d", minutes % 60));
    }
}
