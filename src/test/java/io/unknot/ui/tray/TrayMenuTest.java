package io.unknot.ui.tray;

import io.unknot.core.EngineState;
import io.unknot.ui.BritishEnglish;
import io.unknot.ui.StatusText;
import io.unknot.ui.Statuses;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;

import static io.unknot.core.BreakKind.STRETCH;
import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

class TrayMenuTest {

    private final StatusText text = new StatusText(BritishEnglish.language(), ZoneId.of("Europe/Berlin"));

    @Test
    void whileSittingTheMenuOffersEverything() {
        List<MenuEntry> menu = TrayMenu.build(
                Statuses.at(EngineState.ACTIVE).sitting(ofMinutes(42)).next(STRETCH, ofMinutes(8)).build(), text);

        assertThat(MenuLines.of(menu)).containsExactly(
                "(Sitting 42 min · stretch break in 8 min)",
                "---",
                "Take a break now ▸",
                "  Micro break",
                "  Stretch break",
                "  Movement break",
                "  Driving break",
                "Pause ▸",
                "  For 30 minutes",
                "  For 1 hour",
                "  For 2 hours",
                "  Until tomorrow",
                "  Until I resume",
                "Start drive",
                "---",
                "Statistics…",
                "Settings…",
                "Health tips…",
                "---",
                "Quit Unknot");
    }

    @Test
    void aHistoryNoticeIsAPlainLineOfItsOwnUnderTheStatus() {
        List<MenuEntry> menu = TrayMenu.build(
                Statuses.at(EngineState.ACTIVE).sitting(ofMinutes(42)).next(STRETCH, ofMinutes(8)).build(), text,
                java.util.Optional.of(new StatusNotice("Your history is not being saved", "Unknot may not write.")));

        assertThat(MenuLines.of(menu)).startsWith("(Sitting 42 min · stretch break in 8 min)",
                "(Your history is not being saved)", "---", "Take a break now ▸");
        assertThat(MenuLines.find(menu, "Your history is not being saved").enabled()).isFalse();
    }

    @Test
    void pausedOffersResumeInsteadOfPause() {
        List<String> lines = MenuLines.of(TrayMenu.build(Statuses.at(EngineState.PAUSED).build(), text));

        assertThat(lines).contains("Resume").doesNotContain("Pause ▸");
    }

    @Test
    void drivingOffersEndDrive() {
        List<String> lines = MenuLines.of(TrayMenu.build(
                Statuses.at(EngineState.DRIVING).driving(ofMinutes(20)).build(), text));

        assertThat(lines).contains("End drive").doesNotContain("Start drive");
    }

    @Test
    void duringABreakNoSecondBreakCanBeStarted() {
        List<String> lines = MenuLines.of(TrayMenu.build(
                Statuses.at(EngineState.ON_BREAK).onBreak(STRETCH, ofSeconds(100)).build(), text));

        assertThat(lines).contains("Take a break now ▸ [disabled]");
    }

    @Test
    void withoutIdleDetectionTheMenuSaysSoUnderTheStatusLine() {
        List<String> lines = MenuLines.of(TrayMenu.build(
                Statuses.at(EngineState.ACTIVE).withoutIdleDetection().build(), text));

        assertThat(lines.get(1)).isEqualTo("(Unknot cannot tell when you are away: all time counts as sitting)");
    }

    @Test
    void everyCommandReachesTheMatchingAction() {
        RecordingActions actions = new RecordingActions();
        List<MenuEntry> menu = TrayMenu.build(Statuses.at(EngineState.ACTIVE).build(), text);
        for (String label : List.of("Micro break", "Driving break", "For 30 minutes", "For 2 hours",
                "Until tomorrow", "Until I resume", "Start drive", "Statistics…", "Settings…", "Health tips…", "Quit Unknot")) {
            MenuLines.find(menu, label).command().orElseThrow().runOn(actions);
        }
        List<MenuEntry> special = TrayMenu.build(Statuses.at(EngineState.PAUSED).build(), text);
        MenuLines.find(special, "Resume").command().orElseThrow().runOn(actions);
        special = TrayMenu.build(Statuses.at(EngineState.DRIVING).build(), text);
        MenuLines.find(special, "End drive").command().orElseThrow().runOn(actions);

        assertThat(actions.calls()).containsExactly("takeBreak micro", "takeBreak driving", "pause PT30M",
                "pause PT2H", "pauseUntilTomorrow", "pauseIndefinitely", "startDrive", "openStatistics", "openSettings",
                "openHealthTips", "quit", "resume", "endDrive");
    }

    @Test
    void theSameStatusBuildsAnEqualMenu() {
        var status = Statuses.at(EngineState.ACTIVE).sitting(ofMinutes(5)).next(STRETCH, ofMinutes(40)).build();

        assertThat(TrayMenu.build(status, text)).isEqualTo(TrayMenu.build(status, text));
    }
}
