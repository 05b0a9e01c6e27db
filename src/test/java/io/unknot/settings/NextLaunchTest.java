package io.unknot.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A change survives into the next launch, a separate process, even when Unknot quits right after it. */
class NextLaunchTest {

    @TempDir
    Path home;

    @Test
    void a_value_set_just_before_exit_is_read_by_the_next_process() throws Exception {
        assertThat(run("write", "stretch.interval", "3300")).isEmpty();
        assertThat(run("read", "stretch.interval")).isEqualTo("3300");

        assertThat(run("write", "stretch.interval", "3600")).isEmpty();
        assertThat(run("read", "stretch.interval")).isEqualTo("3600");
    }

    private String run(String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(List.of(java,
                "-Djava.util.prefs.userRoot=" + home,
                "-Djava.util.prefs.systemRoot=" + home.resolve("no-system-root"),
                "-cp", System.getProperty("java.class.path"), SettingsProcess.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the process ends").isTrue();
        assertThat(process.exitValue()).isZero();
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    }
}
