package io.unknot.ui.tray;

import io.unknot.core.EngineState;
import io.unknot.ui.BritishEnglish;
import io.unknot.ui.Statuses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.Optional;
import java.util.concurrent.Executors;

import static io.unknot.core.BreakKind.STRETCH;
import static io.unknot.testing.Eventually.eventually;
import static io.unknot.ui.SwingTesting.requireDisplay;
import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The real dorkbox tray icon on the test display, docked in the tray host that scripts/test starts (trayer). It runs
 * in failsafe's JVM, apart from the GUI unit tests: a java.awt.Robot made there with GTK (awt.robot.gtk) had kept
 * GTK's main loop from ever dispatching (GtkLoop gave up after 60 s); see docs/tray-and-desktops.md.
 */
class TrayDockIT {

    @BeforeEach
    void display() {
        requireDisplay();
    }

    @Test
    void installDocksTheIconUnderTheTrayHostWithTheWholeMenu() throws Exception {
        String panel = trayHostPanel();
        TrayInstall install = TrayController.attempt(BritishEnglish.language(), new RecordingActions(),
                () -> Statuses.at(EngineState.ACTIVE)
                        .sitting(ofMinutes(42)).next(STRETCH, ofMinutes(8)).build(), Optional::empty, () -> true,
                Executors.newSingleThreadScheduledExecutor());

        assertThat(install).isInstanceOf(TrayInstall.Installed.class);
        TrayController tray = install.controller().orElseThrow();
        try {
            waitForDocking(panel);
            assertThat(MenuLines.of(tray.menu())).containsSubsequence(
                    "(Sitting 42 min · stretch break in 8 min)", "Take a break now ▸", "  Micro break",
                    "  Driving break", "Pause ▸", "  For 30 minutes", "  Until tomorrow", "Start drive",
                    "Statistics…", "Settings…", "Health tips…", "Quit Unknot");
        } finally {
            tray.remove();
        }
    }

    /** The id of trayer's panel window; fails clearly when no tray host runs on this display. */
    private static String trayHostPanel() throws Exception {
        for (String line : run("xwininfo", "-root", "-tree")) {
            if (line.contains("(\"panel\" \"trayer\")")) {
                return line.trim().split("\\s+")[0];
            }
        }
        return fail("no tray host on DISPLAY " + System.getenv("DISPLAY")
                + ": start trayer (bash scripts/test does) before running the tray test");
    }

    private static void waitForDocking(String panel) {
        eventually(() -> "the Unknot icon to dock in trayer's panel " + panel + ":\n" + treeOrError(panel),
                Duration.ofSeconds(10),
                () -> run("xwininfo", "-tree", "-id", panel).stream().anyMatch(line -> line.contains("\"Unknot\"")));
    }

    private static String treeOrError(String panel) {
        try {
            return String.join("\n", run("xwininfo", "-tree", "-id", panel));
        } catch (IOException | InterruptedException e) {
            return "(xwininfo failed: " + e + ")";
        }
    }

    private static List<String> run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return output.lines().toList();
    }
}
