package io.unknot.app.remote;

import io.unknot.core.BreakKind;
import io.unknot.core.EngineStatus;
import io.unknot.i18n.Language;
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

    private final Messages cli;

    public StatusLine(Language language) {
        this.cli = language.messages("cli");
    }

    public String of(EngineStatus status, ZoneId zone) {
        List<String> parts = new ArrayList<>();
        parts.add(cli.text("cli.state." + status.state().id()));
        parts.add(cli.text("cli.status.sitting", duration(status.sittingToday()), duration(status.drivingToday())));
        status.currentBreak().ifPresent(current ->
                parts.add(cli.text("cli.status.onBreak", kind(current.kind()), duration(current.remaining()))));
        status.pausedUntil().ifPresent(until -> parts.add(cli.text("cli.status.pausedUntil", time(until, zone))));
        if (status.currentBreak().isEmpty()) {
            parts.add(status.nextBreak()
                    .map(next -> cli.text("cli.status.next", kind(next.kind()), duration(next.in())))
                    .orElse(cli.text("cli.status.noNext")));
        }
        if (status.deferred()) {
            parts.add(cli.text("cli.status.deferred"));
        }
        if (!status.idleDetection()) {
            parts.add(cli.text("cli.status.noIdleDetection"));
        }
        return String.join(" · ", parts);
    }

    /** The break kind's name as used inside a sentence, e.g. "stretch". */
    public String kind(BreakKind kind) {
        return cli.text("cli.kind." + kind.id());
    }

    /** A short time of day in the user's locale, e.g. "15:30" or "3:30 PM". */
    public String time(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(cli.locale())
                .format(instant.atZone(zone));
    }

    /** {@link #time} when {@code instant} is on the same day as {@code now}, else with the weekday before it. */
    public String moment(Instant instant, Instant now, ZoneId zone) {
        if (instant.atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate())) {
            return time(instant, zone);
        }
        return DateTimeFormatter.ofPattern("EEEE", cli.locale()).format(instant.atZone(zone)) + " "
                + time(instant, zone);
    }

    /** "2 h 05 min", "8 min", "40 s", "0 min". */
    String duration(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds > 0 && seconds < 60) {
            return cli.text("cli.duration.seconds", seconds);
        }
        long minutes = seconds / 60;
        return minutes < 60
                ? cli.text("cli.duration.minutes", minutes)
                : cli.text("cli.duration.hours", minutes / 60, String.format("%02d", minutes % 60));
    }
}
