package io.unknot.ui.breakwindow;

import io.unknot.core.BreakEngine;
import io.unknot.core.BreakKind;
import io.unknot.core.BreakSettings;
import io.unknot.core.EngineEvent;
import io.unknot.core.EngineEvent.BreakCompleted;
import io.unknot.core.EngineEvent.BreakPostponed;
import io.unknot.core.EngineEvent.BreakShown;
import io.unknot.core.EngineEvent.BreakSkipped;
import io.unknot.core.EngineState;
import io.unknot.core.FakeTime;
import io.unknot.settings.Keys;
import io.unknot.settings.Settings;
import io.unknot.settings.TestPrefs;
import io.unknot.ui.BritishEnglish;
import io.unknot.ui.Statuses;
import io.unknot.ui.sound.Sounds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.swing.JFrame;
import javax.swing.JTextField;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import static io.unknot.ui.SwingTesting.doOnEdt;
import static io.unknot.ui.SwingTesting.disposeAllWindows;
import static io.unknot.ui.SwingTesting.eventually;
import static io.unknot.ui.SwingTesting.onEdt;
import static io.unknot.ui.SwingTesting.requireDisplay;
import static io.unknot.ui.SwingTesting.settle;
import static org.assertj.core.api.Assertions.assertThat;

/** Real break windows on the test display, driven by a real engine on a fake clock. */
@ExtendWith(BritishEnglish.class)
class BreakWindowsTest {

    private final FakeTime time = FakeTime.at("2024-03-05T10:00", "Europe/Berlin");
    private final List<EngineEvent> events = new CopyOnWriteArrayList<>();
    private final AtomicInteger wakeUps = new AtomicInteger();
    private TestPrefs prefs;
    private Settings settings;
    private BreakEngine engine;
    private BreakWindows windows;

    @BeforeEach
    void setUp() throws Exception {
        requireDisplay();
        prefs = TestPrefs.create();
        settings = prefs.open();
        settings.set(Keys.SOUNDS, false);
        settings.set(Keys.DRIVING_CUES, false);
        startEngine(rules -> rules);
    }

    @AfterEach
    void tearDown() throws Exception {
        disposeAllWindows();
        prefs.close();
    }

    @Test
    void theBreakWindowShowsTheSuggestionAndTheEnginesCountdown() {
        engine.takeBreakNow(BreakKind.STRETCH);

        BreakWindow window = shownBreakWindow();
        assertThat(onEdt(() -> window.panel.title.getText())).isEqualTo("Neck roll");
        assertThat(onEdt(() -> window.panel.countdown.getText())).isEqualTo("3:00");
        assertThat(onEdt(() -> window.frame.isAlwaysOnTop())).isTrue();
        eventually("the engine is told the window is on screen", () -> has(BreakShown.class));

        time.advance(Duration.ofSeconds(40));
        eventually("the countdown follows the engine", () -> window.panel.countdown.getText().equals("2:20"));
        assertThat(onEdt(() -> window.panel.countdown.getAccessibleContext().getAccessibleName()))
                .isEqualTo("Time left: 2:20");
    }

    @Test
    void doneCompletesTheBreakAndWakesTheScheduler() {
        engine.takeBreakNow(BreakKind.STRETCH);
        BreakWindow window = shownBreakWindow();
        int wakesBefore = wakeUps.get();

        doOnEdt(() -> window.panel.done.doClick());

        eventually("the window closes", () -> windows.breakWindow().isEmpty() && !window.frame.isDisplayable());
        assertThat(has(BreakCompleted.class)).isTrue();
        assertThat(engine.status().state()).isNotEqualTo(EngineState.ON_BREAK);
        assertThat(wakeUps.get()).isGreaterThan(wakesBefore);
    }

    @Test
    void postponeReachesTheEngine() {
        engine.takeBreakNow(BreakKind.STRETCH);
        BreakWindow window = shownBreakWindow();
        assertThat(onEdt(() -> window.panel.postpone.getText())).isEqualTo("Postpone (3 left)");

        doOnEdt(() -> window.panel.postpone.doClick());

        eventually("the window closes", () -> windows.breakWindow().isEmpty());
        assertThat(has(BreakPostponed.class)).isTrue();
    }

    @Test
    void skipReachesTheEngine() {
        engine.takeBreakNow(BreakKind.MICRO);
        BreakWindow window = shownBreakWindow();

        doOnEdt(() -> window.panel.skip.doClick());

        eventually("the window closes", () -> windows.breakWindow().isEmpty());
        assertThat(has(BreakSkipped.class)).isTrue();
    }

    @Test
    void strictModeHidesSkipAndNoPostponesLeftDisablesPostpone() {
        startEngine(rules -> rules.withRule(BreakKind.STRETCH,
                rules.rule(BreakKind.STRETCH).withStrict(true).withPostponeLimit(0)));

        engine.takeBreakNow(BreakKind.STRETCH);
        BreakWindow window = shownBreakWindow();

        assertThat(onEdt(() -> window.panel.skip.isVisible())).isFalse();
        assertThat(onEdt(() -> window.panel.postpone.isEnabled())).isFalse();
        assertThat(onEdt(() -> window.panel.done.isVisible())).isTrue();
    }

    @Test
    void theWindowClosesItselfWhenTheCountdownEnds() {
        engine.takeBreakNow(BreakKind.MICRO);
        shownBreakWindow();

        time.advance(Duration.ofSeconds(21));
        engine.tick();

        eventually("the window closes at the end of the break", () -> windows.breakWindow().isEmpty());
        assertThat(has(BreakCompleted.class)).isTrue();
    }

