package io.unknot.platform.autostart;

import java.io.IOException;
import java.util.Optional;

/**
 * Starts Unknot when the user logs in, the way each desktop expects: an XDG autostart entry on Linux, the per-user
 * Run key on Windows, a LaunchAgent on macOS. Each variant owns exactly one thing (a file or a registry value) and
 * {@link #disable()} removes exactly that; anything the user put there that Unknot did not write is left alone.
 */
public interface Autostart {

    /** Writes (or refreshes, e.g. after the app moved) the entry that starts this installation at login. */
    void enable() throws IOException;

    /** Removes the entry {@link #enable()} wrote; does nothing when there is none. */
    void disable() throws IOException;

    /** Whether Unknot's own entry is present. */
    boolean isEnabled();

    /** The variant for this OS, launching the installation that is running now; empty on an OS without one. */
    static Optional<Autostart> forCurrentOs() {
        return AutostartFactory.forOs(System.getProperty("os.name"), System.getProperty("user.home"),
                System.getenv(), LaunchCommand.current());
    }
}
