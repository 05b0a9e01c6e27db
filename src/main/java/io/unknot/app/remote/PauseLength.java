package io.unknot.app.remote;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pause lengths as people type them: {@code 30m}, {@code 1h}, {@code 1h30m}, {@code 90m}; up to a day. */
final class PauseLength {

    static final Duration MAX = Duration.ofHours(24);
    private static final Pattern FORM = Pattern.compile("(?:(\\d{1,2})h)?(?:(\\d{1,4})m(?:in)?)?");

    private PauseLength() {
    }

    static Optional<Duration> parse(String text) {
        Matcher m = FORM.matcher(text.trim().toLowerCase(java.util.Locale.ROOT));
        if (!m.matches() || (m.group(1) == null && m.group(2) == null)) {
            return Optional.empty();
        }
        Duration length = Duration.ofHours(m.group(1) == null ? 0 : Long.parseLong(m.group(1)))
                .plusMinutes(m.group(2) == null ? 0 : Long.parseLong(m.group(2)));
        return length.isZero() || length.compareTo(MAX) > 0 ? Optional.empty() : Optional.of(length);
    }

    static String format(Duration length) {
        long hours = length.toHours();
        int minutes = length.toMinutesPart();
        return (hours > 0 ? hours + "h" : "") + (minutes > 0 || hours == 0 ? minutes + "m" : "");
    }
}
