package io.unknot.app;

import io.unknot.app.remote.DesktopStatus;
import io.unknot.app.remote.Command;
import io.unknot.app.remote.Reply;
import io.unknot.core.BreakKind;
import io.unknot.core.EngineState;
import io.unknot.core.EngineStatus;
import io.unknot.i18n.Language;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Each remote command goes through the same app commands as the tray, and answers in the user's language. */
class RemoteCommandsTest {

    private static final Instant NOW = Instant.parse("2025-03-04T14:30:00Z");

    private final Recording app = new Recording();
    private final RemoteCommands remote = new RemoteCommands(new Language(Locale.ENGLISH), app, () -> ZoneId.of("UTC"));

    @Test
    void break_pause_resume_and_drive_reach_the_app_commands() {
        assertThat(remote.handle(new Command.TakeBreak(BreakKind.MOVEMENT))).isEqualTo(
                Reply.ok("Starting a movement break."));
        app.status = status(EngineState.PAUSED, Optional.of(NOW.plus(Duration.ofHours(1))));
        assertThat(remote.handle(new Command.PauseFor(Duration.ofHours(1)))).isEqualTo(
                Reply.ok("Paused until 3:30 PM."));
        assertThat(remote.handle(new Command.PauseIndefinitely())).isEqualTo(Reply.ok("Paused until you resume."));
        assertThat(remote.handle(new Command.Resume())).isEqualTo(Reply.ok("Resumed."));
        assertThat(remote.handle(new Command.Drive(true)).exitCode()).isZero();
        assertThat(remote.handle(new Command.Drive(false)).exitCode()).isZero();

        assertThat(app.calls).containsExactly("takeBreak movement", "pause PT1H", "pauseIndefinitely", "resume",
                "startDrive", "endDrive");
    }

    @Test
    void a_command_that_changes_nothing_says_so_and_fails() {
        app.changes = false;

        assertThat(remote.handle(new Command.TakeBreak(BreakKind.STRETCH)))
                .isEqualTo(Reply.failed("A break is already on screen."));
        assertThat(remote.handle(new Command.Resume())).isEqualTo(Reply.failed("Not paused."));
        assertThat(remote.handle(new Command.Drive(true))).isEqualTo(Reply.failed("A drive is already running."));
        assertThat(remote.handle(new Command.Drive(false))).isEqualTo(Reply.failed("No drive is running."));
    }

    @Test
    void pause_tomorrow_on_a_saturday_names_the_day_it_really_ends() {
        // Saturday 14:30 UTC; with working hours the pause lasts until Monday's start.
        app.status = status(EngineState.PAUSED, Optional.of(Instant.parse("2025-03-10T09:00:00Z")));
        app.statusAt = Instant.parse("2025-03-08T14:30:00Z");

        assertThat(remote.handle(new Command.PauseUntilTomorrow())).isEqualTo(
                Reply.ok("Paused until Monday 9:00 AM."));
        app.status = status(EngineState.PAUSED, Optional.of(Instant.parse("2025-03-09T14:30:00Z")));
        assertThat(remote.handle(new Command.PauseFor(Duration.ofHours(24)))).isEqualTo(
                Reply.ok("Paused until Sunday 2:30 PM."));
    }

    @Test
    void windows_and_quit_reach_the_app_commands() {
        assertThat(remote.handle(new Command.Open(Command.Window.MAIN))).isEqualTo(Reply.ok("Showing Unknot."));
        remote.handle(new Command.Open(Command.Window.SETTINGS));
        remote.handle(new Command.Open(Command.Window.STATISTICS));
        remote.handle(new Command.Open(Command.Window.HEALTH_TIPS));
        assertThat(remote.handle(new Command.Quit())).isEqualTo(Reply.ok("Unknot is quitting."));

        assertThat(app.calls).containsExactly("showMain", "openSettings", "openStatistics", "openHealthTips", "quit");
    }

    @Test
    void status_answers_as_json_or_as_a_line() {
        app.status = status(EngineState.ACTIVE, Optional.empty());

        assertThat(remote.handle(new Command.Status(true)).text()).startsWith("{\"state\":\"active\",");
        assertThat(remote.handle(new Command.Status(false)).text()).startsWith("Active · sitting today");
    }

    private static EngineStatus status(EngineState state, Optional<Instant> pausedUntil) {
        return new EngineStatus(state, NOW, Duration.ZERO, Duration.ofMinutes(30), Duration.ZERO, Optional.empty(),
                pausedUntil, Optional.empty(), Optional.empty(), false, true);
    }

    /** Records which command was called; answers status from a settable snapshot. */
    private static final class Recording implements AppCommands {
        final List<String> calls = new ArrayList<>();
        EngineStatus status = RemoteCommandsTest.status(EngineState.PAUSED, Optional.empty());
        Instant statusAt = NOW;
        boolean changes = true;

        public boolean breakNow(BreakKind kind) {
            takeBreak(kind);
            return changes;
        }

        public boolean endPause() {
            resume();
            return changes;
        }

        public boolean beginDrive() {
            startDrive();
            return changes;
        }

        public boolean finishDrive() {
            endDrive();
            return changes;
        }

        public io.unknot.history.HistoryKeeper.Health history() {
            return new io.unknot.history.HistoryKeeper.Health(io.unknot.history.HistoryKeeper.State.OK,
                    Optional.empty(), java.nio.file.Path.of("history"), "", 0, Optional.empty());
        }

        public void takeBreak(BreakKind kind) {
            calls.add("takeBreak " + kind.id());
        }

        public void pause(Duration length) {
            calls.add("pause " + length);
        }

        public void pauseUntilTomorrow() {
            calls.add("pauseUntilTomorrow");
        }

        public void pauseIndefinitely() {
            calls.add("pauseIndefinitely");
        }

        public void resume() {
            calls.add("resume");
        }

        public void startDrive() {
            calls.add("startDrive");
        }

        public void endDrive() {
            calls.add("endDrive");
        }

        public void showMain() {
            calls.add("showMain");
        }

        public void openSettings() {
            calls.add("openSettings");
        }

        public void openStatistics() {
            calls.add("openStatistics");
        }

        public void openHealthTips() {
            calls.add("openHealthTips");
        }

        public void quit() {
            calls.add("quit");
        }

        public EngineStatus status() {
            return new EngineStatus(status.state(), statusAt, status.sittingSinceBreak(), status.deskToday(),
                    status.drivingToday(), status.nextBreak(), status.pausedUntil(), status.currentBreak(),
                    status.driveLength(), status.deferred(), status.idleDetection());
        }

        public DesktopStatus desktopStatus() {
            return new DesktopStatus("x11", Set.of());
        }
    }
}
