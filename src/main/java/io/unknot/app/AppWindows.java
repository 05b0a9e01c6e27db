package io.unknot.app;

import io.unknot.history.HistoryStore;
import io.unknot.settings.Keys;
import io.unknot.settings.Settings;
import io.unknot.ui.settings.AboutInfo;
import io.unknot.ui.settings.SettingsWindow;
import io.unknot.ui.stats.StatsWindow;
import io.unknot.ui.tips.HealthTipsWindow;

import java.time.Clock;

/**
 * The windows opened on request. Each is built on first use, so Unknot idles in the tray without having loaded
 * the settings form, the charts library or the tips text. Each window brings itself to the front when it is
 * already open.
 */
final class AppWindows {

    private final Settings settings;
    private final AboutInfo about;
    private final HistoryStore history;
    private final Clock clock;
    private SettingsWindow settingsWindow;
    private StatsWindow statsWindow;
    private HealthTipsWindow tipsWindow;

    AppWindows(Settings settings, AboutInfo about, HistoryStore history, Clock clock) {
        this.settings = settings;
        this.about = about;
        this.history = history;
        this.clock = clock;
    }

    synchronized void openSettings() {
        if (settingsWindow == null) {
            settingsWindow = new SettingsWindow(settings, about);
        }
        settingsWindow.showWindow();
    }

    synchronized void openStatistics() {
        if (statsWindow == null) {
            statsWindow = new StatsWindow(history, clock, () -> settings.get(Keys.DAILY_SITTING_LIMIT));
        }
        statsWindow.showWindow();
    }

    synchronized void openHealthTips() {
        if (tipsWindow == null) {
            tipsWindow = new HealthTipsWindow();
        }
        tipsWindow.showWindow();
    }

    /** The tips text is loaded for one language: after a change the window is built anew. */
    synchronized void languageChanged() {
        tipsWindow = null;
    }
}
