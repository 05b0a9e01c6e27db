package io.unknot.ui.breakwindow;

import io.unknot.core.BreakKind;
import io.unknot.core.EngineEvent;
import io.unknot.core.EngineEvent.BreakCompleted;
import io.unknot.core.EngineEvent.BreakPostponed;
import io.unknot.core.EngineEvent.BreakShown;
import io.unknot.core.EngineEvent.BreakSkipped;
import io.unknot.core.EngineState;
import io.unknot.settings.Keys;
import io.unknot.testing.Contrast;
import io.unknot.ui.Rendered;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JTextField;
import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.time.Duration;
import java.util.List;

import static io.unknot.ui.SwingTesting.doOnEdt;
import static io.unknot.ui.SwingTesting.eventually;
import static io.unknot.ui.SwingTesting.onEdt;
import static io.unknot.ui.SwingTesting.settle;
import static org.assertj.core.api.Assertions.assertThat;

/** Real break windows on the test display, driven by a real engine on a fake clock. */
class BreakWindowsTest {

    @RegisterExtension
    final BreakDesk desk = new BreakDesk();

    @Test
    void theBreakWindowShowsTheSuggestionAndTheEnginesCountdown() {
        desk.engine.takeBreakNow(BreakKind.STRETCH);

        BreakWindow window = desk.shownBreakWindow();
        assertThat(onEdt(() -> window.panel.title.getText())).isEqualTo("Neck roll");
        assertThat(onEdt(() -> window.panel.countdown.getText())).isEqualTo("3:00");
        assertThat(onEdt(() -> window.frame.isAlwaysOnTop())).isTrue();
        eventually("the engine is told the window is on screen", () -> desk.has(BreakShown.class));

        desk.time.advance(Duration.ofSeconds(40));
        eventually("the countdown follows the engine", () -> window.panel.countdown.getText().equals("2:20"));
        assertThat(onEdt(() -> window.panel.countdown.getAccessibleContext().getAccessibleName()))
                .isEqualTo("Time left: 2:20");
    }

    @Test
    void theCountdownShowsTheSecondTheEngineReports() {
        desk.engine.takeBreakNow(BreakKind.STRETCH);
        BreakWindow window = desk.shownBreakWindow();

        // 40.7 s into a 3-minute break the engine reports 139 whole seconds left, as `status` does.
        desk.time.advance(Duration.ofMillis(40_700));
        long engineSeconds = desk.engine.status().currentBreak().orElseThrow().remaining().toSeconds();

        assertThat(engineSeconds).isEqualTo(139);
        eventually("the window shows the engine's second", () -> window.panel.countdown.getText().equals("2:19"));
    }

    @Test
    void doneCompletesTheBreakAndWakesTheScheduler() {
        desk.engine.takeBreakNow(BreakKind.STRETCH);
        BreakWindow window = desk.shownBreakWindow();
        int wakesBefore = desk.wakeUps.get();

        doOnEdt(() -> window.panel.done.doClick());

        eventually("the window closes", () -> desk.windows.breakWindow().isEmpty() && !window.frame.isDisplayable());
        assertThat(desk.has(BreakCompleted.class)).isTrue();
        assertThat(desk.engine.status().state()).isNotEqualTo(EngineState.ON_BREAK);
        assertThat(desk.wakeUps.get()).isGreaterThan(wakesBefore);
    }

    @Test
    void doneIsTheDefaultButtonAndFilledWithTheAccentColour() {
        desk.engine.takeBreakNow(BreakKind.STRETCH);
        BreakWindow window = desk.shownBreakWindow();

        assertThat(onEdt(() -> window.frame.getRootPane().getDefaultButton())).isSameAs(window.panel.done);
        Color doneFill = onEdt(() -> fillOf(window.panel.done));
        Color skipFill = onEdt(() -> fillOf(window.panel.skip));
        assertThat(Contrast.ratio(doneFill, skipFill)).as("Done stands out from the other buttons").isGreaterThan(2.0);
    }

