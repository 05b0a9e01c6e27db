package io.unknot.platform.idle;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WindowsIdleSourceTest {

    @Test
    void idle_time_is_the_tick_difference() {
        assertThat(WindowsIdleSource.elapsedMillis(50_000, 20_000)).isEqualTo(30_000);
    }

    @Test
    void idle_time_survives_the_tick_count_wrapping_after_49_days() {
        int justBeforeWrap = (int) 0xFFFF_FC18L; // 1000 ms before 2^32
        int justAfterWrap = 500;

        assertThat(WindowsIdleSource.elapsedMillis(justAfterWrap, justBeforeWrap)).isEqualTo(1_500);
    }
}
