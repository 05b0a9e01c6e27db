package io.unknot.ui.tray;

import io.unknot.ui.icons.TrayIconState;

import java.util.List;

/** A tray icon as the controller sees it; the tray library sits behind this so that it can be swapped. */
interface TrayView {

    void showMenu(List<MenuEntry> menu);

    /** @param progress 0 just after a break to 1 when the next one is due: the icon's ring */
    void showIcon(TrayIconState state, double progress);

    void showTooltip(String text);

    void remove();

    /** Whether the icon is shown through an XEmbed tray host, which may leave and come back. */
    boolean dependsOnXEmbedHost();
}
