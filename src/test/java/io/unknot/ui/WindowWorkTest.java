package io.unknot.ui;

import io.unknot.ui.settings.Gui;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.swing.SwingUtilities;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Updates wait for something shown; what is shown, and every update after it, runs on the EDT in order. */
class WindowWorkTest {

    @BeforeAll
    static void display() {
        Gui.requireDisplay();
    }

    @Test
    void updates_before_anything_was_shown_are_dropped_and_later_ones_follow_the_show_in_order() {
        WindowWork work = new WindowWork();
        List<String> ran = new CopyOnWriteArrayList<>();

        work.update(() -> ran.add("update before"));
        work.show(() -> ran.add(SwingUtilities.isEventDispatchThread() ? "show on EDT" : "show elsewhere"));
        work.update(() -> ran.add("update after"));
        Gui.run(() -> ran.add("flushed")); // queued behind both

        assertThat(ran).containsExactly("show on EDT", "update after", "flushed");
    }
}
