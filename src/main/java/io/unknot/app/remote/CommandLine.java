package io.unknot.app.remote;

import io.unknot.core.BreakKind;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What the user asked for on the command line. */
public sealed interface CommandLine {

    /** No arguments: start Unknot, or have the running one show itself. */
    record Launch() implements CommandLine {}

    record Help() implements CommandLine {}

    record Version() implements CommandLine {}

    /** A command for the running instance. */
    record Remote(Command command) implements CommandLine {}

    static CommandLine parse(String... args) throws UsageException {
        List<String> words = Arrays.asList(args);
        if (words.isEmpty()) {
            return new Launch();
        }
        if (words.contains("--help") || words.contains("-h") || words.equals(List.of("help"))) {
            return new Help();
        }
        if (words.equals(List.of("--version"))) {
            return new Version();
        }
        return new Remote(command(words));
    }

    /** Parses the words of a remote command: the same rules on both ends of the control socket. */
    static Command command(List<String> words) throws UsageException {
        String verb = words.get(0);
        List<String> rest = words.subList(1, words.size());
        return switch (verb) {
            case "status" -> new Command.Status(argument(rest, "--json").isPresent());
            case "break" -> new Command.TakeBreak(breakKind(argument(rest).orElse(BreakKind.STRETCH.id())));
            case "pause" -> pause(argument(rest));
            case "resume" -> none(rest, new Command.Resume());
            case "drive" -> drive(argument(rest).orElse(""));
            case "show" -> none(rest, new Command.Open(Command.Window.MAIN));
            case "settings" -> none(rest, new Command.Open(Command.Window.SETTINGS));
            case "stats" -> none(rest, new Command.Open(Command.Window.STATISTICS));
            case "tips" -> none(rest, new Command.Open(Command.Window.HEALTH_TIPS));
            case "quit" -> none(rest, new Command.Quit());
            default -> throw usage("cli.error.unknownCommand", verb);
        };
    }

    /** The single optional argument of a command. */
    private static Optional<String> argument(List<String> rest) throws UsageException {
        if (rest.size() > 1) {
            throw usage("cli.error.extraArgument", rest.get(1));
        }
        return rest.stream().findFirst();
    }

    /** The single optional argument, which must be {@code only}. */
    private static Optional<String> argument(List<String> rest, String only) throws UsageException {
        Optional<String> word = argument(rest);
        if (word.isPresent() && !word.get().equals(only)) {
            throw usage("cli.error.extraArgument", word.get());
        }
        return word;
    }

    private static Command none(List<String> rest, Command command) throws UsageException {
        if (!rest.isEmpty()) {
            throw usage("cli.error.extraArgument", rest.get(0));
        }
        return command;
    }

    private static BreakKind breakKind(String word) throws UsageException {
        return BreakKind.fromId(word).orElseThrow(() -> usage("cli.error.unknownBreak", word));
    }

    private static Command pause(Optional<String> length) throws UsageException {
        if (length.isEmpty()) {
            return new Command.PauseIndefinitely();
        }
        if (length.get().equalsIgnoreCase("tomorrow")) {
            return new Command.PauseUntilTomorrow();
        }
        return new Command.PauseFor(PauseLength.parse(length.get())
                .orElseThrow(() -> usage("cli.error.badPause", length.get())));
    }

    private static Command drive(String word) throws UsageException {
        return switch (word) {
            case "start" -> new Command.Drive(true);
            case "stop", "end" -> new Command.Drive(false);
            default -> throw usage("cli.error.drive");
        };
    }

    private static UsageException usage(String key, Object... args) {
        return new UsageException(key, args);
    }
}
