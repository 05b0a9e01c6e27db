package io.unknot.ui;

import com.formdev.flatlaf.FlatLightLaf;

import javax.swing.SwingUtilities;
import java.awt.GraphicsEnvironment;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
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
            doOnEdt(FlatLightLaf::setup);
            themed = true;
        }
    }

    public static <T> T onEdt(Callable<T> work) {
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
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!onEdt(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                fail("gave up waiting: " + what);
            }
            pause(Duration.ofMillis(50));
        }
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
