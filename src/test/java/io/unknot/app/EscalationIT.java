package io.unknot.app;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import static io.unknot.testing.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * When breaks keep being skipped (issue 11), on the real jar: a break worked through counts like a skipped one, so
 * the next break is escalated, history keeps the count on the escalation and on that break's outcome, and a break
 * really taken resets the count. The user's input is real X input (xdotool), read by the app's idle detection.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EscalationIT {

    private static final Duration SHORT = Duration.ofSeconds(15);
    private static final Duration BREAK = Duration.ofSeconds(30);
    private static final String BREAK_WINDOW = "^Unknot · ";

    private TestDesktop desktop;
    private Path home;
    private UnknotProcess unknot;
    private Process app;

    @BeforeAll
    void start() throws Exception {
        desktop = TestDesktop.start();
        home = Files.createTempDirectory("unknot-escalation-it");
        unknot = new UnknotProcess(UnknotProcess.jar(), home, desktop.display(), null);
        // A 10 s micro break, escalated after a single break not taken.
        unknot.writePreferences(Map.of("language", "english", "micro.duration", "10", "sound.enabled", "false",
                "escalateAfter", "1"));
        app = unknot.start();
    }

    @AfterAll
    void stop() throws Exception {
        UnknotProcess.cleanUp(app, desktop, home);
    }

    @Test
    void a_break_worked_through_escalates_the_next_and_a_break_taken_resets_the_count() throws Exception {
        startBreak();
        while (!desktop.visibleWindowsNamed(BREAK_WINDOW).isEmpty()) {
            // Working on through the break, at a person's pace (xdotool sleeps between the moves).
            desktop.x("xdotool", "mousemove_relative", "--", "3", "0", "sleep", "0.4");
        }
        eventually("the worked-through break in history", SHORT, () -> journalHas("break_ignored", 0));
        assertThat(unknot.journal()).doesNotContain("\tbreak_escalated\t");

        startBreak();
        eventually("the escalation in history, with its count", SHORT, () -> journalHas("break_escalated", 1));
        eventually("the escalated break, left alone, to run its course", BREAK,
                () -> desktop.visibleWindowsNamed(BREAK_WINDOW).isEmpty());
        eventually("its outcome in history, with the count", SHORT, () -> journalHas("break_done", 1));

        startBreak();
        eventually("the third break to run its course", BREAK,
                () -> desktop.visibleWindowsNamed(BREAK_WINDOW).isEmpty());
        eventually("the third break in history", SHORT,
                () -> unknot.journal().split("\tbreak_done\tmicro\t", -1).length == 3);
        assertThat(unknot.journal().split("\tbreak_escalated\t", -1)).as("the break taken reset the count")
                .hasSize(2);
    }

    private void startBreak() throws Exception {
        assertThat(unknot.run("break", "micro").exitCode()).isZero();
        eventually("the break window", SHORT, () -> !desktop.visibleWindowsNamed(BREAK_WINDOW).isEmpty());
    }

    /** A micro-break record of {@code type} carrying the escalation count {@code count} (0: no count field). */
    private boolean journalHas(String type, int count) throws Exception {
        String record = "\\t" + type + "\\tmicro\\t";
        return count == 0 ? unknot.journal().contains("\t" + type + "\tmicro\t")
                : Pattern.compile(record + "[^\\n]*\\t" + count + "\\n").matcher(unknot.journal()).find();
    }
}
