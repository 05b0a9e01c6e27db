package io.unknot.platform.dnd;

import io.unknot.core.DeferReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class DoNotDisturbTest {

    /** A break is due now unless a test says otherwise. */
    private final AtomicReference<Optional<Duration>> untilPrompt = new AtomicReference<>(Optional.of(Duration.ZERO));
    private final AtomicBoolean fullScreen = new AtomicBoolean();
    private final AtomicBoolean camera = new AtomicBoolean();
    private final List<String> deferred = new CopyOnWriteArrayList<>();
    private final BiConsumer<DeferReason, Boolean> sink =
            (reason, on) -> deferred.add(reason.id() + (on ? " on" : " off"));
    /** As the app's background executor: one named thread, shut down after each test. */
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            task -> new Thread(task, "test-background"));
    private final DoNotDisturb dnd = new DoNotDisturb(Optional.of(fullScreen::get), Optional.of(camera::get),
            Optional.empty(), sink, untilPrompt::get, timer);

    @AfterEach
    void stop() {
        dnd.close();
        timer.shutdownNow();
    }

    @Test
    void a_full_screen_window_defers_breaks_until_it_ends() {
        dnd.setFullScreenEnabled(true);
        fullScreen.set(true);
        dnd.checkNow();
        fullScreen.set(false);
        dnd.checkNow();

        assertThat(deferred).containsExactly("fullscreen on", "fullscreen off");
    }

    @Test
    void each_signal_defers_with_its_reason_and_only_changes_are_passed_on() {
        dnd.setFullScreenEnabled(true);
        dnd.setCameraEnabled(true);
        camera.set(true);
        dnd.checkNow();
        fullScreen.set(true);
        dnd.checkNow();
        camera.set(false);
        dnd.checkNow();
        fullScreen.set(false);
        dnd.checkNow();

        assertThat(deferred).containsExactly("camera on", "fullscreen on", "camera off", "fullscreen off");
    }

    @Test
    void a_switched_off_detector_is_not_asked_and_switching_it_off_lifts_its_deferral() {
        AtomicInteger asked = new AtomicInteger();
        DoNotDisturb counting = new DoNotDisturb(Optional.of(() -> asked.incrementAndGet() > 0),
                Optional.empty(), Optional.empty(), sink, untilPrompt::get, timer);
        // Switching on plans a check at once on the background thread; hold that thread so only checkNow asks.
        CountDownLatch release = new CountDownLatch(1);
        timer.execute(() -> awaitQuietly(release));
        try {
            counting.checkNow();
            assertThat(asked).hasValue(0);

            counting.setFullScreenEnabled(true);
            counting.checkNow();
            assertThat(asked).hasValue(1);
            counting.setFullScreenEnabled(false);
            counting.checkNow();
        } finally {
            release.countDown();
        }
        counting.close();

        assertThat(asked).hasValue(1);
        assertThat(deferred).containsExactly("fullscreen on", "fullscreen off");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void switching_a_detector_on_checks_at_once_on_the_background_thread() throws Exception {
        CountDownLatch asked = new CountDownLatch(1);
        List<String> threads = new CopyOnWriteArrayList<>();
        DoNotDisturb background = new DoNotDisturb(Optional.empty(), Optional.of(() -> {
            threads.add(Thread.currentThread().getName());
            asked.countDown();
            return false;
        }), Optional.empty(), sink, untilPrompt::get, timer);
        try {
            background.setCameraEnabled(true);
            assertThat(asked.await(5, TimeUnit.SECONDS)).isTrue();
        } finally {
            background.close();
        }
        assertThat(threads).first().isEqualTo("test-background");
    }

    @Test
    void near_a_break_the_checks_run_at_their_rate() {
        dnd.setFullScreenEnabled(true);
        dnd.checkNow();

        assertThat(dnd.nextFullScreenCheck()).hasValueSatisfying(next ->
                assertThat(next).isBetween(DoNotDisturb.FULL_SCREEN_EVERY.minusSeconds(1),
                        DoNotDisturb.FULL_SCREEN_EVERY));
    }

    @Test
    void far_from_a_break_the_checks_sleep_until_shortly_before_it() {
        untilPrompt.set(Optional.of(Duration.ofMinutes(8)));
        dnd.setFullScreenEnabled(true);
        dnd.checkNow();

        Duration expected = Duration.ofMinutes(8).minus(DoNotDisturb.LOOKAHEAD);
        assertThat(dnd.nextFullScreenCheck()).hasValueSatisfying(next ->
                assertThat(next).isBetween(expected.minusSeconds(1), expected));
    }

    @Test
    void with_no_break_planned_the_checks_sleep_longest_and_a_found_window_is_watched_at_the_full_rate() {
        untilPrompt.set(Optional.empty());
        dnd.setFullScreenEnabled(true);
        dnd.checkNow();
        assertThat(dnd.nextFullScreenCheck()).hasValueSatisfying(next ->
                assertThat(next).isGreaterThan(DoNotDisturb.LONGEST_SLEEP.minusSeconds(1)));

        fullScreen.set(true);
        dnd.checkNow();

        assertThat(dnd.nextFullScreenCheck()).hasValueSatisfying(next ->
                assertThat(next).isLessThanOrEqualTo(DoNotDisturb.FULL_SCREEN_EVERY));
    }

    @Test
    void a_replan_wakes_a_sleeping_check_when_a_break_comes_near() throws Exception {
        boolean checkedAgain = checkedAgainAfter(false, Duration.ofSeconds(5), sleeping -> {
            untilPrompt.set(Optional.of(Duration.ofSeconds(40)));
            sleeping.replan();
        });

        assertThat(checkedAgain).as("checked again soon after the replan").isTrue();
    }

    @Test
    void check_soon_runs_a_sleeping_check_at_once() throws Exception {
        // A status request: the next check is 5 s away (a window is detected).
        boolean checkedAgain = checkedAgainAfter(true, Duration.ofSeconds(2), DoNotDisturb::checkSoon);

        assertThat(checkedAgain).as("checked again at once").isTrue();
    }

    @Test
    void a_failing_probe_counts_as_absent() {
        DoNotDisturb failing = new DoNotDisturb(Optional.of(() -> {
            throw new IllegalStateException("X server gone");
        }), Optional.of(camera::get), Optional.empty(), sink, untilPrompt::get, timer);
        failing.setFullScreenEnabled(true);
        failing.setCameraEnabled(true);
        camera.set(true);
        failing.checkNow();
        failing.close();

        assertThat(deferred).containsExactly("camera on");
    }

    /**
     * A full-screen check switched on while the next break is 30 minutes away: its first check runs at once, then
     * it sleeps until the break comes near. Whether it checks again within {@code patience} after {@code nudge}.
     */
    private boolean checkedAgainAfter(boolean detected, Duration patience, Consumer<DoNotDisturb> nudge)
            throws InterruptedException {
        CountDownLatch firstCheck = new CountDownLatch(1);
        CountDownLatch twoChecks = new CountDownLatch(2);
        untilPrompt.set(Optional.of(Duration.ofMinutes(30)));
        DoNotDisturb sleeping = new DoNotDisturb(Optional.of(() -> {
            firstCheck.countDown();
            twoChecks.countDown();
            return detected;
        }), Optional.empty(), Optional.empty(), sink, untilPrompt::get, timer);
        try {
            sleeping.setFullScreenEnabled(true);
            assertThat(firstCheck.await(5, TimeUnit.SECONDS)).as("the first check runs at once").isTrue();
            nudge.accept(sleeping);
            return twoChecks.await(patience.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            sleeping.close();
        }
    }
}
