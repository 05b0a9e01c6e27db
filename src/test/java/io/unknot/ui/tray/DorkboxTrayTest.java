package io.unknot.ui.tray;

import dorkbox.systemTray.SystemTray.TrayType;
import io.unknot.ui.tray.MenuEntry.Item;
import io.unknot.ui.tray.MenuEntry.Separator;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DorkboxTrayTest {

    private static final boolean LINUX = System.getProperty("os.name").toLowerCase().contains("linux");

    @Test
    void aBareX11SessionGetsTheLeanGtkStatusIconAndDesktopsKeepDetection() {
        assertThat(DorkboxTray.chooseType(null, null)).isEqualTo(LINUX ? TrayType.Gtk : TrayType.AutoDetect);
        assertThat(DorkboxTray.chooseType("", null)).isEqualTo(LINUX ? TrayType.Gtk : TrayType.AutoDetect);
        assertThat(DorkboxTray.chooseType("KDE", null)).isEqualTo(TrayType.AutoDetect);
        assertThat(DorkboxTray.chooseType("ubuntu:GNOME", null)).isEqualTo(TrayType.AutoDetect);
    }

    @Test
    void dorkboxsOwnPropertyWins() {
        assertThat(DorkboxTray.chooseType(null, "Swing")).isEqualTo(TrayType.Swing);
        assertThat(DorkboxTray.chooseType("KDE", "AppIndicator")).isEqualTo(TrayType.AppIndicator);
    }

    @Test
    void labelsEnabledStatesAndCommandsArePatchedButNewLinesRebuild() {
        List<MenuEntry> sitting = List.of(Item.text("Sitting 5 min"), new Separator(),
                Item.action("Start drive", TrayCommand.Simple.START_DRIVE));
        List<MenuEntry> later = List.of(Item.text("Sitting 6 min"), new Separator(),
                Item.action("Start drive", TrayCommand.Simple.START_DRIVE, false));
        List<MenuEntry> driving = List.of(Item.text("Driving 1 min"), new Separator(),
                Item.action("End drive", TrayCommand.Simple.END_DRIVE));
        List<MenuEntry> paused = List.of(Item.text("Paused"), new Separator(),
                Item.submenu("Pause", List.of(Item.action("For 1 hour", new TrayCommand.Pause(Duration.ofHours(1)))),
                        true));

        assertThat(DorkboxTray.sameShape(sitting, later)).isTrue();
        assertThat(DorkboxTray.sameShape(sitting, driving)).isTrue();
        assertThat(DorkboxTray.sameShape(sitting, paused)).isFalse();
        assertThat(DorkboxTray.sameShape(sitting, sitting.subList(0, 2))).isFalse();
        assertThat(DorkboxTray.sameShape(List.of(Item.text("Sitting")), List.of(Item.action("Sitting",
                TrayCommand.Simple.START_DRIVE)))).as("a clickable line where plain text was").isFalse();
    }
}
