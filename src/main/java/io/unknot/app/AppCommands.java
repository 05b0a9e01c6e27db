package io.unknot.app;

import io.unknot.core.EngineStatus;
import io.unknot.ui.tray.TrayActions;

/** Every user command in one place: the tray menu's actions plus what only the command line asks for. */
public interface AppCommands extends TrayActions {

    /** What a second launch asks for: the status window when there is no tray icon, else Settings. */
    void showMain();

    EngineStatus status();
}
