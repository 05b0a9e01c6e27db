package io.unknot.platform.dnd;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class DoNotDisturbTest {

    private final AtomicBoolean fullScreen = new AtomicBoolean();
    private final AtomicBoolean camera = new AtomicBoolean();
    private final List<Boolean> deferred = new CopyOnWriteArrayList<>();
    private final DoNotDisturb dnd = new DoNotDisturb(Optional.of(fullScreen::get), Optional.of(camera::get),
            deferred::add);

    @AfterEach
    void stop() {
        dnd.close();
    }

    @Test
    void a_full_screen_window_defers_breaks_until_it_ends() {
        dnd.setFullScreenEnabled(true);
        fullScreen.set(true);
        dnd.checkNow();
        fullScreen.set(false);
        dnd.checkNow();

        assertThat(deferred).containsExactly(true, false);
    }

    @Test
    void either_signal_defers_and_only_changes_are_passed_on() {
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

        assertThat(deferred).containsExactly(true, false);
    }

    @Test
    void a_switched_off_detector_is_not_asked_and_switching_it_off_lifts_its_deferral() {
        AtomicInteger asked = new AtomicInteger();
        DoNotDisturb counting = new DoNotDisturb(Optional.of(() -> asked.incrementAndGet() > 0),
                Optional.empty(), deferred::add);
        counting.checkNow();
        assertThat(asked).hasValue(0);

        counting.setFullScreenEnabled(true);
        counting.checkNow();
        counting.setFullScreenEnabled(false);
        int askedWhenOff = asked.get();
        counting.checkNow();
        counting.close();

        assertThat(asked).hasValue(askedWhenOff);
        assertThat(deferred).containsExactly(true, false);
    }

    @Test
    void switching_a_detector_on_checks_at_once_on_the_background_thread() throws Exception {
        CountDownLatch asked = new CountDownLatch(1);
        List<String> threads = new CopyOnWriteArrayList<>();
        DoNotDisturb background = new DoNotDisturb(Optional.empty(), Optional.of(() -> {
            threads.add(Thread.currentThread().getName());
            asked.countDown();
            return false;
        }), deferred::add);
        try {
            background.setCameraEnabled(true);
            assertThat(asked.await(5, TimeUnit.SECONDS)).isTrue();
        } finally {
            background.close();
        }
        assertThat(threads).first().isEqualTo("unknot-do-not-disturb");
    }

    @Test
    void a_failing_probe_counts_as_absent() {
        DoNotDisturb failing = new DoNotDisturb(Optional.of(() -> {
            throw new IllegalStateException("X server gone");
        }), Optional.of(camera::get), deferred::add);
        failing.setFullScreenEnabled(true);
        failing.setCameraEnabled(true);
        camera.set(true);
        failing.checkNow();
        failing.close();

        assertThat(deferred).containsExactly(true);
    }
}
