package io.unknot.ui;

import io.unknot.core.BreakKind;
import io.unknot.core.EngineStatus;
import io.unknot.core.EngineStatus.NextBreak;
import io.unknot.i18n.Language;
import io.unknot.i18n.Messages;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

/**
 * The one-line status shown in the tray, the status window and the {@code status} command, e.g.
 * "Sitting 42 min · stretch break in 8 min". Pure: everything comes from the {@link EngineStatus}, the zone and
 * the texts of the {@code tray} bundle.
 */
public final class StatusText {

    private final Messages texts;

    private final ZoneId zone;

    public StatusText(Language language, ZoneId zone) {
        this.texts = language.messages("tray");
        this.zone = zone;
    }

    public static StatusText systemDefault(Language language) {
        return new StatusText(language, ZoneId.systemDefault());
    }

    /** The status line for this snapshot. */
    public String line(EngineStatus status) {
        return switch (status.state()) {
            case ACTIVE -> sitting(status);
            case IDLE -> status.nextBreak()
                    .map(next -> texts.text("status.idleNext", kind(next.kind()), until(next.in())))
                    .orElseGet(() -> texts.text("status.idle"));
            case DRIVING -> driving(status);
            case ON_BREAK -> status.currentBreak()
                    .map(now -> texts.text("status.onBreakLeft", kind(now.kind()), countdown(now.remaining())))
                    .orElseGet(() -> texts.text("status.onBreak"));
            case PAUSED -> status.pausedUntil()
                    .map(until -> pausedUntil(until, status.at()))
                    .orElseGet(() -> texts.text("status.paused"));
            case OFF_HOURS -> texts.text("status.offHours");
        };
    }

    /** A second line worth showing with the status, such as a warning that idle time cannot be detected. */
    public Optional<String> hint(EngineStatus status) {
        return status.idleDetection() ? Optional.empty() : Optional.of(texts.text("hint.noIdleDetection"));
    }

    /** The tray icon's tooltip: the product name and the status line. */
    /** The tray texts these lines come from, for the menu beside them. */
    public Messages messages() {
        return texts;
    }

    public String tooltip(EngineStatus status) {
        return texts.text("tooltip", line(status));
    }

    /** Elapsed time in whole minutes, rounded down: "42 min", "1 h 10 min", "2 h", "<1 min". */
    public String elapsed(Duration duration) {
        return minutes(Math.max(0, duration.toMinutes()));
    }

    /** Time until something, in whole minutes rounded up, so that "in 1 min" is never already past. */
    public String until(Duration duration) {
        return minutes((secondsRoundedUp(duration) + 59) / 60);
    }

    /** Like {@link #until}, but a lead under a minute reads in seconds: "30 s". */
    public String untilShort(Duration duration) {
        long seconds = secondsRoundedUp(duration);
        return seconds < 60 ? texts.text("duration.seconds", seconds) : until(duration);
    }

    /** A countdown as a clock shows it, rounded up to the second: "2:40", "0:05", "1:02:40". */
    public static String countdown(Duration remaining) {
        long seconds = secondsRoundedUp(remaining);
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long secs = seconds % 60;
        return hours > 0
                ? String.format("%d:%02d:%02d", hours, minutes, secs)
                : String.format("%d:%02d", minutes, secs);
    }

    /** The break kind as it reads inside a sentence: "stretch break". */
    public String kind(BreakKind kind) {
        return texts.text("kind." + kind.id());
    }

    /** The break kind as a title or menu entry: "Stretch break". */
    public String kindTitle(BreakKind kind) {
        return texts.text("kindTitle." + kind.id());
    }

    /** Whole seconds, a started one counting in full, and never below zero. */
    private static long secondsRoundedUp(Duration duration) {
        return Math.max(0, duration.toSeconds() + (duration.getNano() > 0 ? 1 : 0));
    }

    private String minutes(long totalMinutes) {
        if (totalMinutes < 1) {
            return texts.text("duration.lessThanMinute");
        }
        long hours = totalMinutes / 60;
        long minutes = totalMinutes % 60;
        if (hours == 0) {
            return texts.text("duration.minutes", minutes);
        }
        return minutes == 0
                ? texts.text("duration.hours", hours)
                : texts.text("duration.hoursMinutes", hours, minutes);
    }

    private String sitting(EngineStatus status) {
        String sat = elapsed(status.sittingSinceBreak());
        Optional<NextBreak> next = status.nextBreak();
        if (next.isEmpty()) {
            return texts.text("status.sitting", sat);
        }
        NextBreak due = next.get();
        if (status.deferred() && (due.in().isZero() || due.in().isNegative())) {
            return texts.text("status.sittingWaiting", sat, kind(due.kind()));
        }
        return texts.text("status.sittingNext", sat, kind(due.kind()), until(due.in()));
    }

    private String driving(EngineStatus status) {
        String drove = elapsed(status.driveLength().orElse(status.sittingSinceBreak()));
        return status.nextBreak()
                .map(next -> next.kind() == BreakKind.DRIVING
                        ? texts.text("status.drivingNext", drove, until(next.in()))
                        : texts.text("status.drivingOther", drove, kind(next.kind()), until(next.in())))
                .orElseGet(() -> texts.text("status.driving", drove));
    }

    private String pausedUntil(Instant until, Instant now) {
        ZonedDateTime end = until.atZone(zone);
        String time = end.format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(texts.locale()));
        LocalDate today = now.atZone(zone).toLocalDate();
        return end.toLocalDate().equals(today)
                ? texts.text("status.pausedUntil", time)
                : texts.text("status.pausedUntilDay", day(end), time);
    }

    private String day(ZonedDateTime when) {
        return when.format(DateTimeFormatter.ofPattern("EEE", texts.locale()));
    }
}
