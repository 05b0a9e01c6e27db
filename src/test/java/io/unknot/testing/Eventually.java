package io.unknot.testing;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one way tests wait for something that happens on another thread or in another process: poll a condition
 * until it holds, and fail with a message naming what never came. Polling starts fast and slows down, so a quick
 * answer is seen at once and a slow one costs little CPU on a shared machine. Waits are for things to happen, never
 * for logic: the time it took is not asserted.
 */
public final class Eventually {

    private static final Duration FIRST_PAUSE = Duration.ofMillis(5);
    private static final Duration LONGEST_PAUSE = Duration.ofMillis(100);

    private Eventually() {
    }

    /** A check that may run processes or read files. */
    @FunctionalInterface
    public interface Condition {
        boolean holds() throws Exception;
    }

    /** A query whose empty answer means "not yet". */
    @FunctionalInterface
    public interface Query<T> {
        Optional<T> get() throws Exception;
    }

    /** Waits until {@code condition} holds; fails naming {@code what} after {@code patience}. */
    public static void eventually(String what, Duration patience, Condition condition) {
        eventually(() -> what, patience, condition);
    }

    /** Same, with a message built only on failure (it may, say, describe the state that was seen). */
    public static void eventually(Supplier<String> what, Duration patience, Condition condition) {
        eventuallyGet(what, patience, () -> condition.holds() ? Optional.of(Boolean.TRUE) : Optional.empty());
    }

    /** Waits until {@code query} gives a value and returns it; fails naming {@code what} after {@code patience}. */
    public static <T> T eventuallyGet(String what, Duration patience, Query<T> query) {
        return eventuallyGet(() -> what, patience, query);
    }

    private static <T> T eventuallyGet(Supplier<String> what, Duration patience, Query<T> query) {
        long deadline = System.nanoTime() + patience.toNanos();
        Duration pause = FIRST_PAUSE;
        while (true) {
            Optional<T> answer = ask(query);
            if (answer.isPresent()) {
                return answer.get();
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("gave up after " + patience.toMillis() + " ms waiting for " + what.get());
            }
            sleep(pause);
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
    }

    private static <T> Optional<T> ask(Query<T> query) {
        try {
            return query.get();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError("the check itself failed", e);
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }
}
