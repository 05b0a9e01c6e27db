package io.unknot.app.remote;

import io.unknot.core.BreakKind;

import java.time.Duration;
import java.util.List;

/**
 * A remote-control command for the running Unknot. {@link #words()} is its canonical command line, which is also
 * what travels over the control socket, so the client and the running instance parse it the same way.
 */
public sealed interface Command {

    List<String> words();

    record Status(boolean json) implements Command {
        public List<String> words() {
            return json ? List.of("status", "--json") : List.of("status");
        }
    }

    record TakeBreak(BreakKind kind) implements Command {
        public List<String> words() {
            return List.of("break", kind.id());
        }
    }

    record PauseFor(Duration length) implements Command {
        public List<String> words() {
            return List.of("pause", PauseLength.format(length));
        }
    }

    record PauseUntilTomorrow() implements Command {
        public List<String> words() {
            return List.of("pause", "tomorrow");
        }
    }

    /** A pause without an end; {@code resume} ends it. */
    record PauseIndefinitely() implements Command {
        public List<String> words() {
            return List.of("pause");
        }
    }

    record Resume() implements Command {
        public List<String> words() {
            return List.of("resume");
        }
    }

    record Drive(boolean start) implements Command {
        public List<String> words() {
            return List.of("drive", start ? "start" : "stop");
        }
    }

    record Open(Window window) implements Command {
        public List<String> words() {
            return List.of(window.word);
        }
    }

    record Quit() implements Command {
        public List<String> words() {
            return List.of("quit");
        }
    }

    /** The windows a command can open in the running instance. */
    enum Window {
        /** Unknot's main face: the status window when there is no tray icon, else Settings. */
        MAIN("show"), SETTINGS("settings"), STATISTICS("stats"), HEALTH_TIPS("tips");

        final String word;

        Window(String word) {
            this.word = word;
        }
    }
}
