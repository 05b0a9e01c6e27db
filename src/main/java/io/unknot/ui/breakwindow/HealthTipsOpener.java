package io.unknot.ui.breakwindow;

import java.awt.Window;
import java.util.Optional;

/**
 * Opens the app's health tips window from a break (the same one the tray opens) and gives back that window while
 * it is showing, so the break, which stays on top of everything, can let it show above itself. Called on the EDT.
 */
@FunctionalInterface
public interface HealthTipsOpener {

    Optional<Window> open();
}
