package io.unknot.platform;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Test helpers for the X11 tests: they need the Xvfb display that {@code scripts/test} provides. */
public final class XDisplay {

    private XDisplay() {
    }

    /** Fails, with a message saying what to do, when no X display is set. */
    public static void require() {
        assertThat(System.getenv("DISPLAY"))
                .as("X11 tests need an X display: run them through scripts/test, or start "
                        + "`Xvfb :NN -noreset` and export DISPLAY=:NN")
                .isNotBlank();
    }

    /** Runs an X tool such as xdotool or xprop and fails when it does. */
    public static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("%s finished", String.join(" ", command)).isTrue();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.exitValue()).as("%s: %s", String.join(" ", command), output).isZero();
    }
}
