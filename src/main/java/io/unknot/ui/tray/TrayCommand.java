package io.unknot.ui.tray;

import io.unknot.core.BreakKind;

import java.time.Duration;

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

    record PauseUntilTomorrow() implements TrayCommand {
        @Override
        public void runOn(TrayActions actions) {
            actions.pauseUntilTomorrow();
        }
    }

    record Resume() implements TrayCommand {
        @Override
        public void runOn(TrayActions actions) {
            actions.resume();
        }
    }

    record StartDrive() implements TrayCommand {
        @Override
        public void runOn(TrayActions actions) {
            actions.startDrive();
        }
    }

    record EndDrive() implements TrayCommand {
        @Override
        public void runOn(TrayActions actions) {
            actions.endDrive();
        }
    }

    record OpenStatistics() implements TrayCommand {
        @Override
        public void runOn(TrayActions actions) {
            actions.openStatistics();
        }
    }

    record OpenSettings() implements TrayCommand {
        @Override
        public void runOn(TrayActions actions) {
            actions.openSettings();
        }
    }

    record OpenHealthTips() implements TrayCommand {
        @Override
        public void runOn(TrayActions actions) {
            actions.openHealthTips();
        }
    }

    record Quit() implements TrayCommand {
        @Override
        public void runOn(TrayActions actions) {
            actions.quit();
        }
    }
}
