package io.unknot.app;

import io.unknot.app.remote.Reply;

import java.time.OffsetDateTime;
import java.util.List;
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

    /**
     * The control socket's answer to {@code status --json}, the request the command line sends: it succeeded, and
     * its text is the line the command line prints (which adds the line end).
     */
    static Map<String, Object> parseReply(Reply reply) {
        assertThat(reply.exitCode()).as("status --json: %s", reply.text()).isZero();
        return parse(reply.text().strip() + "\n");
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
        Object current = status.get("currentBreak");
        if (current != null && current != MiniJson.NULL) {
            checkRoutine((Map<String, Object>) current);
        }
        Object until = status.get("pausedUntil");
        if (until != MiniJson.NULL) {
            assertThat(until).isInstanceOf(String.class);
            OffsetDateTime.parse((String) until); // ISO-8601 with offset, or this throws
        }
    }

    /** The break's moves: each named, titled and timed, and {@code step} points at one of them. */
    @SuppressWarnings("unchecked")
    private static void checkRoutine(Map<String, Object> current) {
        assertThat(current.get("routine")).isInstanceOfSatisfying(List.class,
                moves -> assertThat(moves).isNotEmpty().allSatisfy(move -> assertThat(move)
                        .isInstanceOfSatisfying(Map.class, m -> {
                            assertThat(m.get("suggestion")).isInstanceOf(String.class);
                            assertThat(m.get("title")).isInstanceOf(String.class);
                            assertThat(m.get("seconds")).isInstanceOfSatisfying(Long.class,
                                    s -> assertThat(s).isPositive());
                        })));
        int moves = ((List<Object>) current.get("routine")).size();
        assertThat(current.get("step")).isInstanceOfSatisfying(Long.class,
                step -> assertThat(step).isBetween(0L, moves - 1L));
    }

    /** The seconds of the break's moves, added up. */
    @SuppressWarnings("unchecked")
    static long routineSeconds(Map<String, Object> current) {
        return ((List<Map<String, Object>>) current.get("routine")).stream()
                .mapToLong(m -> (Long) m.get("seconds")).sum();
    }
}
