package io.unknot.ui.tray;

import io.unknot.core.BreakKind;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * What one menu entry asks for. Values, so that two menus built from the same status compare equal and the tray is
 * only touched when something really changed.
 */
public sealed interface TrayCommand {

    void runOn(TrayActions actions);

    record TakeBreak(BreakKind kind) implements TrayCommand {
        @Override
        public void runOn(TrayActions actions) {
            actions.takeBreak(kind);
        }
    }

    record Pause(Duration length) implements TrayCommand {
        @Override
        public void runOn(TrayActions actions) {
            actions.pause(length);
        }
    }

    /** The commands without an argument: each stands for one action. */
    enum Simple implements TrayCommand {
        PAUSE_UNTIL_TOMORROW(TrayActions::pauseUntilTomorrow),
        PAUSE_UNTIL_RESUMED(TrayActions::pauseIndefinitely),
        RESUME(TrayActions::resume),
        START_DRIVE(TrayActions::startDrive),
        END_DRIVE(TrayActions::endDrive),
        OPEN_STATISTICS(TrayActions::openStatistics),
        OPEN_SETTINGS(TrayActions::openSettings),
        OPEN_HEALTH_TIPS(TrayActions::openHealthTips),
        QUIT(TrayActions::quit);

        private final Consumer<TrayActions> action;

        Simple(Consumer<TrayActions> action) {
            this.action = action;
        }

        @Override
        public void runOn(TrayActions actions) {
            action.accept(actions);
        }
    }
}
