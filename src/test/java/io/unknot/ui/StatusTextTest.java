package io.unknot.ui;

import io.unknot.i18n.Language;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;

import static io.unknot.core.BreakKind.DRIVING;
import static io.unknot.core.BreakKind.MOVEMENT;
import static io.unknot.core.BreakKind.STRETCH;
import static io.unknot.core.EngineState.ACTIVE;
import static io.unknot.core.EngineState.IDLE;
import static io.unknot.core.EngineState.OFF_HOURS;
import static io.unknot.core.EngineState.ON_BREAK;
import static io.unknot.core.EngineState.PAUSED;
import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

class StatusTextTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final Language language = new Language(Locale.UK);
    private final StatusText text = new StatusText(language, BERLIN);

    @Nested
    class InEnglish {

        InEnglish() {
            language.setLocale(Locale.UK);
        }

        @Test
        void sittingWithAStretchBreakAhead() {
            assertThat(text.line(Statuses.at(ACTIVE).sitting(ofMinutes(42)).next(STRETCH, ofMinutes(8)).build()))
                    .isEqualTo("Sitting 42 min · stretch break in 8 min");
        }

        @Test
        void drivingCountsTheDriveAndSaysWhenToPullOver() {
            assertThat(text.line(Statuses.at(io.unknot.core.EngineState.DRIVING).sitting(ofMinutes(75))
                    .driving(ofMinutes(70)).next(DRIVING, ofMinutes(50)).build()))
                    .isEqualTo("Driving 1 h 10 min · pull over in 50 min");
        }

        @Test
        void pausedUntilLaterToday() {
            assertThat(text.line(Statuses.at(PAUSED).pausedUntil(Statuses.NOW.plus(Duration.ofMinutes(270))).build()))
                    .isEqualTo("Paused until 14:30");
        }

        @Test
        void pausedUntilTomorrowNamesTheDay() {
            assertThat(text.line(Statuses.at(PAUSED).pausedUntil(Statuses.NOW.plus(Duration.ofHours(22))).build()))
                    .isEqualTo("Paused until Wed 08:00");
        }

        @Test
        void pausedWithoutEnd() {
            assertThat(text.line(Statuses.at(PAUSED).build())).isEqualTo("Paused");
        }

        @Test
        void onABreakShowsTheCountdown() {
            assertThat(text.line(Statuses.at(ON_BREAK).onBreak(STRETCH, ofSeconds(160)).build()))
                    .isEqualTo("On a stretch break · 2:40 left");
        }

        @Test
        void outsideWorkingHours() {
            assertThat(text.line(Statuses.at(OFF_HOURS).build())).isEqualTo("Outside working hours");
        }

        @Test
        void awayFromTheKeyboard() {
            assertThat(text.line(Statuses.at(IDLE).next(MOVEMENT, ofMinutes(61)).build()))
                    .isEqualTo("Away from the keyboard · movement break in 1 h 1 min");
        }

        @Test
        void aBreakHeldBackByAPresentationSaysSo() {
            assertThat(text.line(Statuses.at(ACTIVE).sitting(ofMinutes(50)).next(STRETCH, Duration.ZERO)
                    .deferred().build()))
                    .isEqualTo("Sitting 50 min · stretch break waits until your presentation or call ends");
        }

        @Test
        void idleDetectionHintOnlyWhenItIsMissing() {
            assertThat(text.hint(Statuses.at(ACTIVE).build())).isEmpty();
            assertThat(text.hint(Statuses.at(ACTIVE).withoutIdleDetection().build()))
                    .contains("Unknot cannot tell when you are away: all time counts as sitting");
        }

        @Test
        void tooltipCarriesTheProductName() {
            assertThat(text.tooltip(Statuses.at(OFF_HOURS).build())).isEqualTo("Unknot · Outside working hours");
        }

        @Test
        void elapsedTimeRoundsDownAndTimeUntilRoundsUp() {
            assertThat(text.elapsed(ofSeconds(59))).isEqualTo("<1 min");
            assertThat(text.elapsed(ofSeconds(119))).isEqualTo("1 min");
            assertThat(text.elapsed(ofMinutes(120))).isEqualTo("2 h");
            assertThat(text.elapsed(ofMinutes(125))).isEqualTo("2 h 5 min");
            assertThat(text.until(ofSeconds(1))).isEqualTo("1 min");
            assertThat(text.until(ofSeconds(61))).isEqualTo("2 min");
            assertThat(text.until(Duration.ZERO)).isEqualTo("<1 min");
            assertThat(text.until(ofSeconds(-5))).isEqualTo("<1 min");
            assertThat(text.untilShort(ofSeconds(30))).isEqualTo("30 s");
            assertThat(text.untilShort(ofSeconds(90))).isEqualTo("2 min");
        }

        @Test
        void countdownReadsLikeAClock() {
            assertThat(StatusText.countdown(ofSeconds(160))).isEqualTo("2:40");
            assertThat(StatusText.countdown(ofSeconds(5))).isEqualTo("0:05");
            assertThat(StatusText.countdown(Duration.ofMillis(4_200))).isEqualTo("0:05");
            assertThat(StatusText.countdown(ofSeconds(3_760))).isEqualTo("1:02:40");
            assertThat(StatusText.countdown(ofSeconds(-3))).isEqualTo("0:00");
        }
    }

    @Nested
    class InGerman {

        InGerman() {
            language.setLocale(Locale.GERMAN);
        }

        @Test
        void sitting() {
            assertThat(text.line(Statuses.at(ACTIVE).sitting(ofMinutes(42)).next(STRETCH, ofMinutes(8)).build()))
                    .isEqualTo("Sitzen seit 42 Min. · Dehnpause in 8 Min.");
        }

        @Test
        void driving() {
            assertThat(text.line(Statuses.at(io.unknot.core.EngineState.DRIVING).driving(ofMinutes(70))
                    .next(DRIVING, ofMinutes(50)).build()))
                    .isEqualTo("Fahrt seit 1 Std. 10 Min. · anhalten in 50 Min.");
        }

        @Test
        void pausedAndOnBreakAndOffHours() {
            assertThat(text.line(Statuses.at(PAUSED).pausedUntil(Statuses.NOW.plus(Duration.ofMinutes(270))).build()))
                    .isEqualTo("Pausiert bis 14:30");
            assertThat(text.line(Statuses.at(ON_BREAK).onBreak(STRETCH, ofSeconds(160)).build()))
                    .isEqualTo("Dehnpause · noch 2:40");
            assertThat(text.line(Statuses.at(OFF_HOURS).build())).isEqualTo("Außerhalb der Arbeitszeit");
        }

        @Test
        void shortLeadInSeconds() {
            assertThat(text.untilShort(ofSeconds(30))).isEqualTo("30 Sek.");
        }
    }
}
