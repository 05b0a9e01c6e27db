package io.unknot.ui;

import io.unknot.testing.Eventually;

import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.Container;
import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.Window;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.fail;

/**
 * Helpers for GUI tests on a real (virtual) display. They fail, never skip, without a display, so CI cannot pass
 * them by accident. Waiting here is for the window system (a window being mapped, focus arriving), never for
 * Unknot's own timing, which tests drive with a fake clock.
 */
public final class SwingTesting {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static volatile boolean themed;

    private SwingTesting() {
    }

    /** Fails with a clear message unless a display is there, then sets FlatLaf up once. */
    public static void requireDisplay() {
        if (GraphicsEnvironment.isHeadless() || System.getenv("DISPLAY") == null && isLinux()) {
            fail("GUI tests need a display: run them with `bash scripts/test`, or start Xvfb and set DISPLAY");
        }
        if (!themed) {
            // With Unknot's own colours.
            doOnEdt(() -> new io.unknot.ui.theme.Appearance().apply(io.unknot.settings.Theme.LIGHT));
            themed = true;
        }
    }

    /**
     * Runs {@code work} on the EDT and returns its result. Called on the EDT itself, as from a condition that
     * {@link #eventually} polls, it runs at once.
     */
    public static <T> T onEdt(Callable<T> work) {
        if (EventQueue.isDispatchThread()) {
            try {
                return work.call();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                try {
                    result.set(work.call());
                } catch (Exception e) {
                    failure.set(e);
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (InvocationTargetException e) {
            throw new AssertionError(e.getCause());
        }
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        return result.get();
    }

    public static void doOnEdt(Runnable work) {
        onEdt(() -> {
            work.run();
            return null;
        });
    }

    /** Waits until {@code condition}, checked on the EDT, holds; fails with {@code what} when it never does. */
    public static void eventually(String what, BooleanSupplier condition) {
        eventually(what, PATIENCE, condition);
    }

    /** Same, giving up after {@code patience}. */
    public static void eventually(String what, Duration patience, BooleanSupplier condition) {
        Eventually.eventually(what, patience, () -> onEdt(condition::getAsBoolean));
    }

    /** Every component of {@code type} inside {@code root} and the windows it owns, depth first. Call on the EDT. */
    public static <T> List<T> all(Container root, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Component child : root.getComponents()) {
            if (type.isInstance(child)) {
                found.add(type.cast(child));
            }
            if (child instanceof Container container) {
                found.addAll(all(container, type));
            }
        }
        if (root instanceof Window window) {
            for (Window owned : window.getOwnedWindows()) {
                found.addAll(all(owned, type));
            }
        }
        return found;
    }

    /** Disposes every window still open, so no test sees another's windows. */
    public static void disposeAllWindows() {
        doOnEdt(() -> {
            for (Window window : Window.getWindows()) {
                window.dispose();
            }
        });
    }

    /** Lets the window system deliver what it has queued, for checks that something did NOT happen. */
    public static void settle(Duration time) {
        pause(time);
        doOnEdt(() -> { });
    }

    private static void pause(Duration time) {
        try {
            Thread.sleep(time.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase().contains("linux");
    }
}
