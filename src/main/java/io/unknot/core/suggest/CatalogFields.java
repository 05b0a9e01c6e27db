package io.unknot.core.suggest;


import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Parses the fields shared by the built-in catalog and the user's file; each parser names what it rejects. */
final class CatalogFields {

    static final String SEPARATOR = "|";
    static final String STEP_SEPARATOR = ";";
    static final Duration LONGEST = Duration.ofHours(4);

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    /** Units of a duration in the order they must come, with the digits each may have and its spellings. */
    private enum Unit {
        HOURS(3, "h"), MINUTES(4, "m", "min"), SECONDS(5, "s", "sec");

        final int maxDigits;
        final List<String> names;

        Unit(int maxDigits, String... names) {
            this.maxDigits = maxDigits;
            this.names = List.of(names);
        }
    }

    private CatalogFields() {
    }

    /** The trimmed fields of a line; a trailing empty field counts, so "a|b|" has three. */
    static List<String> split(String line) {
        return Arrays.stream(line.split(Pattern.quote(SEPARATOR), -1)).map(String::strip).toList();
    }

    static String id(String value) throws MalformedEntry {
        if (!ID.matcher(value).matches()) {
            throw new MalformedEntry("id '" + value + "' must start with a letter or digit and contain only "
                    + "letters, digits, '-', '_' and '.'");
        }
        return value;
    }

    static <E extends Enum<E>> E constant(Class<E> type, String value, String what) throws MalformedEntry {
        String name = value.strip().replace('-', '_').replace(' ', '_').toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new MalformedEntry("unknown " + what + " '" + value + "'; use one of " + names(type));
    }

    static Set<SuggestionNeed> needs(String value) throws MalformedEntry {
        Set<SuggestionNeed> needs = EnumSet.noneOf(SuggestionNeed.class);
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                needs.add(constant(SuggestionNeed.class, part, "need"));
            }
        }
        if (needs.isEmpty()) {
            throw new MalformedEntry("no needs given; list one or more of " + names(SuggestionNeed.class));
        }
        return needs;
    }

    /**
     * Accepts forms such as {@code 20s}, {@code 3m}, {@code 3 min}, {@code 1m30s}, {@code 1h}: hours, minutes and
     * seconds in that order, each at most once. Read in one pass, character by character, so its time grows only
     * with the length of the value (a regular expression here backtracked for a minute on a long line).
     */
    static Duration duration(String value) throws MalformedEntry {
        String text = value.strip().toLowerCase(Locale.ROOT);
        MalformedEntry unlike = new MalformedEntry("duration '" + value + "' is not like 20s, 3m or 1m30s");
        Duration d = Duration.ZERO;
        int next = 0; // the first unit still allowed
        int i = 0;
        while (i < text.length()) {
            int digitsStart = i;
            while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                i++;
            }
            String digits = text.substring(digitsStart, i);
            i = skipSpaces(text, i);
            int nameStart = i;
            while (i < text.length() && text.charAt(i) >= 'a' && text.charAt(i) <= 'z') {
                i++;
            }
            Unit unit = unit(text.substring(nameStart, i), next).orElseThrow(() -> unlike);
            if (digits.isEmpty() || digits.length() > unit.maxDigits) {
                throw unlike;
            }
            long n = Long.parseLong(digits);
            d = d.plus(switch (unit) {
                case HOURS -> Duration.ofHours(n);
                case MINUTES -> Duration.ofMinutes(n);
                case SECONDS -> Duration.ofSeconds(n);
            });
            next = unit.ordinal() + 1;
            i = skipSpaces(text, i);
        }
        if (next == 0) {
            throw unlike;
        }
        if (d.isZero() || d.compareTo(LONGEST) > 0) {
            throw new MalformedEntry("duration '" + value + "' must be more than 0 and at most 4h");
        }
        return d;
    }

    static List<String> steps(String value) throws MalformedEntry {
        List<String> steps = new ArrayList<>();
        for (String step : value.split(Pattern.quote(STEP_SEPARATOR))) {
            if (!step.isBlank()) {
                steps.add(step.strip());
            }
        }
        if (steps.isEmpty()) {
            throw new MalformedEntry("no steps given; separate steps with '" + STEP_SEPARATOR + "'");
        }
        return steps;
    }

    static String nonBlank(String value, String what) throws MalformedEntry {
        if (value.isBlank()) {
            throw new MalformedEntry(what + " is empty");
        }
        return value;
    }

    /** The unit spelled {@code name}, if it may come at this point (at or after the unit {@code from}). */
    private static Optional<Unit> unit(String name, int from) {
        for (Unit unit : Unit.values()) {
            if (unit.ordinal() >= from && unit.names.contains(name)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
