package io.unknot.app.remote;

import io.unknot.core.BreakKind;
import io.unknot.core.DeferReason;
import io.unknot.core.EngineState;
import io.unknot.core.EngineStatus;
import io.unknot.core.suggest.SuggestionNeed;
import io.unknot.core.suggest.BodyArea;
import io.unknot.core.suggest.Category;
import io.unknot.core.suggest.Routine;
import io.unknot.core.suggest.Suggestion;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code status --json} is a contract with users' scripts: every field is checked exactly. */
class StatusJsonTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2025-03-04T14:30:00.700Z");
    private static final DesktopStatus X11 = new DesktopStatus("x11", Set.of());

    @Test
    void an_active_desk_session_with_a_break_coming() {
        EngineStatus status = new EngineStatus(EngineState.ACTIVE, NOW, Duration.ofMinutes(37),
                Duration.ofMinutes(130).plusMillis(900), Duration.ZERO,
                Optional.of(new EngineStatus.NextBreak(BreakKind.STRETCH, Duration.ofSeconds(480).plusMillis(400))),
                Optional.empty(), Optional.empty(), Optional.empty(), false, true);

        assertThat(StatusJson.of(status, X11, BERLIN)).isEqualTo("{\"state\":\"active\","
                + "\"sittingSecondsToday\":7800,\"deskSecondsToday\":7800,\"drivingSecondsToday\":0,"
                + "\"sittingSecondsSinceBreak\":2220,"
                + "\"nextBreak\":{\"kind\":\"stretch\",\"inSeconds\":480},"
                + "\"pausedUntil\":null,\"breakShowing\":false,\"currentBreak\":null,\"driveSeconds\":null,"
                + "\"deferred\":false,\"idleDetection\":true,\"idleSource\":\"x11\",\"deferredBy\":[],"
                + "\"at\":\"2025-03-04T15:30:00+01:00\"}");
    }

    @Test
    void a_pause_reports_its_end_as_local_time_with_offset_and_no_next_break() {
        EngineStatus status = new EngineStatus(EngineState.PAUSED, NOW, Duration.ZERO, Duration.ofHours(1),
                Duration.ofMinutes(30), Optional.empty(), Optional.of(NOW.plus(Duration.ofHours(1))),
                Optional.empty(), Optional.empty(), false, false);

        String json = StatusJson.of(status, X11, BERLIN);

        assertThat(json).contains("\"state\":\"paused\"", "\"sittingSecondsToday\":5400",
                "\"drivingSecondsToday\":1800", "\"nextBreak\":null",
                "\"pausedUntil\":\"2025-03-04T16:30:00+01:00\"", "\"idleDetection\":false");
    }

    @Test
    void a_break_on_screen_is_described_and_its_text_escaped() {
        Suggestion suggestion = new Suggestion("neck-tilt", "Tilt \"gently\"\\ \n ear to shoulder",
                List.of("step"), Duration.ofMinutes(3), BodyArea.NECK, Category.STRETCH,
                Set.of(SuggestionNeed.STRETCH), "neck.svg", Optional.empty());
        EngineStatus status = new EngineStatus(EngineState.ON_BREAK, NOW, Duration.ZERO, Duration.ofHours(2),
                Duration.ZERO, Optional.empty(), Optional.empty(),
                Optional.of(new EngineStatus.CurrentBreak(BreakKind.STRETCH, suggestion, Duration.ofSeconds(170),
                        2, false)),
                Optional.empty(), false, true);

        assertThat(StatusJson.of(status, X11, BERLIN)).contains("\"state\":\"on_break\"", "\"breakShowing\":true",
                "\"currentBreak\":{\"kind\":\"stretch\",\"suggestion\":\"neck-tilt\","
                        + "\"title\":\"Tilt \\\"gently\\\"\\\\ \\n ear to shoulder\",\"remainingSeconds\":170,"
                        + "\"postponesLeft\":2,\"strict\":false,"
                        + "\"routine\":[{\"suggestion\":\"neck-tilt\","
                        + "\"title\":\"Tilt \\\"gently\\\"\\\\ \\n ear to shoulder\",\"seconds\":170}],"
                        + "\"step\":0}");
    }

    @Test
    void a_break_of_several_moves_lists_them_and_names_the_one_on_screen() {
        Suggestion roll = move("shoulder-rolls", "Shoulder rolls", BodyArea.SHOULDERS);
        Suggestion tilt = move("neck-tilt", "Neck tilt", BodyArea.NECK);
        Suggestion twist = move("seated-twist", "Seated twist", BodyArea.UPPER_BACK);
        Routine routine = new Routine(List.of(new Routine.Move(roll, Duration.ofSeconds(60)),
                new Routine.Move(tilt, Duration.ofSeconds(60)), new Routine.Move(twist, Duration.ofSeconds(60))));
        EngineStatus status = new EngineStatus(EngineState.ON_BREAK, NOW, Duration.ZERO, Duration.ofHours(2),
                Duration.ZERO, Optional.empty(), Optional.empty(),
                Optional.of(new EngineStatus.CurrentBreak(BreakKind.STRETCH, tilt, Duration.ofSeconds(100), 3,
                        false, routine, 1, Duration.ofSeconds(40), 0, false)),
                Optional.empty(), false, true);

        assertThat(StatusJson.of(status, X11, BERLIN)).contains("\"currentBreak\":{\"kind\":\"stretch\","
                + "\"suggestion\":\"neck-tilt\",\"title\":\"Neck tilt\",\"remainingSeconds\":100,"
                + "\"postponesLeft\":3,\"strict\":false,\"routine\":["
                + "{\"suggestion\":\"shoulder-rolls\",\"title\":\"Shoulder rolls\",\"seconds\":60},"
                + "{\"suggestion\":\"neck-tilt\",\"title\":\"Neck tilt\",\"seconds\":60},"
                + "{\"suggestion\":\"seated-twist\",\"title\":\"Seated twist\",\"seconds\":60}],"
                + "\"step\":1}");
    }

    private static Suggestion move(String id, String title, BodyArea area) {
        return new Suggestion(id, title, List.of("step"), Duration.ofMinutes(1), area, Category.STRETCH,
                Set.of(SuggestionNeed.STRETCH), id + ".svg", Optional.empty());
    }

    @Test
    void driving_shows_the_drive_so_far() {
        EngineStatus status = new EngineStatus(EngineState.DRIVING, NOW, Duration.ofMinutes(70), Duration.ZERO,
                Duration.ofMinutes(70), Optional.of(new EngineStatus.NextBreak(BreakKind.DRIVING,
                Duration.ofMinutes(50))), Optional.empty(), Optional.empty(), Optional.of(Duration.ofMinutes(70)),
                false, true);

        assertThat(StatusJson.of(status, X11, BERLIN)).contains("\"state\":\"driving\"",
                "\"nextBreak\":{\"kind\":\"driving\",\"inSeconds\":3000}", "\"driveSeconds\":4200");
    }

    @Test
    void negative_durations_never_reach_scripts() {
        EngineStatus status = new EngineStatus(EngineState.ACTIVE, NOW, Duration.ZERO, Duration.ZERO, Duration.ZERO,
                Optional.of(new EngineStatus.NextBreak(BreakKind.MICRO, Duration.ofSeconds(-3))),
                Optional.empty(), Optional.empty(), Optional.empty(), true, true);

        assertThat(StatusJson.of(status, X11, BERLIN)).contains("\"inSeconds\":0", "\"deferred\":true");
    }

    @Test
    void the_reasons_breaks_wait_are_listed_by_their_ids_in_a_fixed_order() {
        EngineStatus status = new EngineStatus(EngineState.ACTIVE, NOW, Duration.ZERO, Duration.ZERO, Duration.ZERO,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), true, true);
        DesktopStatus desktop = new DesktopStatus("mutter",
                Set.of(DeferReason.INHIBITED, DeferReason.MICROPHONE, DeferReason.DESKTOP_DND));

        assertThat(StatusJson.of(status, desktop, BERLIN)).contains("\"deferred\":true,",
                "\"idleSource\":\"mutter\",\"deferredBy\":[\"microphone\",\"desktop-dnd\",\"inhibited\"],");
    }

    @Test
    void strings_are_escaped_as_json_requires() {
        assertThat(StatusJson.string("a\"b\\c\nd\te\u0001f\u2028")).isEqualTo("\"a\\\"b\\\\c\\nd\\te\\u0001f\\u2028\"");
        assertThat(StatusJson.string("Übung ✓")).isEqualTo("\"Übung ✓\"");
    }
}
