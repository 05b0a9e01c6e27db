package io.unknot.ui.breakwindow;

import io.unknot.core.BreakKind;
import io.unknot.core.EngineEvent.BreakCompleted;
import io.unknot.core.EngineEvent.BreakPostponed;
import io.unknot.core.EngineEvent.BreakSkipped;
import io.unknot.core.EngineState;
import io.unknot.settings.Keys;
import io.unknot.ui.breakwindow.BreakWindowsTest.Editor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.swing.JFrame;
import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowEvent;
import java.time.Duration;

import static io.unknot.ui.SwingTesting.doOnEdt;
import static io.unknot.ui.SwingTesting.eventually;
import static io.unknot.ui.SwingTesting.onEdt;
import static io.unknot.ui.SwingTesting.settle;
import static io.unknot.ui.breakwindow.BreakWindowsTest.press;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A break that is really taken: typing as it opens neither ends it nor gets lost, a strict break cannot be ended
 * early, and a break after several skipped ones needs Skip held down. Real windows, real keys (java.awt.Robot),
 * the engine on a fake clock: the grace is engine time.
 */
class TakenBreakTest {

    @RegisterExtension
    final BreakDesk desk = new BreakDesk();
    private Robot robot;

    @BeforeEach
    void setUp() throws Exception {
        desk.settings.set(Keys.INPUT_GRACE, Duration.ofSeconds(3));
        robot = new Robot();
    }

    @Test
    void keysTypedAsTheBreakOpensStayInTheUsersWindowAndNeverEndTheBreak() throws Exception {
        Editor editor = Editor.open();

        desk.engine.takeBreakNow(BreakKind.STRETCH);
        BreakWindow window = desk.shownBreakWindow();
        press(robot, KeyEvent.VK_H);
        press(robot, KeyEvent.VK_I);
        press(robot, KeyEvent.VK_ENTER);
        press(robot, KeyEvent.VK_ESCAPE);
        eventually("the letters reach the user's document", () -> editor.field().getText().equals("hi"));

        assertThat(onEdt(editor.frame()::isFocused)).isTrue();
        assertThat(onEdt(window.frame::isFocused)).isFalse();
        assertThat(onEdt(window::isShowing)).isTrue();
        assertThat(desk.engine.status().state()).isEqualTo(EngineState.ON_BREAK);
        assertThat(desk.has(BreakCompleted.class) || desk.has(BreakPostponed.class)).isFalse();
    }

    @Test
    void aClickWithinTheGraceIsIgnoredAndWorksOnceTheGraceHasPassed() throws Exception {
        desk.engine.takeBreakNow(BreakKind.STRETCH);
        BreakWindow window = desk.shownBreakWindow();
        desk.advance(Duration.ofMillis(2900));

        doOnEdt(() -> window.panel.done.doClick());
        settle(Duration.ofMillis(200));
        assertThat(desk.has(BreakCompleted.class)).isFalse();
        assertThat(onEdt(window::armed)).isFalse();

        desk.advance(Duration.ofMillis(100));
        eventually("the grace ends on the engine's clock", window::armed);
        doOnEdt(() -> window.panel.done.doClick());
        eventually("Done now ends the break", () -> desk.has(BreakCompleted.class));
    }

    @Test
    void aFullScreenBreakTakesTheKeyboardOnlyOnceTheGraceHasPassed() throws Exception {
        desk.settings.set(Keys.FULLSCREEN_LONG_BREAKS, true);
        Editor editor = Editor.open();

        desk.engine.takeBreakNow(BreakKind.STRETCH);
        BreakWindow window = desk.shownBreakWindow();
        settle(Duration.ofMillis(300));
        assertThat(onEdt(editor.frame()::isFocused)).isTrue();

        desk.advance(Duration.ofSeconds(3));
        eventually("the break window takes the keyboard", window.frame::isFocused);
    }

