package io.unknot.app.remote;

import io.unknot.core.BreakKind;
import io.unknot.core.EngineState;
import io.unknot.core.EngineStatus;
import io.unknot.i18n.Language;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class StatusLineTest {

    private static final Instant NOW = Instant.parse("2025-03-04T14:30:00Z");
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final StatusLine ENGLISH = new StatusLine(new Language(Locale.ENGLISH));

    @Test
    void an_active_session_reads_as_one_line() {
        assertThat(ENGLISH.of(active(), UTC))
                .isEqualTo("Active · sitting today 2 h 05 min (driving 0 min) · stretch break in 8 min");
    }

    @Test
    void the_same_in_german() {
        assertThat(new StatusLine(new Language(Locale.GERMAN)).of(active(), UTC))
                .isEqualTo("Aktiv · heute gesessen 2 h 05 min (davon gefahren 0 min) · Dehnpause in 8 min");
    }

    @Test
    void a_pause_says_until_when_and_missing_idle_detection_is_said_too() {
        EngineStatus paused = new EngineStatus(EngineState.PAUSED, NOW, Duration.ZERO, Duration.ofMinutes(5),
                Duration.ZERO, Optional.empty(), Optional.of(NOW.plus(Duration.ofHours(1))), Optional.empty(),
                Optional.empty(), false, false);

        assertThat(ENGLISH.of(paused, UTC)).isEqualTo("Paused · sitting today 5 min (driving 0 min) · "
                + "paused until 3:30 PM · no break planned · "
                + "Unknot cannot tell here when you are away: all time counts as active");
    }

    private static EngineStatus active() {
        return new EngineStatus(EngineState.ACTIVE, NOW, Duration.ofMinutes(20), Duration.ofMinutes(125),
                Duration.ZERO, Optional.of(new EngineStatus.NextBreak(BreakKind.STRETCH, Duration.ofSeconds(480))),
                Optional.empty(), Optional.empty(), Optional.empty(), false, true);
    }
}
