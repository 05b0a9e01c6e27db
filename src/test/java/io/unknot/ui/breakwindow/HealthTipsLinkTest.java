package io.unknot.ui.breakwindow;

import io.unknot.core.BreakKind;
import io.unknot.core.EngineEvent.BreakCompleted;
import io.unknot.core.EngineEvent.BreakPostponed;
import io.unknot.core.EngineEvent.BreakSkipped;
import io.unknot.core.EngineState;
import io.unknot.settings.Keys;
import io.unknot.ui.BritishEnglish;
import io.unknot.ui.tips.HealthTipsWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.swing.JFrame;
import java.awt.Rectangle;
import java.awt.Window;
import java.time.Duration;
import java.util.Optional;

import static io.unknot.ui.SwingTesting.doOnEdt;
import static io.unknot.ui.SwingTesting.eventually;
import static io.unknot.ui.SwingTesting.onEdt;
import static io.unknot.ui.SwingTesting.settle;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The break window links to the health tips (whether stretching helps, and when a knot needs a doctor). The link
 * opens the app's own tips window, above the break, and the break goes on; in a strict break the tips are no way
 * out. Real windows on the test display, the engine on a fake clock.
 */
class HealthTipsLinkTest {

    @RegisterExtension
    final BreakDesk desk = new BreakDesk();
    private final HealthTipsWindow tips = new HealthTipsWindow(BritishEnglish.language());

    @Test
    void theLinkIsShownUnderTheMoveAndOpensTheTipsAboveTheBreakWhichGoesOn() {
        desk.windows.healthTips(this::openTips);
        desk.engine.takeBreakNow(BreakKind.STRETCH);
        BreakWindow window = desk.shownBreakWindow();
        Duration left = desk.engine.status().currentBreak().orElseThrow().remaining();

        assertThat(onEdt(() -> window.panel.tipsLink.getText()))
                .isEqualTo("When stretching helps, and when to see a doctor");
        assertThat(onEdt(() -> window.panel.tipsLink.isShowing())).isTrue();
        Rectangle link = onEdt(() -> javax.swing.SwingUtilities.convertRectangle(window.panel.tipsLink.getParent(),
                window.panel.tipsLink.getBounds(), window.frame.getContentPane()));
        assertThat(onEdt(() -> window.frame.getContentPane().getBounds().contains(link))).as("inside the window")
                .isTrue();

        doOnEdt(() -> window.panel.tipsLink.doClick());

        eventually("the health tips window shows", () -> tips.shown().isPresent());
        Window shown = onEdt(() -> tips.shown().orElseThrow());
        assertThat(onEdt(() -> ((JFrame) shown).getTitle())).isEqualTo("Health tips: easing muscle knots");
        assertThat(onEdt(shown::isAlwaysOnTop)).as("above the break, which is always on top").isTrue();
        assertThat(onEdt(window::isShowing)).isTrue();
        assertThat(desk.engine.status().state()).isEqualTo(EngineState.ON_BREAK);
        assertThat(desk.engine.status().currentBreak().orElseThrow().remaining()).isEqualTo(left);
        assertThat(desk.has(BreakCompleted.class) || desk.has(BreakSkipped.class)
                || desk.has(BreakPostponed.class)).isFalse();

        desk.advance(Duration.ofMinutes(3));
        eventually("the break ends on its own time", () -> desk.windows.breakWindow().isEmpty());
        assertThat(onEdt(shown::isShowing)).as("the tips stay open for reading").isTrue();
        assertThat(onEdt(shown::isAlwaysOnTop)).as("no longer above everything").isFalse();
    }

    @Test
    void withoutAWayToOpenTheTipsNoLinkIsShown() {
        desk.engine.takeBreakNow(BreakKind.STRETCH);
        BreakWindow window = desk.shownBreakWindow();

        assertThat(onEdt(() -> window.panel.tipsLink.isVisible())).isFalse();
    }

    @Test
    void theTipsAreNoWayOutOfAStrictBreak() throws Exception {
        desk.settings.set(Keys.INPUT_GRACE, Duration.ZERO);
        desk.start(rules -> rules.withRule(BreakKind.STRETCH, rules.rule(BreakKind.STRETCH).withStrict(true)));
        desk.windows.healthTips(this::openTips);
        desk.engine.takeBreakNow(BreakKind.STRETCH);
        BreakWindow window = desk.shownBreakWindow();
        eventually("a strict break takes the keyboard", window.frame::isFocused);

        doOnEdt(() -> window.panel.tipsLink.doClick());
        eventually("the health tips window shows", () -> tips.shown().isPresent());
        Window shown = onEdt(() -> tips.shown().orElseThrow());
        assertThat(onEdt(shown::isAlwaysOnTop)).isTrue();
        settle(Duration.ofMillis(300));
        assertThat(onEdt(shown::isShowing)).as("the break does not push the tips away").isTrue();

        assertThat(desk.engine.completeBreak()).isFalse();
        assertThat(onEdt(() -> window.panel.done.isEnabled())).isFalse();
        doOnEdt(shown::dispose);
        eventually("closing the tips gives the front back to the strict break", window.frame::isFocused);
        assertThat(desk.engine.status().state()).isEqualTo(EngineState.ON_BREAK);
        assertThat(desk.has(BreakCompleted.class)).isFalse();

        desk.advance(Duration.ofMinutes(3));
        eventually("it ends when its time is up", () -> desk.windows.breakWindow().isEmpty());
    }

    /** As the app opens them: its one tips window, on the event thread. */
    private Optional<Window> openTips() {
        tips.showWindow();
        return tips.shown();
    }
}
