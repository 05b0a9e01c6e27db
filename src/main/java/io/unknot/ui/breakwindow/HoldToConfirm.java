package io.unknot.ui.breakwindow;

import io.unknot.i18n.Messages;

import javax.swing.ButtonModel;
import javax.swing.JButton;
import javax.swing.Timer;
import java.time.Duration;

/**
 * Makes a button act only when held down for a while (by mouse or Space), counting down on its face meanwhile: a
 * break after several skipped ones is harder to wave away by reflex. Letting go early does nothing.
 */
final class HoldToConfirm {

    private final Messages texts;
    private static final int COUNT_MILLIS = 100;

    private final JButton button;
    private final long holdNanos;
    private final Runnable action;
    private final String idleText;
    private final Timer counter;
    private long pressedAt;
    private boolean fired;

    private HoldToConfirm(Messages texts, JButton button, Duration hold, Runnable action) {
        this.texts = texts;
        this.button = button;
        this.holdNanos = hold.toNanos();
        this.action = action;
        this.idleText = button.getText();
        this.counter = new Timer(COUNT_MILLIS, e -> count());
    }

    static void attach(Messages texts, JButton button, Duration hold, Runnable action) {
        HoldToConfirm holding = new HoldToConfirm(texts, button, hold, action);
        button.getModel().addChangeListener(e -> holding.changed(button.getModel()));
    }

    private void changed(ButtonModel model) {
        boolean held = model.isPressed() && model.isArmed();
        if (held && !counter.isRunning() && !fired) {
            pressedAt = System.nanoTime();
            counter.start();
            count();
        } else if (!model.isPressed()) {
            counter.stop();
            fired = false;
            button.setText(idleText);
        }
    }

    private void count() {
        long left = holdNanos - (System.nanoTime() - pressedAt);
        if (!button.getModel().isArmed()) {
            return; // dragged off the button: paused, as Swing does for clicks
        }
        if (left <= 0) {
            counter.stop();
            fired = true;
            button.setText(idleText);
            action.run();
            return;
        }
        button.setText(texts.text("button.holding", (left + 999_999_999L) / 1_000_000_000L));
    }
}
