package io.unknot.ui.tray;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import dorkbox.jna.linux.GtkCheck;
import dorkbox.jna.linux.GtkEventDispatch;
import dorkbox.systemTray.SystemTray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.ref.Reference;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Starts dorkbox's GTK main loop and returns only once that loop really runs, before anything asks GTK a question.
 *
 * <p>Why: dorkbox starts its loop on a thread of its own ({@code gtk_init_check}, then {@code g_main_loop_run}) and
 * returns at once. Until that thread has entered the loop, dorkbox's "run this on the GTK thread" runs the code
 * <em>inline on the caller's thread</em> ({@code g_main_context_invoke} on a context nobody owns yet), so
 * {@code SystemTray.get()} measures the tray size and builds widgets before {@code gtk_init} has opened the display.
 * On a fresh display at login, {@code gtk_init} is slow (font and theme caches, no session bus yet), so that race is
 * usually lost: "Can't create a GtkStyleContext without a display connection" and a SIGTRAP, or two threads inside
 * GTK at once (a hang, or a crash later). A source added with {@code g_idle_add} can only run inside the loop, so
 * waiting for one closes the race without guessing at timings.
 */
final class GtkLoop {

    private static final Logger LOG = LoggerFactory.getLogger(GtkLoop.class);
    /** A first {@code gtk_init} on a cold machine takes a second or two; a minute means it never will. */
    static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    /** Only while starting: how often to ask whether dorkbox's loop thread died before entering the loop. */
    private static final Duration LOOP_THREAD_CHECK = Duration.ofMillis(250);
    private static final String LOOP_THREAD_NAME = "GTK Native Event Loop";

    /** GLib, loaded by GTK already; only the one thread-safe call we need. */
    private interface GLib extends Library {
        int g_idle_add(SourceFunc function, Pointer data);
    }

    private interface SourceFunc extends Callback {
        /** @return false: run once */
        boolean invoke(Pointer data);
    }

    /**
     * A start begun ahead of the tray (see {@link TrayHeadStart}), taken by the next {@link #startAndAwait()}. Only
     * that one: removing the tray stops dorkbox's loop, so a later tray starts it again.
     */
    private static final AtomicReference<CompletableFuture<Boolean>> AHEAD = new AtomicReference<>();

    private GtkLoop() {
    }

    /** Starts GTK on a thread of its own now, for the tray that comes later; then runs {@code whenRunning}. */
    static void startAhead(Runnable whenRunning) {
        CompletableFuture<Boolean> start = new CompletableFuture<>();
        if (!AHEAD.compareAndSet(null, start)) {
            return;
        }
        Thread thread = new Thread(() -> {
            boolean running = start();
            start.complete(running);
            if (running) {
                whenRunning.run();
            }
        }, "unknot-gtk-start");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Loads one GTK (the one already in the process if AWT loaded one, else GTK 3 where installed, else GTK 2),
     * starts dorkbox's loop and waits until it dispatches, or waits for the start begun ahead. False when GTK
     * cannot start: then there is no GTK tray.
     */
    static boolean startAndAwait() {
        CompletableFuture<Boolean> ahead = AHEAD.getAndSet(null);
        return ahead != null ? ahead.join() : start();
    }

    /**
     * Waits for a start begun ahead to end, and leaves it for the tray. Before AWT's first window: AWT's
     * XOpenDisplay beside GTK's opening of the display can hang both (see {@code XConnection.open}).
     */
    static void awaitAhead() {
        Optional.ofNullable(AHEAD.get()).ifPresent(CompletableFuture::join);
    }

    private static boolean start() {
        boolean gtk2 = GtkCheck.getLoadedGtkVersion() == 2 || SystemTray.FORCE_GTK2;
        // AWT loads GTK for some dialogs and desktop properties: it must load the same one, never the other.
        System.setProperty("jdk.gtk.version", gtk2 ? "2" : "3");
        System.setProperty("swing.gtk.version", gtk2 ? "2" : "3");
        CountDownLatch running = new CountDownLatch(1);
        // Referenced until the latch opens: native code keeps only a raw pointer to it.
        SourceFunc signal = data -> {
            running.countDown();
            return false;
        };
        try {
            GtkEventDispatch.startGui(gtk2, !gtk2, SystemTray.DEBUG);
            Native.load("libglib-2.0.so.0", GLib.class).g_idle_add(signal, null);
            boolean started = awaitWhileLoopThreadLives(running);
            if (started) {
                LOG.info("GTK {}.{} main loop running", GtkCheck.MAJOR, GtkCheck.MINOR);
            }
            return started;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("GTK could not be loaded", e);
            return false;
        } finally {
            Reference.reachabilityFence(signal);
        }
    }

    /** Waits for the loop; gives up early when dorkbox's loop thread has died (gtk_init_check failed). */
    private static boolean awaitWhileLoopThreadLives(CountDownLatch running) throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!running.await(LOOP_THREAD_CHECK.toMillis(), TimeUnit.MILLISECONDS)) {
            if (loopThread().map(thread -> !thread.isAlive()).orElse(true)) {
                LOG.warn("GTK did not start on this display (gtk_init_check failed)");
                return false;
            }
            if (System.nanoTime() > deadline) {
                LOG.warn("the GTK main loop did not start within {} s", START_TIMEOUT.toSeconds());
                return false;
            }
        }
        return true;
    }

    private static Optional<Thread> loopThread() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> LOOP_THREAD_NAME.equals(thread.getName())).findFirst();
    }
}
