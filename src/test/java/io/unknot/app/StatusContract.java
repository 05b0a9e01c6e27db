package io.unknot.app;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The documented {@code status --json} contract, checked field by field on a parsed answer. */
final class StatusContract {

    static final Set<String> STATES = Set.of("active", "idle", "on_break", "paused", "driving", "off_hours");
    static final Set<String> KINDS = Set.of("micro", "stretch", "movement", "driving");

    private StatusContract() {
    }

    /** Parses the whole stdout of {@code status --json}: exactly one line holding one JSON object. */
    static Map<String, Object> parse(String stdout) {
        assertThat(stdout).as("status --json prints one line").endsWith("\n");
        assertThat(stdout.strip()).as("status --json prints one line").doesNotContain("\n");
        Map<String, Object> status = MiniJson.object(stdout.strip());
        check(status);
        return status;
    }

    @SuppressWarnings("unchecked")
    static void check(Map<String, Object> status) {
        assertThat(status).containsKeys("state", "sittingSecondsToday", "drivingSecondsToday", "nextBreak",
                "pausedUntil", "breakShowing");
        assertThat(status.get("state")).isIn(STATES.toArray());
        assertThat(status.get("sittingSecondsToday")).isInstanceOfSatisfying(Long.class,
                s -> assertThat(s).isNotNegative());
        assertThat(status.get("drivingSecondsToday")).isInstanceOfSatisfying(Long.class,
                s -> assertThat(s).isNotNegative());
        assertThat(status.get("breakShowing")).isInstanceOf(Boolean.class);
        Object next = status.get("nextBreak");
        if (next != MiniJson.NULL) {
            assertThat(next).isInstanceOf(Map.class);
            Map<String, Object> nextBreak = (Map<String, Object>) next;
            assertThat(nextBreak.get("kind")).isIn(KINDS.toArray());
            assertThat(nextBreak.get("inSeconds")).isInstanceOfSatisfying(Long.class,
                    s -> assertThat(s).isNotNegative());
        }
        Object until = status.get("pausedUntil");
        if (until != MiniJson.NULL) {
            assertThat(until).isInstanceOf(String.class);
            OffsetDateTime.parse((String) until); // ISO-8601 with offset, or this throws
        }
    }
}
