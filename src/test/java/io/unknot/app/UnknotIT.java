package io.unknot.app;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.unknot.testing.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The real jar as a user meets it: started under its own Xvfb with trayer as the tray host, preferences and data
 * in a temporary home, driven through its command line. One app process serves the whole class, in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UnknotIT {

    private static final Duration SHORT = Duration.ofSeconds(10);

    private TestDesktop desktop;
    private Path home;
    private UnknotProcess unknot;
    private Process app;
    private int pointerMoves;

    @BeforeAll
    void start() throws Exception {
        desktop = TestDesktop.start();
        home = Files.createTempDirectory("unknot-it");
        unknot = new UnknotProcess(UnknotProcess.jar(), home, desktop.display(), null);
        // The shortest idle threshold and micro-break Unknot allows, so those tests are quick; English for exact
        // messages.
        unknot.writePreferences(Map.of("idleThreshold", "5", "micro.duration", "10", "language", "english"));
        app = unknot.start();
    }

    @AfterAll
    void stop() throws Exception {
        UnknotProcess.cleanUp(app, desktop, home);
    }

    @Test
    @Order(1)
    void the_icon_docks_in_the_tray() throws Exception {
        eventually("an icon docked in trayer", SHORT, () -> desktop.dockedIcons() == 1);
    }

    @Test
    @Order(2)
    void status_json_answers_with_the_contract_fields() throws Exception {
        UnknotProcess.Result result = unknot.run("status", "--json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        Map<String, Object> status = StatusContract.parse(result.out());
        assertThat(status.get("breakShowing")).isEqualTo(false);
        assertThat(status.get("pausedUntil")).isEqualTo(MiniJson.NULL);
        assertThat(status.get("drivingSecondsToday")).isEqualTo(0L);
        assertThat(status.get("idleDetection")).isEqualTo(true);
        assertThat(result.err()).isEmpty();
    }

    @Test
    @Order(3)
    void idle_on_x11_is_noticed_and_a_moved_pointer_makes_the_user_active_again() throws Exception {
        eventually("state active while the pointer moves", SHORT, () -> {
            movePointer();
            return state().equals("active");
        });

        eventually("state idle after the 5 s threshold", Duration.ofSeconds(20),
                () -> state().equals("idle"));

        // One bump is noise to the engine; a user coming back keeps moving for a moment.
        eventually("state active after moving the pointer again", SHORT, () -> {
            movePointer();
            return state().equals("active");
        });
    }

    @Test
    @Order(4)
    void a_full_screen_window_defers_breaks_and_an_active_window_that_vanished_is_harmless() throws Exception {
        // No window manager runs here, so the test sets the EWMH properties one would set.
        String window = desktop.panelWindow();
        desktop.x("xprop", "-id", window, "-f", "_NET_WM_STATE", "32a", "-set", "_NET_WM_STATE",
                "_NET_WM_STATE_FULLSCREEN");
        setActiveWindow(Long.decode(window));
        eventually("breaks deferred by the full-screen window", SHORT,
                () -> status().get("deferred").equals(true));

        // An active window that no longer exists: reading its properties raises BadWindow, which GTK's error
        // handler (loaded by the tray) would answer by ending the process.
        setActiveWindow(0x7fffffL);
        eventually("the deferral to end", SHORT, () -> status().get("deferred").equals(false));
        assertThat(app.isAlive()).as(unknot.appOutput()).isTrue();

        desktop.x("xprop", "-root", "-remove", "_NET_ACTIVE_WINDOW");
        desktop.x("xprop", "-id", window, "-remove", "_NET_WM_STATE");
    }

    @Test
    @Order(5)
    void pause_1h_is_reflected_in_status_and_resume_ends_it() throws Exception {
        UnknotProcess.Result pause = unknot.run("pause", "1h");
        assertThat(pause.exitCode()).as(pause.err()).isZero();
        assertThat(pause.out()).startsWith("Paused until ");

        Map<String, Object> status = StatusContract.parse(unknot.run("status", "--json").out());
        assertThat(status.get("state")).isEqualTo("paused");
        OffsetDateTime until = OffsetDateTime.parse((String) status.get("pausedUntil"));
        assertThat(until).isCloseTo(OffsetDateTime.now().plusHours(1), within(2, java.time.temporal.ChronoUnit.MINUTES));

        assertThat(unknot.run("resume").out()).isEqualTo("Resumed.\n");
        assertThat(state()).isNotEqualTo("paused");
    }

    @Test
    @Order(6)
    void a_break_window_that_closes_itself_at_the_end_of_its_countdown_leaves_the_app_running() throws Exception {
        // Closing a window makes AWT meet harmless X errors; the tray's GTK must not turn them into an exit.
        assertThat(unknot.run("break", "micro").exitCode()).isZero();
        eventually("the micro-break window", SHORT,
                () -> !desktop.visibleWindowsNamed("^Unknot · ").isEmpty());
        eventually("the micro-break window to close itself", Duration.ofSeconds(30),
                () -> desktop.visibleWindowsNamed("^Unknot · ").isEmpty());

        assertThat(app.isAlive()).as(unknot.appOutput()).isTrue();
        assertThat(state()).isIn("active", "idle");
    }

    @Test
    @Order(7)
    void break_stretch_opens_the_break_window_and_status_shows_it() throws Exception {
        UnknotProcess.Result result = unknot.run("break", "stretch");
        assertThat(result.exitCode()).as(result.err()).isZero();

        eventually("the break window", SHORT,
                () -> !desktop.visibleWindowsNamed("^Unknot · ").isEmpty());
        Map<String, Object> status = StatusContract.parse(unknot.run("status", "--json").out());
        assertThat(status.get("state")).isEqualTo("on_break");
        assertThat(status.get("breakShowing")).isEqualTo(true);
        assertThat(status.get("currentBreak")).isInstanceOfSatisfying(Map.class,
                current -> assertThat(current.get("kind")).isEqualTo("stretch"));
        // The default stretch break lasts 3 minutes; its moves add up to that within 10 %, from the first one.
        @SuppressWarnings("unchecked")
        Map<String, Object> current = (Map<String, Object>) status.get("currentBreak");
        assertThat(StatusContract.routineSeconds(current)).isBetween(162L, 198L);
        assertThat(current.get("step")).isEqualTo(0L);
    }

    @Test
    @Order(8)
    void a_second_plain_launch_opens_settings_in_the_first_and_exits_without_a_second_icon() throws Exception {
        long started = System.nanoTime();
        UnknotProcess.Result second = unknot.run();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(took).isLessThan(SHORT);
        eventually("the settings window", SHORT,
                () -> !desktop.visibleWindowsNamed("^Unknot Settings$").isEmpty());
        assertThat(desktop.dockedIcons()).isEqualTo(1);
        assertThat(app.isAlive()).isTrue();
    }

    @Test
    @Order(9)
    void quit_ends_the_app_cleanly() throws Exception {
        UnknotProcess.Result quit = unknot.run("quit");
        assertThat(quit.exitCode()).as(quit.err()).isZero();
        assertThat(quit.out()).isEqualTo("Unknot is quitting.\n");

        assertThat(app.waitFor(20, TimeUnit.SECONDS)).as("app ended").isTrue();
        assertThat(app.exitValue()).as(unknot.appOutput()).isZero();
        assertThat(unknot.socket()).doesNotExist();
        eventually("the icon to leave the tray", SHORT, () -> desktop.dockedIcons() == 0);
        assertThat(Files.readString(unknot.logFile())).contains("Unknot quitting");
        assertThat(unknot.run("status").exitCode()).isEqualTo(1);
    }

    private void movePointer() throws Exception {
        pointerMoves++;
        desktop.x("xdotool", "mousemove", Integer.toString(200 + 40 * (pointerMoves % 5)), "300");
    }

    private void setActiveWindow(long window) throws Exception {
        desktop.x("xprop", "-root", "-f", "_NET_ACTIVE_WINDOW", "32c", "-set", "_NET_ACTIVE_WINDOW",
                Long.toString(window));
    }

    private String state() throws Exception {
        return (String) status().get("state");
    }

    private Map<String, Object> status() throws Exception {
        UnknotProcess.Result result = unknot.run("status", "--json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        return StatusContract.parse(result.out());
    }
}
