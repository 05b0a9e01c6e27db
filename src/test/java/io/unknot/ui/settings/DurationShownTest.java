package io.unknot.ui.settings;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static io.unknot.ui.settings.DurationUnit.DAYS;
import static io.unknot.ui.settings.DurationUnit.HOURS;
import static io.unknot.ui.settings.DurationUnit.MINUTES;
import static io.unknot.ui.settings.DurationUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

class DurationShownTest {

    @Test
    void a_value_shows_in_the_largest_unit_that_shows_it_exactly() {
        assertThat(DurationShown.of(Duration.ofMinutes(120), MINUTES)).isEqualTo(new DurationShown("2", HOURS));
        assertThat(DurationShown.of(Duration.ofMinutes(90), MINUTES)).isEqualTo(new DurationShown("1:30", HOURS));
        assertThat(DurationShown.of(Duration.ofMinutes(45), MINUTES)).isEqualTo(new DurationShown("45", MINUTES));
        assertThat(DurationShown.of(Duration.ofSeconds(90), MINUTES)).isEqualTo(new DurationShown("90", SECONDS));
        assertThat(DurationShown.of(Duration.ofSeconds(120), SECONDS)).isEqualTo(new DurationShown("2", MINUTES));
        assertThat(DurationShown.of(Duration.ofSeconds(30), SECONDS)).isEqualTo(new DurationShown("30", SECONDS));
        assertThat(DurationShown.of(Duration.ZERO, MINUTES)).isEqualTo(new DurationShown("0", MINUTES));
        assertThat(DurationShown.of(Duration.ofDays(365), DAYS)).isEqualTo(new DurationShown("365", DAYS));
    }

    @Test
    void typed_text_is_read_in_the_unit_shown() {
        assertThat(DurationShown.parse("2", HOURS)).contains(Duration.ofHours(2));
        assertThat(DurationShown.parse("1:30", HOURS)).contains(Duration.ofMinutes(90));
        assertThat(DurationShown.parse("1.5", HOURS)).contains(Duration.ofMinutes(90));
        assertThat(DurationShown.parse("1,25", HOURS)).contains(Duration.ofMinutes(75));
        assertThat(DurationShown.parse(" 90 ", MINUTES)).contains(Duration.ofMinutes(90));
        assertThat(DurationShown.parse("1:30", MINUTES)).contains(Duration.ofSeconds(90));
        assertThat(DurationShown.parse("abc", MINUTES)).isEqualTo(Optional.empty());
        assertThat(DurationShown.parse("1:75", HOURS)).isEqualTo(Optional.empty());
        assertThat(DurationShown.parse("-5", MINUTES)).isEqualTo(Optional.empty());
    }

    @Test
    void arrows_step_by_the_unit_shown_and_cross_the_hour_cleanly() {
        assertThat(DurationShown.next(Duration.ofMinutes(59), MINUTES)).isEqualTo(Duration.ofMinutes(60));
        assertThat(DurationShown.next(Duration.ofMinutes(60), MINUTES)).isEqualTo(Duration.ofMinutes(75));
        assertThat(DurationShown.next(Duration.ofMinutes(70), MINUTES)).isEqualTo(Duration.ofMinutes(75));
        assertThat(DurationShown.previous(Duration.ofMinutes(60), MINUTES)).isEqualTo(Duration.ofMinutes(59));
        assertThat(DurationShown.previous(Duration.ofMinutes(80), MINUTES)).isEqualTo(Duration.ofMinutes(75));
        assertThat(DurationShown.previous(Duration.ofSeconds(60), SECONDS)).isEqualTo(Duration.ofSeconds(59));
        assertThat(DurationShown.next(Duration.ofSeconds(59), SECONDS)).isEqualTo(Duration.ofSeconds(60));
        assertThat(DurationShown.next(Duration.ofSeconds(60), SECONDS)).isEqualTo(Duration.ofSeconds(120));
        assertThat(DurationShown.next(Duration.ofHours(8), HOURS)).isEqualTo(Duration.ofHours(9));
        assertThat(DurationShown.previous(Duration.ofSeconds(90), MINUTES)).isEqualTo(Duration.ofSeconds(60));
    }
}
