package io.unknot.core.suggest;

import io.unknot.core.SuggestionNeed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Parses the fields shared by the built-in catalog and the user's file; each parser names what it rejects. */
final class CatalogFields {

    static final String SEPARATOR = "|";
    static final String STEP_SEPARATOR = ";";
    static final Duration LONGEST = Duration.ofHours(4);

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern DURATION = Pattern.compile(
            "(?:(\\d{1,3})\\s*h)?\\s*(?:(\\d{1,4})\\s*m(?:in)?)?\\s*(?:(\\d{1,5})\\s*s(?:ec)?)?",
            Pattern.CASE_INSENSITIVE);

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

    /** Accepts forms such as {@code 20s}, {@code 3m}, {@code 3 min}, {@code 1m30s}, {@code 1h}. */
    static Duration duration(String value) throws MalformedEntry {
        Matcher m = DURATION.matcher(value.strip());
        if (value.isBlank() || !m.matches()) {
            throw new MalformedEntry("duration '" + value + "' is not like 20s, 3m or 1m30s");
        }
        Duration d = Duration.ofHours(number(m.group(1))).plusMinutes(number(m.group(2)))
                .plusSeconds(number(m.group(3)));
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

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