    @Test
    void keyboardShortcutsWork() throws Exception {
        Robot robot = new Robot();
        engine.takeBreakNow(BreakKind.STRETCH);
        BreakWindow first = shownBreakWindow();
        eventually("the break window has the keyboard", first.frame::isFocused);
        press(robot, KeyEvent.VK_ESCAPE);
        eventually("Escape postpones", () -> has(BreakPostponed.class));

        engine.takeBreakNow(BreakKind.STRETCH);
        BreakWindow second = shownBreakWindow();
        eventually("the break window has the keyboard", second.frame::isFocused);
        robot.keyPress(KeyEvent.VK_ALT);
        press(robot, KeyEvent.VK_S);
        robot.keyRelease(KeyEvent.VK_ALT);
        eventually("Alt+S skips", () -> has(BreakSkipped.class));

        engine.takeBreakNow(BreakKind.STRETCH);
        BreakWindow third = shownBreakWindow();
        eventually("the break window has the keyboard", third.frame::isFocused);
        press(robot, KeyEvent.VK_ENTER);
        eventually("Enter is Done", () -> has(BreakCompleted.class));
    }

    @Test
    void keysPressedJustAsTheWindowOpensAreIgnored() throws Exception {
        windows = replaceWindows(Duration.ofSeconds(30));
        Robot robot = new Robot();
        engine.takeBreakNow(BreakKind.STRETCH);
        BreakWindow window = shownBreakWindow();
        eventually("the break window has the keyboard", window.frame::isFocused);

        press(robot, KeyEvent.VK_ENTER);
        settle(Duration.ofMillis(300));

        assertThat(has(BreakCompleted.class)).isFalse();
        assertThat(onEdt(window::isShowing)).isTrue();
    }

    @Test
    void theWarningNeverTakesTheKeyboardFromWhatTheUserIsTyping() throws Exception {
        JTextField field = onEdt(() -> new JTextField(20));
        JFrame editor = onEdt(() -> {
            JFrame frame = new JFrame("editor");
            frame.add(field);
            frame.pack();
            frame.setLocation(100, 100);
            frame.setVisible(true);
            return frame;
        });
        eventually("the editor has focus", field::isFocusOwner);

        windows.onEvent(new EngineEvent.BreakWarning(time.instant(), BreakKind.STRETCH, Duration.ofSeconds(30)));
        eventually("the warning is shown", () -> windows.notice().isPresent());
        Robot robot = new Robot();
        press(robot, KeyEvent.VK_O);
        press(robot, KeyEvent.VK_K);
        settle(Duration.ofMillis(300));

        assertThat(onEdt(field::isFocusOwner)).isTrue();
        assertThat(onEdt(editor::isFocused)).isTrue();
        String typed = onEdt(field::getText);
        assertThat(typed).isEqualTo("ok");
        Notice notice = onEdt(() -> windows.notice().orElseThrow());
        assertThat(onEdt(() -> notice.window.isFocusableWindow())).isFalse();
        assertThat(onEdt(() -> notice.window.getType())).isEqualTo(Window.Type.POPUP);
    }

    @Test
    void longBreaksCanFillTheScreen() throws Exception {
        settings.set(Keys.FULLSCREEN_LONG_BREAKS, true);
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
                .getDefaultConfiguration().getBounds();

        engine.takeBreakNow(BreakKind.STRETCH);
        BreakWindow stretch = shownBreakWindow();
        Rectangle filled = onEdt(stretch.frame::getBounds);
        assertThat(filled).isEqualTo(screen);
        doOnEdt(() -> stretch.panel.done.doClick());
        eventually("the stretch window closes", () -> windows.breakWindow().isEmpty());

        engine.takeBreakNow(BreakKind.MICRO);
        BreakWindow micro = shownBreakWindow();
        int width = onEdt(micro.frame::getWidth);
        assertThat(width).isLessThan(screen.width);
    }

    @Test
    void theEndOfADriveSuggestsAStretch() {
        engine.startDrive();
        time.advance(Duration.ofMinutes(50));
        engine.tick();
        engine.endDrive();

        eventually("the post-drive notice is shown", () -> windows.notice().isPresent());
        String title = onEdt(() -> windows.notice().orElseThrow().window.getContentPane()
                .getAccessibleContext().getAccessibleName());
        String body = onEdt(() -> windows.notice().orElseThrow().window.getContentPane()
                .getAccessibleContext().getAccessibleDescription());
        assertThat(title).isEqualTo("Drive ended after 50 min");
        assertThat(body).startsWith("Before you sit down again, try this: Neck roll");
    }

    private void startEngine(UnaryOperator<BreakSettings> rules) {
        engine = new BreakEngine(time, time, () -> Optional.of(Duration.ZERO), rules.apply(BreakSettings.DEFAULTS),
                (need, now) -> Statuses.suggestion("Neck roll"));
        engine.addListener(events::add);
        windows = replaceWindows(Duration.ZERO);
    }

    private BreakWindows replaceWindows(Duration inputGrace) {
        if (windows != null) {
            engine.removeListener(windows);
        }
        BreakWindows fresh = new BreakWindows(engine, settings, new Sounds(settings), wakeUps::incrementAndGet,
                inputGrace);
        engine.addListener(fresh);
        return fresh;
    }

    private BreakWindow shownBreakWindow() {
        eventually("a break window is shown",
                () -> windows.breakWindow().map(BreakWindow::isShowing).orElse(false));
        return onEdt(() -> windows.breakWindow().orElseThrow());
    }

    private boolean has(Class<? extends EngineEvent> type) {
        return events.stream().anyMatch(type::isInstance);
    }

    private static void press(Robot robot, int key) {
        robot.keyPress(key);
        robot.keyRelease(key);
    }
}
