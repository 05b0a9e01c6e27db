package io.unknot.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged jar on the command line when no Unknot runs, and without a display. */
class CommandLineIT {

    private Path home;
    private UnknotProcess unknot;

    @BeforeEach
    void home() throws Exception {
        home = Files.createTempDirectory("unknot-cli-it");
        unknot = new UnknotProcess(UnknotProcess.jar(), home, null, null);
        unknot.writePreferences(Map.of("language", "english"));
    }

    @AfterEach
    void cleanUp() throws Exception {
        UnknotProcess.deleteHome(home);
    }

    @Test
    void without_a_display_the_app_exits_with_one_clear_line() throws Exception {
        UnknotProcess.Result result = unknot.runWithoutDisplay();

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.err().lines()).hasSize(1)
                .first().asString().contains("graphical desktop").contains("DISPLAY");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void a_command_with_no_running_instance_says_so_and_fails() throws Exception {
        UnknotProcess.Result result = unknot.runWithoutDisplay("status", "--json");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("Unknot is not running.\n");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void bad_arguments_print_usage_and_exit_2() throws Exception {
        UnknotProcess.Result result = unknot.runWithoutDisplay("break", "lunch");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("Unknown break kind: lunch").contains("Usage: unknot");
    }

    @Test
    void the_command_line_speaks_the_stored_language() throws Exception {
        unknot.writePreferences(Map.of("language", "german"));

        UnknotProcess.Result bad = unknot.runWithoutDisplay("break", "lunch");

        // ASCII words only: how an umlaut reaches the pipe depends on the environment's locale.
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).startsWith("Unbekannte Pausenart: lunch").contains("Aufruf: unknot");
    }

    @Test
    void help_and_version_work_without_a_display_or_an_instance() throws Exception {
        UnknotProcess.Result help = unknot.runWithoutDisplay("--help");
        UnknotProcess.Result version = unknot.runWithoutDisplay("--version");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("status [--json]", "pause [LENGTH]", "drive start|stop");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).matches("Unknot \\d+\\.\\d+\\.\\d+.*\\n");
    }

    @Test
    void bad_stored_settings_are_left_to_the_running_app_to_warn_about() throws Exception {
        unknot.writePreferences(Map.of("language", "english", "micro.interval", "banana",
                "stretch.duration", "-4", "sound.enabled", "perhaps"));

        UnknotProcess.Result result = unknot.runWithoutDisplay("status");

        assertThat(result.err()).isEqualTo("Unknot is not running.\n");
    }

    /** As a user whom the folder's mode binds (root may write anywhere, so a throwaway user when run as root). */
    @Test
    void a_read_only_preferences_folder_prints_no_jdk_warnings_or_traces() throws Exception {
        try (LoginUser user = LoginUser.boundByFileModes()) {
            user.writePreferences(Map.of("language", "english"));
            Path prefs = user.home().resolve(".java/.userPrefs/io/unknot");
            String folder = user.home().resolve(".java").toString();
            LoginUser.root("chmod", "-R", "a-w", folder);
            UnknotProcess.Result result;
            try {
                result = user.runWithoutDisplay("status");
            } finally {
                LoginUser.root("chmod", "-R", "u+w", folder); // so the home can be deleted
            }

            assertThat(result.err()).isEqualTo("Unknot is not running.\n");
            assertThat(result.out()).isEmpty();
            assertThat(prefs.resolve("prefs.xml")).as("the stored settings are left as they were")
                    .hasContent(UnknotProcess.preferencesXml(Map.of("language", "english")));
        }
    }
}
