package io.unknot.platform.idle;

import io.unknot.core.BreakEngine;
import io.unknot.core.BreakSettings;
import io.unknot.core.FakeTime;
import io.unknot.core.suggest.SuggestionNeed;
import io.unknot.core.suggest.BodyArea;
import io.unknot.core.suggest.Category;
import io.unknot.core.suggest.Suggestion;
import io.unknot.platform.DesktopSession;
import io.unknot.platform.OperatingSystem;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What the status window, the status text and {@code status --json} show comes from this flag. */
class IdleDetectionFlagTest {

    private static final Suggestion ANY = new Suggestion("look-away", "Look away", List.of("Look out of a window"),
            Duration.ofSeconds(20), BodyArea.EYES, Category.EYES, EnumSet.allOf(SuggestionNeed.class), "eyes.svg",
            Optional.empty());

    @Test
    void an_engine_fed_by_the_unavailable_source_reports_no_idle_detection() {
        BreakEngine engine = engineWith(IdleSources.forSession(
                new DesktopSession(OperatingSystem.LINUX, true, Optional.empty()), Optional.empty()).source());

        engine.tick();

        assertThat(engine.status().idleDetection()).isFalse();
    }

    @Test
    void an_engine_fed_by_a_working_source_reports_idle_detection() {
        BreakEngine engine = engineWith(() -> Optional.of(Duration.ofSeconds(2)));

        engine.tick();

        assertThat(engine.status().idleDetection()).isTrue();
    }

    private static BreakEngine engineWith(io.unknot.core.IdleSource idle) {
        FakeTime time = FakeTime.at("2025-03-04T10:00", "Europe/Berlin");
        return new BreakEngine(time, time, idle, BreakSettings.DEFAULTS, (need, now) -> ANY);
    }
}