    @Test
    void aStrictBreakCoversTheScreenAndSurvivesDoneEnterEscapeClosingAndMinimising() throws Exception {
        desk.settings.set(Keys.INPUT_GRACE, Duration.ZERO);
        desk.start(rules -> rules.withRule(BreakKind.STRETCH, rules.rule(BreakKind.STRETCH).withStrict(true)));

        desk.engine.takeBreakNow(BreakKind.STRETCH);
        BreakWindow window = desk.shownBreakWindow();
        assertThat(onEdt(() -> window.frame.getBounds())).isEqualTo(GraphicsEnvironment
                .getLocalGraphicsEnvironment().getDefaultScreenDevice().getDefaultConfiguration().getBounds());
        assertThat(onEdt(() -> window.panel.skip.isVisible())).isFalse();
        assertThat(onEdt(() -> window.panel.done.isEnabled())).isFalse();
        eventually("a strict break takes the keyboard", window.frame::isFocused);

        doOnEdt(() -> window.panel.done.doClick());
        press(robot, KeyEvent.VK_ENTER);
        press(robot, KeyEvent.VK_ESCAPE);
        doOnEdt(() -> window.frame.dispatchEvent(new WindowEvent(window.frame, WindowEvent.WINDOW_CLOSING)));
        doOnEdt(() -> {
            window.frame.setExtendedState(Frame.ICONIFIED);
            window.frame.dispatchEvent(new WindowEvent(window.frame, WindowEvent.WINDOW_ICONIFIED));
        });
        settle(Duration.ofMillis(300));

        assertThat(desk.engine.status().state()).isEqualTo(EngineState.ON_BREAK);
        assertThat(onEdt(window::isShowing)).isTrue();
        assertThat(onEdt(() -> window.frame.getExtendedState())).isEqualTo(Frame.NORMAL);
        assertThat(desk.has(BreakCompleted.class) || desk.has(BreakPostponed.class)).isFalse();

        JFrame other = onEdt(() -> {
            JFrame frame = new JFrame("another window");
            frame.setBounds(100, 100, 300, 200);
            frame.setVisible(true);
            frame.toFront();
            frame.requestFocus();
            return frame;
        });
        settle(Duration.ofMillis(500));
        eventually("the strict break comes back to the front", () -> window.frame.isFocused() && !other.isFocused());

        desk.advance(Duration.ofMinutes(3));
        eventually("it ends when its time is up", () -> desk.windows.breakWindow().isEmpty());
        assertThat(desk.has(BreakCompleted.class)).isTrue();
    }

    @Test
    void afterSkippedBreaksTheNextSaysSoKindlyAndSkipMustBeHeld() throws Exception {
        desk.settings.set(Keys.INPUT_GRACE, Duration.ZERO);
        desk.start(rules -> rules.withEscalateAfter(1));
        desk.engine.takeBreakNow(BreakKind.STRETCH);
        BreakWindow first = desk.shownBreakWindow();
        assertThat(onEdt(() -> first.panel.escalation)).isEmpty();
        doOnEdt(() -> first.panel.skip.doClick());
        eventually("the first break is skipped", () -> desk.has(BreakSkipped.class));

        desk.engine.takeBreakNow(BreakKind.STRETCH);
        BreakWindow second = desk.shownBreakWindow();
        assertThat(onEdt(() -> second.panel.escalation.map(note -> note.getAccessibleContext().getAccessibleName())))
                .hasValueSatisfying(text -> assertThat(text).startsWith("The last 1 breaks were skipped"));
        assertThat(onEdt(() -> second.panel.skip.getText())).isEqualTo("Hold to skip");

        doOnEdt(() -> second.panel.skip.doClick());
        settle(Duration.ofMillis(200));
        assertThat(desk.events.stream().filter(BreakSkipped.class::isInstance).count()).isEqualTo(1);

        Point skip = onEdt(() -> {
            Point p = second.panel.skip.getLocationOnScreen();
            return new Point(p.x + second.panel.skip.getWidth() / 2, p.y + second.panel.skip.getHeight() / 2);
        });
        robot.mouseMove(skip.x, skip.y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        try {
            eventually("the button counts down while held", () -> second.panel.skip.getText().startsWith("Keep"));
            eventually("holding long enough skips", () -> desk.events.stream()
                    .filter(BreakSkipped.class::isInstance).count() == 2);
        } finally {
            robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        }
    }
}
