package io.unknot.app;

import io.unknot.app.remote.CommandLine;
import io.unknot.app.remote.Reply;
import io.unknot.core.BreakEngine;
import io.unknot.core.BreakKind;
import io.unknot.core.BreakSettings;
import io.unknot.core.EngineStatus;
import io.unknot.core.FakeTime;
import io.unknot.core.suggest.BodyArea;
import io.unknot.core.suggest.Category;
import io.unknot.core.suggest.Suggestion;
import io.unknot.history.HistoryKeeper;
import io.unknot.i18n.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No command-line command ends a strict break before its time, and each says honestly what it did. The commands go
 * the whole way the command line's do (parsed words, remote commands, the app's commands) to a real engine on a
 * fake clock. The command line has no "done" or "skip" for the break on screen, and the engine refuses both for a
 * strict break whoever asks (see UserControlsTest).
 */
class StrictBreakRemoteTest {

    private final FakeTime time = FakeTime.at("2026-03-02T09:00", "Europe/Berlin");
    private final BreakEngine engine = new BreakEngine(time, time, () -> Optional.of(Duration.ZERO),
            BreakSettings.DEFAULTS.withRule(BreakKind.STRETCH,
                    BreakSettings.DEFAULTS.rule(BreakKind.STRETCH).withStrict(true)),
            (need, now) -> new Suggestion("neck-roll", "Neck roll", List.of("Roll your head slowly."),
                    Duration.ofSeconds(30), BodyArea.NECK, Category.STRETCH, Set.of(), "neck-rotation.svg",
                    Optional.empty()));
    @TempDir
    Path dir;
    private HistoryKeeper history;
    private RemoteCommands remote;

    @BeforeEach
    void setUp() {
        history = HistoryKeeper.open(dir, time);
        remote = new RemoteCommands(new Language(Locale.ENGLISH), new AppActions(engine, engine::tick, null,
                () -> { }, () -> { }, "none", history),
                () -> ZoneId.of("Europe/Berlin"));
    }

    @AfterEach
    void closeHistory() throws Exception {
        history.close();
    }

    @Test
    void everyCommandLeavesAStrictBreakOnScreenAndSaysWhatItDid() throws Exception {
        assertThat(cli("break")).isEqualTo(Reply.ok("Starting a stretch break."));
        time.advance(Duration.ofSeconds(30));

        assertThat(cli("break", "micro")).isEqualTo(Reply.failed("A break is already on screen."));
        assertThat(cli("resume")).isEqualTo(Reply.failed("Not paused."));
        assertThat(cli("pause", "30m")).isEqualTo(Reply.ok("Paused until 9:30 AM."));
        assertThat(cli("resume")).isEqualTo(Reply.ok("Resumed."));

        EngineStatus.CurrentBreak strict = engine.status().currentBreak().orElseThrow();
        assertThat(strict.strict()).isTrue();
        assertThat(strict.remaining()).isEqualTo(Duration.ofSeconds(150));
        assertThat(cli("status", "--json").text()).contains("\"breakShowing\":true", "\"strict\":true");
        assertThat(engine.completeBreak()).isFalse();

        time.advance(Duration.ofSeconds(150));
        assertThat(cli("status", "--json").text()).contains("\"breakShowing\":false", "\"currentBreak\":null");
    }

    private Reply cli(String... words) throws Exception {
        return remote.handle(((CommandLine.Remote) CommandLine.parse(words)).command());
    }
}
