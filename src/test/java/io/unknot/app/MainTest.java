package io.unknot.app;

import io.unknot.app.remote.ControlServer;
import io.unknot.app.remote.Reply;
import io.unknot.i18n.Language;
import io.unknot.platform.AppDirs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The command-line side of Main, in-process; the app launch itself is covered by the end-to-end tests. */
class MainTest {

    @TempDir
    Path home;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private AppDirs dirs;
    private Main main;

    @BeforeEach
    void setUp() {
        dirs = new AppDirs(home.resolve("config"), home.resolve("data"), home.resolve("run"));
        main = new Main(dirs, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void help_lists_every_command_and_exits_0() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("status [--json]", "break [KIND]", "pause [LENGTH]", "resume",
                "drive start|stop", "settings", "stats", "tips", "quit", "--version", "Exit codes");
        assertThat(err()).isEmpty();
    }

    @Test
    void version_prints_one_line() {
        assertThat(run("--version")).isZero();
        assertThat(out()).matches("Unknot \\S+\\R");
    }

    @Test
    void bad_arguments_print_the_problem_and_the_usage_and_exit_2() {
        assertThat(run("pause", "forever")).isEqualTo(2);
        assertThat(err()).startsWith("Cannot read the pause length \"forever\"").contains("Usage: unknot");
        assertThat(out()).isEmpty();
    }

    @Test
    void a_command_without_a_running_instance_says_so_on_stderr_and_fails() {
        assertThat(run("status", "--json")).isEqualTo(1);
        assertThat(err()).isEqualTo("Unknot is not running." + System.lineSeparator());
        assertThat(out()).isEmpty();
    }

    @Test
    void a_command_prints_the_instances_answer_and_exits_with_its_code() throws Exception {
        try (ControlServer server = ControlServer.start(dirs.controlSocket(),
                command -> command.words().get(0).equals("resume")
                        ? Reply.ok("Resumed.") : Reply.failed("Cannot do that now."),
                new Language(Locale.ENGLISH).messages("cli"))) {
            assertThat(run("resume")).isZero();
            assertThat(out()).isEqualTo("Resumed." + System.lineSeparator());

            assertThat(run("drive", "start")).isEqualTo(1);
            assertThat(err()).isEqualTo("Cannot do that now." + System.lineSeparator());
        }
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return main.run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
