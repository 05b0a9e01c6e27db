package io.unknot.ui.tray;

import java.util.List;
import java.util.Optional;

/**
 * One line of the tray menu, independent of any tray library: the same model feeds the dorkbox tray and the
 * status window shown when there is no tray.
 */
public sealed interface MenuEntry {

    /**
     * A menu line: a command, a submenu (non-empty {@code submenu}) or, disabled and without command, plain text
     * such as the status line.
     */
    record Item(String label, Optional<TrayCommand> command, boolean enabled, List<MenuEntry> submenu)
            implements MenuEntry {

        public Item {
            submenu = List.copyOf(submenu);
        }

        public static Item text(String label) {
            return new Item(label, Optional.empty(), false, List.of());
        }

        public static Item action(String label, TrayCommand command) {
            return action(label, command, true);
        }

        public static Item action(String label, TrayCommand command, boolean enabled) {
            return new Item(label, Optional.of(command), enabled, List.of());
        }

        public static Item submenu(String label, List<MenuEntry> entries, boolean enabled) {
            return new Item(label, Optional.empty(), enabled, entries);
        }

        public boolean isSubmenu() {
            return !submenu.isEmpty();
        }
    }

    record Separator() implements MenuEntry {
    }
}
