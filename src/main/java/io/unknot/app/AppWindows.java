package io.unknot.app;

import io.unknot.history.HealthText;
import io.unknot.history.HistoryKeeper;
import io.unknot.history.StoreFigures;
import io.unknot.i18n.Language;
import io.unknot.settings.Keys;
import io.unknot.settings.Settings;
import io.unknot.ui.HistoryNotice;
import io.unknot.ui.settings.AboutInfo;
import io.unknot.ui.settings.SettingsWindow;
import io.unknot.ui.stats.DriveLog;
import io.unknot.ui.stats.StatsWindow;
import io.unknot.ui.theme.Appearance;
import io.unknot.ui.tips.HealthTipsWindow;

import java.awt.Window;
import java.time.Clock;
import java.util.Optional;

/**
 * The windows opened on request, each owned here once: whoever opens one (tray, command line, Settings' About, the
 * break window) gets this one. Each is built on first use, so Unknot idles in the tray without having loaded
 * the settings form, the charts library or the tips text. Each window brings itself to the front when it is
 * already open.
 */
final class AppWindows {

    private final Settings settings;
    private final Appearance appearance;
    private final Language language;
    private final HealthText healthText;
    private final AboutInfo about;
    private final HistoryKeeper history;
    private final Clock clock;
    private final DriveLog drives;
    private SettingsWindow settingsWindow;
    private StatsWindow statsWindow;
    private HealthTipsWindow tipsWindow;
    /** The history trouble the user was last told about, so each is told once. */
    private Optional<String> toldAbout = Optional.empty();

    AppWindows(Settings settings, Appearance appearance, Language language, AboutInfo about, HistoryKeeper history,
               Clock clock, DriveLog drives) {
        this.settings = settings;
        this.appearance = appearance;
        this.language = language;
        this.healthText = new HealthText(language);
        this.drives = drives;
        this.about = about;
        this.history = history;
        this.clock = clock;
    }

    synchronized void openSettings() {
        if (settingsWindow == null) {
            settingsWindow = new SettingsWindow(settings, appearance, language, about, this::openHealthTips);
        }
        settingsWindow.showWindow();
    }

    synchronized void openStatistics() {
        if (history.store().isEmpty()) {
            toldAbout = Optional.empty(); // no history to show: say why instead, again
            historyTroubled(history.health());
            return;
        }
        if (statsWindow == null) {
            statsWindow = new StatsWindow(language, new StoreFigures(history.store().get(), clock), drives, clock,
                    () -> settings.get(Keys.DAILY_SITTING_LIMIT));
        }
        statsWindow.showWindow();
    }

    /**
     * Tells the user, once per kind of trouble, that history is not kept or records were lost, and what to do.
     * Further lost records of the same trouble are not told again (status --json counts them).
     */
    synchronized void historyTroubled(HistoryKeeper.Health health) {
        if (!health.troubled()) {
            return;
        }
        String kind = health.state() + " " + health.cause() + " " + health.damage().isPresent();
        if (toldAbout.equals(Optional.of(kind))) {
            return;
        }
        toldAbout = Optional.of(kind);
        HistoryNotice.show(healthText.title(health), healthText.body(health),
                language.messages("common").text("close"));
    }

    synchronized void openHealthTips() {
        if (tipsWindow == null) {
            tipsWindow = new HealthTipsWindow(language);
        }
        tipsWindow.showWindow();
    }

    /** Opens the tips from a break window and gives back their window while it shows (event thread). */
    synchronized Optional<Window> openHealthTipsFromBreak() {
        openHealthTips();
        return tipsWindow.shown();
    }

    /** The tips text is loaded for one language: after a change the window is built anew. */
    synchronized void languageChanged() {
        tipsWindow = null;
    }
}
