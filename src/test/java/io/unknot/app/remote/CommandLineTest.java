package io.unknot.app.remote;

import io.unknot.core.BreakKind;
import io.unknot.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandLineTest {

    @Test
    void no_arguments_launch_the_app() throws Exception {
        assertThat(CommandLine.parse()).isEqualTo(new CommandLine.Launch());
    }

    @Test
    void help_and_version_are_answered_locally() throws Exception {
        assertThat(CommandLine.parse("--help")).isEqualTo(new CommandLine.Help());
        assertThat(CommandLine.parse("pause", "--help")).isEqualTo(new CommandLine.Help());
        assertThat(CommandLine.parse("-h")).isEqualTo(new CommandLine.Help());
        assertThat(CommandLine.parse("--version")).isEqualTo(new CommandLine.Version());
    }

    @Test
    void every_command_parses_to_what_it_says() throws Exception {
        assertThat(remote("status")).isEqualTo(new Command.Status(false));
        assertThat(remote("status", "--json")).isEqualTo(new Command.Status(true));
        assertThat(remote("break")).isEqualTo(new Command.TakeBreak(BreakKind.STRETCH));
        assertThat(remote("break", "micro")).isEqualTo(new Command.TakeBreak(BreakKind.MICRO));
        assertThat(remote("break", "MOVEMENT")).isEqualTo(new Command.TakeBreak(BreakKind.MOVEMENT));
        assertThat(remote("break", "driving")).isEqualTo(new Command.TakeBreak(BreakKind.DRIVING));
        assertThat(remote("pause")).isEqualTo(new Command.PauseIndefinitely());
        assertThat(remote("pause", "tomorrow")).isEqualTo(new Command.PauseUntilTomorrow());
        assertThat(remote("pause", "30m")).isEqualTo(new Command.PauseFor(Duration.ofMinutes(30)));
        assertThat(remote("pause", "1h")).isEqualTo(new Command.PauseFor(Duration.ofHours(1)));
        assertThat(remote("pause", "90m")).isEqualTo(new Command.PauseFor(Duration.ofMinutes(90)));
        assertThat(remote("pause", "1h30m")).isEqualTo(new Command.PauseFor(Duration.ofMinutes(90)));
        assertThat(remote("pause", "24h")).isEqualTo(new Command.PauseFor(Duration.ofHours(24)));
        assertThat(remote("resume")).isEqualTo(new Command.Resume());
        assertThat(remote("drive", "start")).isEqualTo(new Command.Drive(true));
        assertThat(remote("drive", "stop")).isEqualTo(new Command.Drive(false));
        assertThat(remote("show")).isEqualTo(new Command.Open(Command.Window.MAIN));
        assertThat(remote("settings")).isEqualTo(new Command.Open(Command.Window.SETTINGS));
        assertThat(remote("stats")).isEqualTo(new Command.Open(Command.Window.STATISTICS));
        assertThat(remote("tips")).isEqualTo(new Command.Open(Command.Window.HEALTH_TIPS));
        assertThat(remote("quit")).isEqualTo(new Command.Quit());
    }

    @Test
    void a_command_survives_the_trip_through_its_words() throws Exception {
        for (Command command : List.of(new Command.Status(true), new Command.TakeBreak(BreakKind.MICRO),
                new Command.PauseFor(Duration.ofMinutes(95)), new Command.PauseFor(Duration.ofHours(2)),
                new Command.PauseFor(Duration.ofMinutes(5)), new Command.PauseUntilTomorrow(),
                new Command.PauseIndefinitely(), new Command.Drive(false), new Command.Open(Command.Window.HEALTH_TIPS),
                new Command.Quit())) {
            assertThat(CommandLine.command(command.words())).isEqualTo(command);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0m", "25h", "1d", "abc", "-30m", "1.5h", "30", "m", "h"})
    void a_pause_length_that_cannot_be_read_is_refused_with_examples(String length) {
        assertThat(usage(Locale.ENGLISH, "pause", length)).contains(length).contains("30m");
    }

    @Test
    void mistakes_are_named_in_the_message() {
        assertThat(usage(Locale.ENGLISH, "brake")).isEqualTo("Unknown command: brake");
        assertThat(usage(Locale.ENGLISH, "break", "nap"))
                .startsWith("Unknown break kind: nap");
        assertThat(usage(Locale.ENGLISH, "drive")).isEqualTo("drive needs start or stop.");
        assertThat(usage(Locale.ENGLISH, "quit", "now")).isEqualTo("Unexpected argument: now");
        assertThat(usage(Locale.ENGLISH, "status", "--xml")).isEqualTo("Unexpected argument: --xml");
        assertThat(usage(Locale.ENGLISH, "break", "micro", "stretch"))
                .isEqualTo("Unexpected argument: stretch");
        assertThatThrownBy(() -> CommandLine.parse("--version", "status")).isInstanceOf(UsageException.class);
    }

    @Test
    void german_users_get_german_messages() {
        assertThat(usage(Locale.GERMAN, "brake")).isEqualTo("Unbekannter Befehl: brake");
    }

    /** The message a refused command line gets, in {@code locale}. */
    private static String usage(Locale locale, String... args) {
        try {
            CommandLine.parse(args);
        } catch (UsageException e) {
            return e.message(new Language(locale).messages("cli"));
        }
        throw new AssertionError("accepted: " + String.join(" ", args));
    }

    private static Command remote(String... args) throws UsageException {
        CommandLine line = CommandLine.parse(args);
        assertThat(line).isInstanceOf(CommandLine.Remote.class);
        return ((CommandLine.Remote) line).command();
    }
}
