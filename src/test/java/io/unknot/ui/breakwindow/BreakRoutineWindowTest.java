package io.unknot.ui.breakwindow;

import io.unknot.core.BreakKind;
import io.unknot.core.EngineEvent.BreakCompleted;
import io.unknot.core.EngineEvent.DriveEnded;
import io.unknot.core.EngineState;
import io.unknot.testing.Contrast;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.unknot.core.suggest.BodyArea;
import io.unknot.core.suggest.Category;
import io.unknot.core.suggest.Suggestion;

import java.awt.Rectangle;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.unknot.ui.SwingTesting.doOnEdt;
import static io.unknot.ui.SwingTesting.eventually;
import static io.unknot.ui.SwingTesting.onEdt;
import static org.assertj.core.api.Assertions.assertThat;

/** A break's routine in a real window: moves come one after another on the engine's clock, and the buttons. */
class BreakRoutineWindowTest {

    private static final String CAUTION = "Stop if you feel pain or get dizzy.";

    @RegisterExtension
    final BreakDesk desk = new BreakDesk().moves(List.of(
            BreakDesk.move("Neck roll", Optional.empty()),
            BreakDesk.move("Shoulder rolls", Optional.of(CAUTION)),
            BreakDesk.move("Stand and reach", Optional.empty())));

    @Test
    void theMovesAdvanceOnTheirOwnAsTheEnginesTimePasses() {
        desk.engine.takeBreakNow(BreakKind.STRETCH); // 3 min: three moves of 1 min
        BreakWindow window = desk.shownBreakWindow();
        assertThat(onEdt(() -> window.panel.title.getText())).isEqualTo("Neck roll");
        assertThat(onEdt(() -> window.panel.stepLabel.getText())).isEqualTo("Move 1 of 3");
        assertThat(onEdt(() -> window.panel.nextUp.getText())).isEqualTo("Next up: Shoulder rolls (1:00)");
        assertThat(onEdt(() -> window.panel.moveLeft.getText())).isEqualTo("This move: 1:00 left");

        desk.advance(Duration.ofSeconds(45));
        eventually("the move's own countdown runs", () -> window.panel.moveLeft.getText()
                .equals("This move: 0:15 left") && window.panel.countdown.getText().equals("2:15"));
        assertThat(onEdt(() -> window.panel.moveBar.getPercentComplete())).isEqualTo(0.75);
        assertThat(onEdt(() -> window.panel.breakBar.getPercentComplete())).isEqualTo(0.25);

        desk.advance(Duration.ofSeconds(15));
        eventually("the second move comes on its own", () -> window.panel.title.getText().equals("Shoulder rolls"));
        assertThat(onEdt(() -> window.panel.stepLabel.getText())).isEqualTo("Move 2 of 3");
        assertThat(onEdt(() -> window.panel.steps.text())).startsWith("1. Sit tall");

        desk.advance(Duration.ofSeconds(60));
        eventually("the last move comes on its own", () -> window.panel.title.getText().equals("Stand and reach"));
        assertThat(onEdt(() -> window.panel.nextUp.getText())).isEqualTo("Last move: the break ends with it");
        assertThat(onEdt(() -> window.panel.next.isEnabled())).isFalse();
        assertThat(desk.engine.status().currentBreak().orElseThrow().step()).isEqualTo(2);
    }

    @Test
    void nextShowsTheNextMoveAtOnceAndKeepsTheBreaksEnd() {
        desk.engine.takeBreakNow(BreakKind.STRETCH);
        BreakWindow window = desk.shownBreakWindow();
        desk.advance(Duration.ofSeconds(10));

        doOnEdt(() -> window.panel.next.doClick());

        eventually("Next shows the second move", () -> window.panel.title.getText().equals("Shoulder rolls"));
        assertThat(desk.engine.status().currentBreak().orElseThrow().step()).isEqualTo(1);
        assertThat(onEdt(() -> window.panel.countdown.getText())).isEqualTo("2:50");
        assertThat(onEdt(() -> window.panel.moveLeft.getText())).isEqualTo("This move: 1:00 left");
        assertThat(desk.engine.status().state()).isEqualTo(EngineState.ON_BREAK);
    }

    @Test
    void doneEndsTheWholeBreakWhateverMoveIsShowing() {
        desk.engine.takeBreakNow(BreakKind.STRETCH);
        BreakWindow window = desk.shownBreakWindow();
        doOnEdt(() -> window.panel.next.doClick());
        eventually("the second move shows", () -> window.panel.title.getText().equals("Shoulder rolls"));

        doOnEdt(() -> window.panel.done.doClick());

        eventually("the window closes", () -> desk.windows.breakWindow().isEmpty());
        assertThat(desk.has(BreakCompleted.class)).isTrue();
        assertThat(desk.engine.status().currentBreak()).isEmpty();
    }

