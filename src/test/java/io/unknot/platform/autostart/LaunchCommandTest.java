package io.unknot.platform.autostart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LaunchCommandTest {

    private static final Path JAVA_HOME = Path.of("/usr/lib/jvm/java-17");

    @Test
    void an_installed_package_starts_its_native_launcher_alone() {
        LaunchCommand command = LaunchCommand.resolve(Optional.of("/opt/unknot/bin/Unknot"), "Linux",
                Path.of("/opt/unknot/lib/runtime"), Path.of("/opt/unknot/lib/app/unknot.jar"), "ignored");

        assertThat(command.arguments()).containsExactly("/opt/unknot/bin/Unknot");
    }

    @Test
    void a_plain_jar_is_started_by_the_running_java_with_the_idle_friendly_options() {
        LaunchCommand command = LaunchCommand.resolve(Optional.empty(), "Linux", JAVA_HOME,
                Path.of("/home/ann/apps/unknot.jar"), "/home/ann/apps/unknot.jar");

        assertThat(command.arguments()).containsExactly("/usr/lib/jvm/java-17/bin/java",
                "-XX:+UseSerialGC", "-XX:-UsePerfData", "-XX:TieredStopAtLevel=1", "-Xss512k",
                "-jar", "/home/ann/apps/unknot.jar");
    }

    @Test
    void a_development_build_runs_the_main_class_from_its_class_path() {
        LaunchCommand command = LaunchCommand.resolve(Optional.empty(), "Linux", JAVA_HOME,
                Path.of("/work/target/classes"), "/work/target/classes:/m2/flatlaf.jar");

        assertThat(command.arguments()).endsWith("-cp", "/work/target/classes:/m2/flatlaf.jar", "io.unknot.app.Main");
    }

    @Test
    void on_windows_the_jar_runs_on_javaw_so_no_console_window_opens_at_login() {
        LaunchCommand command = LaunchCommand.resolve(Optional.of(" "), "Windows 11", JAVA_HOME,
                Path.of("/apps/unknot.jar"), "");

        assertThat(command.program()).endsWith("javaw.exe");
    }

    @Test
    void the_running_test_resolves_to_this_java() {
        assertThat(LaunchCommand.current().program()).startsWith(System.getProperty("java.home"));
    }
}