    @Test
    void postponeReachesTheEngine() {
        desk.engine.takeBreakNow(BreakKind.STRETCH);
        BreakWindow window = desk.shownBreakWindow();
        assertThat(onEdt(() -> window.panel.postpone.getText())).isEqualTo("Postpone (3 left)");

        doOnEdt(() -> window.panel.postpone.doClick());

        eventually("the window closes", () -> desk.windows.breakWindow().isEmpty());
        assertThat(desk.has(BreakPostponed.class)).isTrue();
    }

    @Test
    void skipReachesTheEngine() {
        desk.engine.takeBreakNow(BreakKind.MICRO);
        BreakWindow window = desk.shownBreakWindow();

        doOnEdt(() -> window.panel.skip.doClick());

        eventually("the window closes", () -> desk.windows.breakWindow().isEmpty());
        assertThat(desk.has(BreakSkipped.class)).isTrue();
    }

    @Test
    void theWindowClosesItselfWhenTheCountdownEnds() {
        desk.engine.takeBreakNow(BreakKind.MICRO);
        desk.shownBreakWindow();

        desk.advance(Duration.ofSeconds(21));

        eventually("the window closes at the end of the break", () -> desk.windows.breakWindow().isEmpty());
        assertThat(desk.has(BreakCompleted.class)).isTrue();
    }

    @Test
    void keyboardShortcutsWorkOnceTheUserTurnsToTheWindow() throws Exception {
        Robot robot = new Robot();
        desk.engine.takeBreakNow(BreakKind.STRETCH);
        BreakWindow first = desk.shownBreakWindow();
        clickInto(robot, first);
        press(robot, KeyEvent.VK_ESCAPE);
        eventually("Escape postpones", () -> desk.has(BreakPostponed.class));

        desk.engine.takeBreakNow(BreakKind.STRETCH);
        BreakWindow second = desk.shownBreakWindow();
        clickInto(robot, second);
        robot.keyPress(KeyEvent.VK_ALT);
        press(robot, KeyEvent.VK_S);
        robot.keyRelease(KeyEvent.VK_ALT);
        eventually("Alt+S skips", () -> desk.has(BreakSkipped.class));

        desk.engine.takeBreakNow(BreakKind.STRETCH);
        BreakWindow third = desk.shownBreakWindow();
        clickInto(robot, third);
        press(robot, KeyEvent.VK_ENTER);
        eventually("Enter is Done", () -> desk.has(BreakCompleted.class));
    }

    @Test
    void theWarningNeverTakesTheKeyboardFromWhatTheUserIsTyping() throws Exception {
        Editor editor = Editor.open();

        desk.windows.onEvent(new EngineEvent.BreakWarning(desk.time.instant(), BreakKind.STRETCH,
                Duration.ofSeconds(30)));
        eventually("the warning is shown", () -> desk.windows.notice().isPresent());
        Robot robot = new Robot();
        press(robot, KeyEvent.VK_O);
        press(robot, KeyEvent.VK_K);
        settle(Duration.ofMillis(300));

        assertThat(onEdt(editor.field::isFocusOwner)).isTrue();
        assertThat(onEdt(editor.frame::isFocused)).isTrue();
        assertThat(onEdt(() -> editor.field.getText())).isEqualTo("ok");
        Notice notice = onEdt(() -> desk.windows.notice().orElseThrow());
        assertThat(onEdt(() -> notice.window.isFocusableWindow())).isFalse();
        assertThat(onEdt(() -> notice.window.getType())).isEqualTo(Window.Type.POPUP);
    }

