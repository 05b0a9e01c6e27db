package io.unknot.ui.tray;

import io.unknot.core.BreakKind;
import io.unknot.core.EngineState;
import io.unknot.core.EngineStatus;
import io.unknot.ui.StatusText;
import io.unknot.ui.tray.MenuEntry.Item;
import io.unknot.ui.tray.MenuEntry.Separator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the tray menu for one engine snapshot: status line on top, then what the user can do now. */
public final class TrayMenu {

    private TrayMenu() {
    }

    public static List<MenuEntry> build(EngineStatus status, StatusText text) {
        return build(status, text, Optional.empty());
    }

    /** With a notice (history not saved, say) as a line of its own under the status, while it lasts. */
    public static List<MenuEntry> build(EngineStatus status, StatusText text, Optional<StatusNotice> notice) {
        List<MenuEntry> menu = new ArrayList<>();
        menu.add(Item.text(text.line(status)));
        text.hint(status).ifPresent(hint -> menu.add(Item.text(hint)));
        notice.ifPresent(n -> menu.add(Item.text(n.line())));
        menu.add(new Separator());
        menu.add(takeBreak(status, text));
        menu.add(status.state() == EngineState.PAUSED
                ? Item.action(text.messages().text("menu.resume"), TrayCommand.Simple.RESUME)
                : pause(text));
        menu.add(status.state() == EngineState.DRIVING
                ? Item.action(text.messages().text("menu.endDrive"), TrayCommand.Simple.END_DRIVE)
                : Item.action(text.messages().text("menu.startDrive"), TrayCommand.Simple.START_DRIVE));
        menu.add(new Separator());
        menu.add(Item.action(text.messages().text("menu.statistics"), TrayCommand.Simple.OPEN_STATISTICS));
        menu.add(Item.action(text.messages().text("menu.settings"), TrayCommand.Simple.OPEN_SETTINGS));
        menu.add(Item.action(text.messages().text("menu.healthTips"), TrayCommand.Simple.OPEN_HEALTH_TIPS));
        menu.add(new Separator());
        menu.add(Item.action(text.messages().text("menu.quit"), TrayCommand.Simple.QUIT));
        return List.copyOf(menu);
    }

    private static Item takeBreak(EngineStatus status, StatusText text) {
        List<MenuEntry> kinds = new ArrayList<>();
        for (BreakKind kind : BreakKind.values()) {
            kinds.add(Item.action(text.kindTitle(kind), new TrayCommand.TakeBreak(kind)));
        }
        // A break on screen already: starting another from the menu would only stack windows.
        return Item.submenu(text.messages().text("menu.takeBreak"), kinds, status.state() != EngineState.ON_BREAK);
    }

    private static Item pause(StatusText text) {
        return Item.submenu(text.messages().text("menu.pause"), List.of(
                Item.action(text.messages().text("menu.pause30m"), new TrayCommand.Pause(Duration.ofMinutes(30))),
                Item.action(text.messages().text("menu.pause1h"), new TrayCommand.Pause(Duration.ofHours(1))),
                Item.action(text.messages().text("menu.pause2h"), new TrayCommand.Pause(Duration.ofHours(2))),
                Item.action(text.messages().text("menu.pauseTomorrow"), TrayCommand.Simple.PAUSE_UNTIL_TOMORROW),
                Item.action(text.messages().text("menu.pauseUntilResumed"),
                        TrayCommand.Simple.PAUSE_UNTIL_RESUMED)), true);
    }
}
