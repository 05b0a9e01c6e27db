package io.unknot.settings;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One typed setting: its key under the {@code /io/unknot} preferences node, its default, how it is written as
 * text, and which values are allowed. Durations are stored as whole seconds.
 *
 * @param <T> the value type
 */
public final class Setting<T> {

    private final String key;
    private final T defaultValue;
    private final Function<T, String> encoder;
    private final Function<String, T> decoder;
    private final Function<T, Optional<Problem>> validator;
    private final String unit;
    private final String range;
    private final T min;
    private final T max;

    /** Why a value is refused: a message-bundle key and its arguments, so the UI can show it in any language. */
    public record Problem(String messageKey, Object... args) {}

    private Setting(String key, T defaultValue, Function<T, String> encoder, Function<String, T> decoder,
                    Function<T, Optional<Problem>> validator, String unit, String range) {
        this(key, defaultValue, encoder, decoder, validator, unit, range, null, null);
    }

    private Setting(String key, T defaultValue, Function<T, String> encoder, Function<String, T> decoder,
                    Function<T, Optional<Problem>> validator, String unit, String range, T min, T max) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.encoder = encoder;
        this.decoder = decoder;
        this.validator = validator;
        this.unit = unit;
        this.range = range;
        this.min = min;
        this.max = max;
        if (validator.apply(defaultValue).isPresent()) {
            throw new IllegalArgumentException("default of " + key + " is out of its own range");
        }
    }

    public static Setting<Duration> duration(String key, Duration def, Duration min, Duration max) {
        return new Setting<>(key, def, d -> Long.toString(d.toSeconds()), s -> Duration.ofSeconds(Long.parseLong(s.trim())),
                d -> d.compareTo(min) < 0 || d.compareTo(max) > 0
                        ? Optional.of(new Problem("setting.error.durationRange", min.toSeconds(), max.toSeconds()))
                        : Optional.empty(),
                "seconds", min.toSeconds() + ".." + max.toSeconds(), min, max);
    }

    public static Setting<Integer> integer(String key, int def, int min, int max) {
        return new Setting<>(key, def, i -> Integer.toString(i), s -> Integer.parseInt(s.trim()),
                i -> i < min || i > max
                        ? Optional.of(new Problem("setting.error.intRange", min, max))
                        : Optional.empty(),
                "count", min + ".." + max, min, max);
    }

    public static Setting<Boolean> bool(String key, boolean def) {
        return new Setting<>(key, def, b -> Boolean.toString(b), Setting::parseBoolean, b -> Optional.empty(),
                "true/false", "true, false");
    }

    public static <E extends Enum<E>> Setting<E> enumeration(String key, Class<E> type, E def) {
        return new Setting<>(key, def, Setting::enumName, s -> Enum.valueOf(type, s.trim().toUpperCase(Locale.ROOT)),
                e -> Optional.empty(), "name", names(EnumSet.allOf(type)));
    }

    /** A set of enum constants, stored comma-separated; {@code minSize} refuses e.g. an empty set of work days. */
    public static <E extends Enum<E>> Setting<Set<E>> enumSet(String key, Class<E> type, Set<E> def, int minSize) {
        return new Setting<>(key, Set.copyOf(def), Setting::names, s -> parseSet(type, s),
                set -> set.size() < minSize
                        ? Optional.of(new Problem("setting.error.setTooSmall", minSize))
                        : Optional.empty(),
                "comma-separated names", names(EnumSet.allOf(type)));
    }

    /** A time of day, stored as HH:MM. */
    public static Setting<LocalTime> timeOfDay(String key, LocalTime def) {
        return new Setting<>(key, def, t -> t.toString(), s -> LocalTime.parse(s.trim()), t -> Optional.empty(),
                "HH:MM", "00:00..23:59");
    }

    public String key() {
        return key;
    }

    public T defaultValue() {
        return defaultValue;
    }

    /** The smallest allowed value, for settings with a numeric range (durations and counts). */
    public Optional<T> min() {
        return Optional.ofNullable(min);
    }

    /** The largest allowed value, for settings with a numeric range (durations and counts). */
    public Optional<T> max() {
        return Optional.ofNullable(max);
    }

    /** The unit, as docs/settings.md documents it for administrators. */
    public String unit() {
        return unit;
    }

    /** The allowed values, as docs/settings.md documents them. */
    public String range() {
        return range;
    }

    public String encode(T value) {
        return encoder.apply(value);
    }

    /** Parses stored text; throws {@link IllegalArgumentException} (or a subclass) when it is malformed. */
    public T decode(String text) {
        try {
            return decoder.apply(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("malformed value for " + key + ": " + text, e);
        }
    }

    /** Empty when {@code value} is allowed, otherwise why not. */
    public Optional<Problem> validate(T value) {
        return validator.apply(value);
    }

    @Override
    public String toString() {
        return key;
    }

    private static boolean parseBoolean(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        if (!t.equals("true") && !t.equals("false")) {
            throw new IllegalArgumentException("not a boolean: " + s);
        }
        return t.equals("true");
    }

    private static String enumName(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static String names(Collection<? extends Enum<?>> values) {
        return values.stream().sorted().map(Setting::enumName).collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> parseSet(Class<E> type, String s) {
        if (s.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(s.split(","))
                .map(part -> Enum.valueOf(type, part.trim().toUpperCase(Locale.ROOT)))
                .collect(Collectors.toUnmodifiableSet());
    }
}
