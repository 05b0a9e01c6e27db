package io.unknot.ui.tray;

import io.unknot.core.BreakKind;

import java.time.Duration;

/** What the tray menu (and the status window) can ask the app to do. Implemented by the app's wiring. */
public interface TrayActions {
    void takeBreak(BreakKind kind);

    void pause(Duration length);

    void pauseUntilTomorrow();

    void pauseIndefinitely();

    void resume();

    void startDrive();

    void endDrive();

    void openSettings();

    void openStatistics();

    void openHealthTips();

    void quit();
}
