package io.unknot.app.remote;

import io.unknot.core.DeferReason;
import io.unknot.core.EngineStatus;
import io.unknot.history.HealthText;
import io.unknot.history.HistoryKeeper;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code status --json}: one JSON object on one line. Scripts depend on these field names and their meaning, so
 * change them only by adding fields. Written by hand: the few values are numbers, booleans, ids and times.
 */
public final class StatusJson {

    private StatusJson() {
    }

    /** With the {@code history} field: whether history is kept, why not, and how many records were lost. */
    public static String of(EngineStatus status, DesktopStatus desktop, ZoneId zone, HistoryKeeper.Health history,
                            HealthText healthText) {
        String json = of(status, desktop, zone);
        String reason = healthText.reason(history);
        return json.substring(0, json.length() - 1) + ",\"history\":{\"state\":" + string(history.state().id())
                + (reason.isEmpty() ? "" : ",\"reason\":" + string(reason))
                + ",\"lostRecords\":" + history.lost() + "}}";
    }

    public static String of(EngineStatus status, DesktopStatus desktop, ZoneId zone) {
        StringBuilder json = new StringBuilder(320).append('{');
        field(json, "state", string(status.state().id()));
        field(json, "sittingSecondsToday", seconds(status.sittingToday()));
        field(json, "deskSecondsToday", seconds(status.deskToday()));
        field(json, "drivingSecondsToday", seconds(status.drivingToday()));
        field(json, "sittingSecondsSinceBreak", seconds(status.sittingSinceBreak()));
        field(json, "nextBreak", status.nextBreak()
                .map(next -> "{\"kind\":" + string(next.kind().id()) + ",\"inSeconds\":" + seconds(next.in()) + "}")
                .orElse("null"));
        field(json, "pausedUntil", time(status.pausedUntil(), zone));
        field(json, "breakShowing", Boolean.toString(status.breakShowing()));
        field(json, "currentBreak", status.currentBreak()
                .map(current -> "{\"kind\":" + string(current.kind().id())
                        + ",\"suggestion\":" + string(current.suggestion().id())
                        + ",\"title\":" + string(current.suggestion().title())
                        + ",\"remainingSeconds\":" + seconds(current.remaining())
                        + ",\"postponesLeft\":" + current.postponesLeft()
                        + ",\"strict\":" + current.strict()
                        + ",\"routine\":" + routine(current)
                        + ",\"step\":" + current.step() + "}")
                .orElse("null"));
        field(json, "driveSeconds", status.driveLength().map(StatusJson::seconds).orElse("null"));
        field(json, "deferred", Boolean.toString(status.deferred()));
        field(json, "idleDetection", Boolean.toString(status.idleDetection()));
        field(json, "idleSource", string(desktop.idleSource()));
        field(json, "deferredBy", desktop.deferredBy().stream().sorted().map(DeferReason::id).map(StatusJson::string)
                .collect(Collectors.joining(",", "[", "]")));
        field(json, "at", time(Optional.of(status.at()), zone));
        json.setLength(json.length() - 1);
        return json.append('}').toString();
    }

    /** The break's moves as {@code [{"suggestion":id,"title":text,"seconds":n}, ...]}. */
    private static String routine(EngineStatus.CurrentBreak current) {
        return current.routine().moves().stream()
                .map(move -> "{\"suggestion\":" + string(move.id()) + ",\"title\":" + string(move.title())
                        + ",\"seconds\":" + seconds(move.length()) + "}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append(string(name)).append(':').append(value).append(',');
    }

    /** Whole seconds, never negative. */
    private static String seconds(Duration duration) {
        return Long.toString(Math.max(0, duration.toSeconds()));
    }

    /** ISO-8601 local time with offset, to the second, e.g. {@code 2025-03-04T15:30:00+01:00}. */
    private static String time(Optional<Instant> instant, ZoneId zone) {
        return instant.map(i -> string(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                i.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime()))).orElse("null");
    }

    /** A JSON string literal (RFC 8259): quotes, backslashes and control characters escaped. */
    static String string(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
