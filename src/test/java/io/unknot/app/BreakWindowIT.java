package io.unknot.app;

import io.unknot.testing.ChildJvm;
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
import java.util.List;
import java.util.Map;

import static io.unknot.testing.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The break window of the real jar against a user at the keyboard: xdotool types into another application (a
 * separate process) as the break opens, and tries every way out of a strict break. A window manager (IceWM) runs
 * on the test display, so minimising and closing are real requests, handled as on a desktop.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BreakWindowIT {

    private static final Duration SHORT = Duration.ofSeconds(15);
    private static final String BREAK_WINDOW = "^Unknot · ";

    private TestDesktop desktop;
    private Path home;
    private UnknotProcess unknot;
    private Process app;
    private Process windowManager;
    private Process target;
    private Path typed;

    @BeforeAll
    void start() throws Exception {
        desktop = TestDesktop.start();
        ProcessBuilder wm = new ProcessBuilder("icewm").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        wm.environment().put("DISPLAY", desktop.display());
        windowManager = wm.start();
        home = Files.createTempDirectory("unknot-break-it");
        typed = home.resolve("typed.txt");
        unknot = new UnknotProcess(UnknotProcess.jar(), home, desktop.display(), null);
        // A short micro break that is not strict, and a strict stretch break of the shortest length allowed.
        unknot.writePreferences(Map.of("language", "english", "micro.duration", "10",
                "stretch.duration", "60", "stretch.strict", "true", "sound.enabled", "false"));
        app = unknot.start();

        ProcessBuilder typing = new ProcessBuilder(ChildJvm.command(TypingTarget.class, typed.toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        typing.environment().put("DISPLAY", desktop.display());
        target = typing.start();
        eventually("the typing target's window", SHORT,
                () -> !desktop.visibleWindowsNamed("^" + TypingTarget.TITLE + "$").isEmpty());
    }

    @AfterAll
    void stop() throws Exception {
        UnknotProcess.kill(target);
        UnknotProcess.kill(windowManager);
        UnknotProcess.cleanUp(app, desktop, home);
    }

    @Test
    @Order(1)
    void typing_into_another_window_as_the_break_opens_neither_ends_it_nor_loses_a_letter() throws Exception {
        String editor = focusTypingTarget();

        assertThat(unknot.run("break", "micro").exitCode()).isZero();
        eventually("the break window", SHORT, () -> !desktop.visibleWindowsNamed(BREAK_WINDOW).isEmpty());
        desktop.x("xdotool", "type", "--delay", "40", "keep typing");
        desktop.x("xdotool", "key", "Return", "Escape", "space", "Return");
        desktop.x("xdotool", "type", "--delay", "40", "done");

        eventually("every key in the document", SHORT,
                () -> Files.exists(typed) && Files.readString(typed).equals("keep typing\n \ndone"));
        assertThat(state()).isEqualTo("on_break");
        assertThat(desktop.visibleWindowsNamed(BREAK_WINDOW)).isNotEmpty();
        assertThat(activeWindow()).isEqualTo(Long.decode(editor));

        eventually("the micro break to run its course", Duration.ofSeconds(30),
                () -> desktop.visibleWindowsNamed(BREAK_WINDOW).isEmpty());
        assertThat(state()).isNotEqualTo("on_break");
    }

    @Test
    @Order(2)
    void a_strict_break_covers_the_screen_and_survives_enter_escape_done_minimise_and_close() throws Exception {
        focusTypingTarget();
        assertThat(unknot.run("break", "stretch").exitCode()).isZero();
        eventually("the strict break window", SHORT,
                () -> !desktop.visibleWindowsNamed(BREAK_WINDOW).isEmpty());
        String window = desktop.visibleWindowsNamed(BREAK_WINDOW).get(0);
        assertThat(desktop.x("xdotool", "getwindowgeometry", "--shell", window))
                .contains("WIDTH=1280").contains("HEIGHT=800");
        // Past the 3-second grace, on the app's own clock, the break takes the keyboard.
        eventually("the grace to pass", SHORT, () -> remainingSeconds() <= 55);
        eventually("the strict break to take the keyboard", SHORT,
                () -> activeWindow() == Long.decode(window));

        desktop.x("xdotool", "key", "--window", window, "Return");
        desktop.x("xdotool", "key", "Escape", "alt+d", "Return");
        desktop.x("xdotool", "windowminimize", window);
        eventually("the strict break back on screen after minimising", SHORT,
                () -> desktop.visibleWindowsNamed(BREAK_WINDOW).contains(window));
        desktop.x("xdotool", "key", "alt+F4");
        desktop.x("xdotool", "windowactivate", "--sync", focusTypingTarget());
        eventually("the strict break back in front", SHORT, () -> activeWindow() == Long.decode(window));

        assertThat(state()).isEqualTo("on_break");
        assertThat(desktop.visibleWindowsNamed(BREAK_WINDOW)).contains(window);
        assertThat(app.isAlive()).as(unknot.appOutput()).isTrue();
    }

    private String focusTypingTarget() throws Exception {
        List<String> ids = desktop.visibleWindowsNamed("^" + TypingTarget.TITLE + "$");
        assertThat(ids).isNotEmpty();
        desktop.x("xdotool", "windowactivate", "--sync", ids.get(0));
        return ids.get(0);
    }

    private long activeWindow() throws Exception {
        return Long.parseLong(desktop.xOrEmpty("xdotool", "getactivewindow").trim());
    }

    private String state() throws Exception {
        return (String) status().get("state");
    }

    private long remainingSeconds() throws Exception {
        Object current = status().get("currentBreak");
        assertThat(current).isInstanceOf(Map.class);
        return (Long) ((Map<?, ?>) current).get("remainingSeconds");
    }

    private Map<String, Object> status() throws Exception {
        return StatusContract.parse(unknot.run("status", "--json").out());
    }
}