    @Test
    void theSafetyNoteIsAVisibleCalloutInTheBreakWindow() {
        desk.engine.takeBreakNow(BreakKind.STRETCH);
        BreakWindow window = desk.shownBreakWindow();
        assertThat(onEdt(() -> window.panel.callout)).isEmpty();

        doOnEdt(() -> window.panel.next.doClick());
        eventually("the move with a caution shows its callout",
                () -> window.panel.callout.map(Callout::isShowing).orElse(false));

        Callout callout = onEdt(() -> window.panel.callout.orElseThrow());
        assertThat(onEdt(() -> callout.note.getText())).isEqualTo(CAUTION);
        Rectangle box = onEdt(() -> callout.getBounds());
        assertThat(box.width).isGreaterThan(100);
        assertThat(box.height).isGreaterThan(onEdt(() -> callout.note.getHeight()));
        assertThat(Contrast.ratio(onEdt(callout::getBackground), onEdt(window.panel::getBackground)))
                .as("the callout's box is set off from the window").isGreaterThan(1.1);
        assertThat(onEdt(() -> fullyInside(window, callout))).as("the callout fits in the window").isTrue();
    }

    @Test
    void theNoticeAfterADriveShowsTheStretchWithItsCalloutAndStaysUntilClosed() {
        desk.moves(List.of(new Suggestion("thigh", "Calf raises", List.of(
                "Sit tall and stand beside your desk or a wall and hold on with one hand for balance.",
                "Bend your right knee and take hold of your ankle behind you, keeping your knees together.",
                "Draw the heel toward your buttock with your knees side by side; hold for 20 seconds, then change."),
                Duration.ofSeconds(40), BodyArea.LEGS, Category.STRETCH, Set.of(), "quad-stretch.svg",
                Optional.of(CAUTION + " If you cannot reach your ankle easily, loop a scarf or belt around it."))));
        desk.engine.startDrive();
        desk.advance(Duration.ofMinutes(50));
        desk.engine.endDrive();

        eventually("the post-drive notice is shown", () -> desk.windows.notice().isPresent());
        Notice notice = onEdt(() -> desk.windows.notice().orElseThrow());
        assertThat(desk.has(DriveEnded.class)).isTrue();
        assertThat(onEdt(() -> notice.window.getContentPane().getAccessibleContext().getAccessibleName()))
                .isEqualTo("Drive ended after 50 min");
        assertThat(onEdt(() -> notice.window.getContentPane().getAccessibleContext().getAccessibleDescription()))
                .startsWith("Before you sit down again, try this: Calf raises\n1. Sit tall")
                .endsWith("loop a scarf or belt around it.");
        assertThat(onEdt(() -> notice.callout.map(Callout::isShowing).orElse(false))).isTrue();
        assertThat(onEdt(() -> notice.steps.map(StepList::isShowing).orElse(false))).isTrue();
        assertThat(onEdt(notice::closesItself)).as("a suggestion waits for the user").isFalse();
        Rectangle window = onEdt(() -> notice.window.getBounds());
        Rectangle callout = onEdt(() -> {
            Callout c = notice.callout.orElseThrow();
            return new Rectangle(c.getLocationOnScreen(), c.getSize());
        });
        assertThat(window.contains(callout)).as("the callout fits in the notice").isTrue();
        assertThat(onEdt(() -> notice.window.getContentPane().getPreferredSize().height))
                .as("nothing in the notice is squeezed").isLessThanOrEqualTo(window.height);
        for (javax.swing.JTextArea step : onEdt(() -> notice.steps.orElseThrow().steps)) {
            Rectangle shown = onEdt(() -> new Rectangle(step.getLocationOnScreen(), step.getSize()));
            assertThat(window.contains(shown)).as("step %s fits in the notice", step.getText()).isTrue();
            assertThat(shown.height).as("every wrapped line of a step shows")
                    .isGreaterThanOrEqualTo(onEdt(() -> step.getPreferredSize().height));
        }
    }

    private static boolean fullyInside(BreakWindow window, Callout callout) {
        Rectangle frame = window.frame.getBounds();
        return frame.contains(new Rectangle(callout.getLocationOnScreen(), callout.getSize()));
    }
}
