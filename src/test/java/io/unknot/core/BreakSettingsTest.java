package io.unknot.core;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BreakSettingsTest {

    @Test
    void theDefaultsAreTheOnesTheIssueAsksFor() {
        BreakSettings d = BreakSettings.DEFAULTS;

        assertThat(d.rule(BreakKind.MICRO).interval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(d.rule(BreakKind.STRETCH).duration()).isEqualTo(Duration.ofMinutes(3));
        assertThat(d.rule(BreakKind.MOVEMENT).interval()).isEqualTo(Duration.ofHours(2));
        assertThat(d.rule(BreakKind.DRIVING).duration()).isEqualTo(Duration.ofMinutes(15));
        assertThat(d.warningLead()).isEqualTo(Duration.ofSeconds(30));
        assertThat(d.dailySittingLimit()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void nonsenseIsRefusedWithAClearMessage() {
        BreakRule micro = BreakSettings.DEFAULTS.rule(BreakKind.MICRO);

        assertThatThrownBy(() -> micro.withInterval(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interval must be positive");
        assertThatThrownBy(() -> micro.withPostponeLimit(-1)).hasMessageContaining("postponeLimit");
        assertThatThrownBy(() -> BreakSettings.DEFAULTS.withWarningLead(Duration.ofSeconds(-1)))
                .hasMessageContaining("warningLead must not be negative");
        assertThatThrownBy(() -> new BreakSettings(Map.of(BreakKind.MICRO, micro), Duration.ZERO,
                Duration.ofSeconds(10), false, BreakSettings.DEFAULTS.workingHours(), Duration.ofHours(8),
                Duration.ZERO)).hasMessageContaining("no rule for STRETCH");
    }

    @Test
    void settingsCompareByValue() {
        BreakSettings copy = new BreakSettings(Map.copyOf(BreakSettings.DEFAULTS.rules()),
                BreakSettings.DEFAULTS.warningLead(), BreakSettings.DEFAULTS.idleThreshold(), false,
                BreakSettings.DEFAULTS.workingHours(), BreakSettings.DEFAULTS.dailySittingLimit(),
                BreakSettings.DEFAULTS.deferLimit());

        assertThat(copy).isEqualTo(BreakSettings.DEFAULTS).hasSameHashCodeAs(BreakSettings.DEFAULTS);
    }
}
