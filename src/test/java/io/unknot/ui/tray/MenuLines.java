package io.unknot.ui.tray;

import io.unknot.ui.tray.MenuEntry.Item;

import java.util.ArrayList;
import java.util.List;

/** Renders a menu model as readable lines for assertions: "Pause ▸", "  For 30 minutes", "(Sitting 42 min)", "---". */
final class MenuLines {

    private MenuLines() {
    }

    static List<String> of(List<MenuEntry> menu) {
        List<String> lines = new ArrayList<>();
        add(menu, "", lines);
        return lines;
    }

    private static void add(List<MenuEntry> menu, String indent, List<String> lines) {
        for (MenuEntry entry : menu) {
            if (!(entry instanceof Item item)) {
                lines.add(indent + "---");
            } else if (item.isSubmenu()) {
                lines.add(indent + item.label() + " ▸" + (item.enabled() ? "" : " [disabled]"));
                add(item.submenu(), indent + "  ", lines);
            } else if (item.command().isEmpty()) {
                lines.add(indent + "(" + item.label() + ")");
            } else {
                lines.add(indent + item.label() + (item.enabled() ? "" : " [disabled]"));
            }
        }
    }

    /** The item with this label, anywhere in the menu. */
    static Item find(List<MenuEntry> menu, String label) {
        for (MenuEntry entry : menu) {
            if (entry instanceof Item item) {
                if (item.label().equals(label)) {
                    return item;
                }
                if (item.isSubmenu()) {
                    try {
                        return find(item.submenu(), label);
                    } catch (IllegalArgumentException notHere) {
                        // keep looking
                    }
                }
            }
        }
        throw new IllegalArgumentException("no menu item " + label);
    }
}
