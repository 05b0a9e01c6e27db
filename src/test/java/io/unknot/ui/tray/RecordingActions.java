package io.unknot.ui.tray;

import io.unknot.core.BreakKind;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Writes down what the menu asked the app to do, e.g. "pause PT30M". */
public final class RecordingActions implements TrayActions {

    private final List<String> calls = new CopyOnWriteArrayList<>();

    public List<String> calls() {
        return calls;
    }

    @Override
    public void takeBreak(BreakKind kind) {
        calls.add("takeBreak " + kind.id());
    }

    @Override
    public void pause(Duration length) {
        calls.add("pause " + length);
    }

    @Override
    public void pauseUntilTomorrow() {
        calls.add("pauseUntilTomorrow");
    }

    @Override
    public void pauseIndefinitely() {
        calls.add("pauseIndefinitely");
    }

    @Override
    public void resume() {
        calls.add("resume");
    }

    @Override
    public void startDrive() {
        calls.add("startDrive");
    }

    @Override
    public void endDrive() {
        calls.add("endDrive");
    }

    @Override
    public void openSettings() {
        calls.add("openSettings");
    }

    @Override
    public void openStatistics() {
        calls.add("openStatistics");
    }

    @Override
    public void openHealthTips() {
        calls.add("openHealthTips");
    }

    @Override
    public void quit() {
        calls.add("quit");
    }
}
