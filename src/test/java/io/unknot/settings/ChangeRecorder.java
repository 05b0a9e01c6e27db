package io.unknot.settings;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.prefs.PreferenceChangeListener;
import java.util.prefs.Preferences;

import static io.unknot.testing.Eventually.eventually;

/** A settings subscriber that writes down every change as "key: before -> after". */
public final class ChangeRecorder implements Consumer<SettingChange<?>> {

    private final List<String> changes = new CopyOnWriteArrayList<>();

    @Override
    public void accept(SettingChange<?> change) {
        changes.add(change.setting().key() + ": " + change.before() + " -> " + change.after());
    }

    public List<String> changes() {
        return List.copyOf(changes);
    }

    /** Waits (at most a few seconds) until {@code count} changes have been heard; fails if they never are. */
    public List<String> awaitChanges(int count) {
        eventually(() -> count + " changes, heard " + changes, Duration.ofSeconds(5), () -> changes.size() >= count);
        return changes();
    }

    /**
     * Returns once everything queued so far has happened: the node's change events delivered and whatever the
     * settings do about them done, and their own changes written to the node and saved.
     */
    public static void settle(Settings settings, Preferences node) throws InterruptedException {
        settings.flush();
        drainEvents(node);
        settings.flush();
    }

    /**
     * Returns once java.util.prefs has delivered every change event queued so far for {@code node}: its single
     * event thread delivers in order, so a marker written now arrives after all of them.
     */
    public static void drainEvents(Preferences node) throws InterruptedException {
        CountDownLatch seen = new CountDownLatch(1);
        String marker = "test.marker." + System.nanoTime();
        PreferenceChangeListener listener = event -> {
            if (event.getKey().equals(marker)) {
                seen.countDown();
            }
        };
        node.addPreferenceChangeListener(listener);
        try {
            node.put(marker, "x");
            if (!seen.await(5, TimeUnit.SECONDS)) {
                throw new AssertionError("preferences events were not delivered");
            }
        } finally {
            node.removePreferenceChangeListener(listener);
            node.remove(marker);
        }
    }
}