    @Test
    void longBreaksFillTheScreenWithTheDesktopDimmedBehindThePanel() throws Exception {
        JFrame white = onEdt(() -> {
            JFrame frame = new JFrame("desktop");
            frame.setUndecorated(true);
            frame.getContentPane().setBackground(Color.WHITE);
            frame.setBounds(GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
                    .getDefaultConfiguration().getBounds());
            frame.setVisible(true);
            return frame;
        });
        Robot robot = new Robot();
        eventually("the white desktop is on screen", () -> robot.getPixelColor(5, 5).equals(Color.WHITE));
        desk.settings.set(Keys.FULLSCREEN_LONG_BREAKS, true);
        Rectangle screen = onEdt(white::getBounds);

        desk.engine.takeBreakNow(BreakKind.STRETCH);
        BreakWindow stretch = desk.shownBreakWindow();
        assertThat(onEdt(() -> stretch.frame.getBounds())).isEqualTo(screen);
        eventually("the desktop shows through, dimmed", () -> isDimmedWhite(robot.getPixelColor(5, 5)));
        doOnEdt(() -> stretch.panel.done.doClick());
        eventually("the stretch window closes", () -> desk.windows.breakWindow().isEmpty());

        desk.engine.takeBreakNow(BreakKind.MICRO);
        BreakWindow micro = desk.shownBreakWindow();
        assertThat(onEdt(micro.frame::getWidth)).isLessThan(screen.width);
    }

    @Test
    void withSoundsInsteadOfPopUpsADrivingBreakOpensNoWindow() throws Exception {
        desk.settings.set(Keys.DRIVING_CUES, true);
        desk.engine.startDrive();

        desk.advance(Duration.ofHours(2));

        eventually("the engine is told the driver was alerted", () -> desk.has(BreakShown.class));
        settle(Duration.ofMillis(300));
        assertThat(desk.engine.status().state()).isEqualTo(EngineState.ON_BREAK);
        assertThat(onEdt(() -> desk.windows.breakWindow())).isEmpty();
        assertThat(onEdt(() -> List.of(Window.getWindows()).stream().noneMatch(Window::isShowing))).isTrue();
        assertThat(desk.cues).containsExactly("DRIVE_START", "DRIVING_BREAK");
    }

    @Test
    void withoutDrivingCuesADrivingBreakShowsItsWindow() {
        desk.engine.startDrive();

        desk.advance(Duration.ofHours(2));

        BreakWindow window = desk.shownBreakWindow();
        assertThat(onEdt(() -> window.panel.kindLabel.getText())).isEqualTo("Driving break");
        assertThat(desk.cues).isEmpty();
    }

    /** A dimmed white: a mid grey, the veil's colour over white. */
    private static boolean isDimmedWhite(Color pixel) {
        int expected = 255 - DimmedDesktop.VEIL.getAlpha() * (255 - DimmedDesktop.VEIL.getRed()) / 255;
        return Math.abs(pixel.getRed() - expected) < 12 && pixel.getGreen() < 200;
    }

    static void clickInto(Robot robot, BreakWindow window) {
        Point at = onEdt(() -> {
            Point p = window.panel.countdown.getLocationOnScreen();
            return new Point(p.x + 2, p.y + 2);
        });
        robot.mouseMove(at.x, at.y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        eventually("the break window has the keyboard", window.frame::isFocused);
    }

    static void press(Robot robot, int key) {
        robot.keyPress(key);
        robot.keyRelease(key);
    }

    private static Color fillOf(JButton button) {
        return new Color(Rendered.paint(button).image().getRGB(button.getWidth() / 2, 3));
    }

    /** A window with a text field that has the keyboard, standing in for the user's document. */
    record Editor(JFrame frame, JTextField field) {
        static Editor open() {
            JTextField field = onEdt(() -> new JTextField(20));
            JFrame frame = onEdt(() -> {
                JFrame f = new JFrame("editor");
                f.add(field);
                f.pack();
                f.setLocation(100, 100);
                f.setVisible(true);
                return f;
            });
            eventually("the editor has focus", field::isFocusOwner);
            return new Editor(frame, field);
        }
    }
}
