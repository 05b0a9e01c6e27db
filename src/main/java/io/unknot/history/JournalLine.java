package io.unknot.history;

import io.unknot.core.Activity;
import io.unknot.core.BreakKind;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * The journal's line format: {@code <crc32 as 8 hex digits> <payload>\n}, where the payload is the record's fields
 * separated by tabs (seq, instant, type, break kind, activity, ISO-8601 length, suggestion id, and, only on the
 * records of an escalated break, the escalation count as a decimal number; lines without it read as 0, so journals
 * from before the count was kept read as they always did). The CRC covers the payload's UTF-8 bytes; the newline
 * is written last, so a line cut short by a crash has none and is recognised, and garbage fails the CRC. Text, so a user can read their own history with any editor.
 */
final class JournalLine {

    private static final int CRC_DIGITS = 8;
    private static final int HEADER = CRC_DIGITS + 1;
    private static final int FIELDS = 7;
    private static final int ISO_SECONDS_LENGTH = "2025-01-01T00:00:00Z".length();
    private static final long SECONDS_PER_DAY = 86_400;
    /** Lengths repeat (a full minute, zero...): parsing each distinct one once saves most of the read time. */
    private static final int DURATION_CACHE_LIMIT = 512;
    private static final Map<String, Duration> DURATIONS = new ConcurrentHashMap<>();

    private JournalLine() {
    }

    static byte[] encode(HistoryRecord r) {
        String payload = String.join("\t",
                Long.toString(r.seq()),
                r.at().toString(),
                r.type().id(),
                r.kind().map(BreakKind::id).orElse(""),
                r.activity().map(a -> a.name().toLowerCase(Locale.ROOT)).orElse(""),
                r.length().toString(),
                escape(r.suggestion().orElse("")))
                + (r.escalatedAfter() > 0 ? "\t" + r.escalatedAfter() : "");
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(body);
        byte[] line = new byte[HEADER + body.length + 1];
        byte[] hex = String.format(Locale.ROOT, "%08x ", crc.getValue()).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(hex, 0, line, 0, HEADER);
        System.arraycopy(body, 0, line, HEADER, body.length);
        line[line.length - 1] = '\n';
        return line;
    }

    /** True when the line {@code bytes[start, end)} (newline excluded) has a matching CRC and a sequence number. */
    static boolean intact(byte[] bytes, int start, int end) {
        if (end - start < HEADER + 2 || bytes[start + CRC_DIGITS] != ' ') {
            return false;
        }
        long expected = 0;
        for (int i = start; i < start + CRC_DIGITS; i++) {
            int digit = Character.digit(bytes[i], 16);
            if (digit < 0) {
                return false;
            }
            expected = expected << 4 | digit;
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, start + HEADER, end - start - HEADER);
        return crc.getValue() == expected && seq(bytes, start, end) >= 0;
    }

    static String payload(byte[] bytes, int start, int end) {
        return new String(bytes, start + HEADER, end - start - HEADER, StandardCharsets.UTF_8);
    }

    /** The sequence number at the start of a line's payload, or -1 when there is none. */
    static long seq(byte[] bytes, int start, int end) {
        long seq = 0;
        int i = start + HEADER;
        for (; i < end && bytes[i] != '\t'; i++) {
            int digit = bytes[i] - '0';
            if (digit < 0 || digit > 9 || i - start - HEADER > 18) {
                return -1;
            }
            seq = seq * 10 + digit;
        }
        return i > start + HEADER && i < end ? seq : -1;
    }

    /** The moment of a payload, without decoding the rest. */
    static Instant at(String payload) {
        int first = payload.indexOf('\t');
        int second = payload.indexOf('\t', first + 1);
        if (first < 0 || second < 0) {
            throw new IllegalArgumentException("short payload: " + payload);
        }
        return instant(payload.substring(first + 1, second));
    }

    /**
     * The record, or empty for a type this version does not know (written by a newer Unknot): such lines are kept
     * and skipped, not treated as damage. Throws {@link IllegalArgumentException} for a malformed payload.
     */
    static Optional<HistoryRecord> decode(String payload) {
        String[] f = new String[FIELDS];
        int from = 0;
        for (int i = 0; i < FIELDS - 1; i++) {
            int tab = payload.indexOf('\t', from);
            if (tab < 0) {
                throw new IllegalArgumentException("expected " + FIELDS + " fields: " + payload);
            }
            f[i] = payload.substring(from, tab);
            from = tab + 1;
        }
        int countTab = payload.indexOf('\t', from);
        f[FIELDS - 1] = countTab < 0 ? payload.substring(from) : payload.substring(from, countTab);
        String count = countTab < 0 ? "" : payload.substring(countTab + 1);
        Optional<RecordType> type = RecordType.fromId(f[2]);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        try {
            Optional<BreakKind> kind = f[3].isEmpty() ? Optional.empty()
                    : Optional.of(BreakKind.fromId(f[3]).orElseThrow(() -> new IllegalArgumentException("kind " + f[3])));
            return Optional.of(new HistoryRecord(Long.parseLong(f[0]), instant(f[1]), type.get(), kind,
                    activity(f[4]), duration(f[5]), Optional.of(unescape(f[6])),
                    count.isEmpty() ? 0 : Integer.parseInt(count)));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("malformed payload: " + payload, e);
        }
    }

    /** {@link Instant#parse}, with a fast path for the whole-second form that nearly every record has. */
    static Instant instant(String s) {
        if (s.length() == ISO_SECONDS_LENGTH && s.charAt(4) == '-' && s.charAt(7) == '-' && s.charAt(10) == 'T'
                && s.charAt(13) == ':' && s.charAt(16) == ':' && s.charAt(19) == 'Z') {
            int year = digits(s, 0, 4);
            int month = digits(s, 5, 2);
            int day = digits(s, 8, 2);
            int hour = digits(s, 11, 2);
            int minute = digits(s, 14, 2);
            int second = digits(s, 17, 2);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour >= 0 && hour <= 23
                    && minute >= 0 && minute <= 59 && second >= 0 && second <= 59) {
                long epochDay = LocalDate.of(year, month, day).toEpochDay();
                return Instant.ofEpochSecond(epochDay * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second);
            }
        }
        return Instant.parse(s);
    }

    private static Duration duration(String s) {
        Duration cached = DURATIONS.get(s);
        if (cached != null) {
            return cached;
        }
        Duration parsed = Duration.parse(s);
        if (DURATIONS.size() < DURATION_CACHE_LIMIT) {
            DURATIONS.put(s, parsed);
        }
        return parsed;
    }

    private static Optional<Activity> activity(String s) {
        return switch (s) {
            case "" -> Optional.empty();
            case "desk" -> Optional.of(Activity.DESK);
            case "driving" -> Optional.of(Activity.DRIVING);
            default -> throw new IllegalArgumentException("activity " + s);
        };
    }

    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    private static String escape(String s) {
        if (s.indexOf('\\') < 0 && s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
