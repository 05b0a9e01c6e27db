package io.unknot.ui.settings;

import java.util.Optional;

/** What typed text means: a value, or why it is refused (already in the user's language). */
record Parsed<T>(Optional<T> value, String refusal) {

    static <T> Parsed<T> ok(T value) {
        return new Parsed<>(Optional.of(value), "");
    }

    static <T> Parsed<T> refused(String why) {
        return new Parsed<>(Optional.empty(), why);
    }
}
