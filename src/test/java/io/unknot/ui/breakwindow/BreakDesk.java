package io.unknot.ui.breakwindow;

import io.unknot.core.BreakEngine;
import io.unknot.core.BreakSettings;
import io.unknot.core.EngineEvent;
import io.unknot.core.EngineStatus.CurrentBreak;
import io.unknot.core.FakeTime;
import io.unknot.core.suggest.SuggestionNeed;
import io.unknot.core.suggest.SuggestionSource;
import io.unknot.core.suggest.BodyArea;
import io.unknot.core.suggest.Category;
import io.unknot.core.suggest.Routine;
import io.unknot.core.suggest.Suggestion;
import io.unknot.settings.Keys;
import io.unknot.settings.Settings;
import io.unknot.settings.TestPrefs;
import io.unknot.ui.BritishEnglish;
import io.unknot.ui.sound.Sounds;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import static io.unknot.ui.SwingTesting.disposeAllWindows;
import static io.unknot.ui.SwingTesting.eventually;
import static io.unknot.ui.SwingTesting.onEdt;
import static io.unknot.ui.SwingTesting.requireDisplay;

/**
 * A real engine on a fake clock with real break windows listening to it, for the break-window tests: the moves it
 * hands out are set per test, and every event is kept. Settings live in an isolated preferences node. Register it
 * with {@code @RegisterExtension}: it needs the display before each test and closes every window after it.
 */
final class BreakDesk implements BeforeEachCallback, AfterEachCallback {

    /** Short, so the test of the hold does not wait long; the hold itself is the same code. */
    private static final Duration SKIP_HOLD = Duration.ofMillis(600);

    final FakeTime time = FakeTime.at("2024-03-05T10:00", "Europe/Berlin");
    final List<EngineEvent> events = new CopyOnWriteArrayList<>();
    final AtomicInteger wakeUps = new AtomicInteger();
    final List<String> cues = new CopyOnWriteArrayList<>();
    TestPrefs prefs;
    Settings settings;
    BreakEngine engine;
    BreakWindows windows;
    private List<Suggestion> moves = List.of(move("Neck roll", Optional.empty()));

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        requireDisplay();
        prefs = TestPrefs.create();
        settings = prefs.open();
        settings.set(Keys.SOUNDS, false);
        settings.set(Keys.DRIVING_CUES, false);
        settings.set(Keys.INPUT_GRACE, Duration.ZERO);
        start(rules -> rules);
    }

    /** A fresh engine with these rules; its breaks show {@link #moves(List)}. */
    BreakDesk start(UnaryOperator<BreakSettings> rules) {
        engine = new BreakEngine(time, time, () -> Optional.of(Duration.ZERO), rules.apply(BreakSettings.DEFAULTS),
                new SuggestionSource() {
                    @Override
                    public Suggestion pick(SuggestionNeed need, Instant now) {
                        return moves.get(0);
                    }

                    @Override
                    public Routine routine(SuggestionNeed need, Duration length, Instant now) {
                        return split(length);
                    }
                });
        engine.addListener(events::add);
        windows = new BreakWindows(BritishEnglish.language(), new EngineCommands(), settings,
                new Sounds(settings, cue -> cues.add(cue.name())), SKIP_HOLD);
        engine.addListener(windows);
        return this;
    }

    /** The app's break commands as they reach the engine: each one counts as a wake-up of the driver. */
    private final class EngineCommands implements BreakCommands {
        @Override
        public void breakShown() {
            engine.breakShown();
            wakeUps.incrementAndGet();
        }

        @Override
        public boolean completeBreak() {
            wakeUps.incrementAndGet();
            return engine.completeBreak();
        }

        @Override
        public boolean nextMove() {
            return woken(engine.nextMove());
        }

        @Override
        public boolean postponeBreak() {
            return woken(engine.postponeBreak());
        }

        @Override
        public boolean skipBreak() {
            return woken(engine.skipBreak());
        }

        @Override
        public Optional<CurrentBreak> currentBreak() {
            return engine.status().currentBreak();
        }

        private boolean woken(boolean answer) {
            wakeUps.incrementAndGet();
            return answer;
        }
    }

    /** The moves of every following break, sharing its length evenly. */
    BreakDesk moves(List<Suggestion> moves) {
        this.moves = List.copyOf(moves);
        return this;
    }

    BreakWindow shownBreakWindow() {
        eventually("a break window is shown",
                () -> windows.breakWindow().map(BreakWindow::isShowing).orElse(false));
        return onEdt(() -> windows.breakWindow().orElseThrow());
    }

    boolean has(Class<? extends EngineEvent> type) {
        return events.stream().anyMatch(type::isInstance);
    }

    /** Moves engine time on and lets the engine see it, as the scheduler's next wake-up would. */
    void advance(Duration time) {
        this.time.advance(time);
        engine.tick();
    }

    static Suggestion move(String title, Optional<String> safety) {
        return new Suggestion(title.toLowerCase().replace(' ', '-'), title,
                List.of("Sit tall and let your shoulders drop, keeping your back long and your feet flat.",
                        "Roll your head slowly from side to side."),
                Duration.ofSeconds(30), BodyArea.NECK, Category.STRETCH, Set.of(), "neck-rotation.svg", safety);
    }

    private Routine split(Duration length) {
        List<Routine.Move> parts = new ArrayList<>();
        for (Suggestion move : moves) {
            parts.add(new Routine.Move(move, length.dividedBy(moves.size())));
        }
        return new Routine(parts);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        disposeAllWindows();
        prefs.close();
    }
}
