package io.unknot.ui.tray;

import java.util.Optional;

/** The outcome of putting Unknot in the tray: the controller, or why there is none (for the status window). */
public sealed interface TrayInstall {

    Optional<TrayController> controller();

    record Installed(TrayController tray) implements TrayInstall {
        @Override
        public Optional<TrayController> controller() {
            return Optional.of(tray);
        }
    }

    /** @param reason a sentence for the user, from the {@code tray} bundle; the details are in the log */
    record Unavailable(String reason) implements TrayInstall {
        @Override
        public Optional<TrayController> controller() {
            return Optional.empty();
        }
    }
}
