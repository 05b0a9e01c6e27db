package io.unknot.platform.autostart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Linux and macOS variants writing real files in a temporary home. */
class FileAutostartTest {

    private static final LaunchCommand LAUNCHER = new LaunchCommand(List.of("/opt/unknot/bin/Unknot"));

    @TempDir
    Path home;

    private FileAutostart linux(Map<String, String> env) {
        return (FileAutostart) AutostartFactory.forOs("Linux", home.toString(), env, LAUNCHER).orElseThrow();
    }

    @Test
    void enabling_writes_the_entry_in_the_xdg_config_home_and_disabling_leaves_the_folder_clean() throws IOException {
        Path configHome = home.resolve("xdg-config");
        Autostart autostart = linux(Map.of("XDG_CONFIG_HOME", configHome.toString()));
        Path entry = configHome.resolve("autostart").resolve("unknot.desktop");

        assertThat(autostart.isEnabled()).isFalse();
        autostart.enable();

        assertThat(autostart.isEnabled()).isTrue();
        assertThat(Files.readAllLines(entry)).contains("Exec=/opt/unknot/bin/Unknot", "X-Unknot-Autostart=true");

        autostart.disable();

        assertThat(autostart.isEnabled()).isFalse();
        assertThat(entry).doesNotExist();
        try (Stream<Path> left = Files.list(entry.getParent())) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void without_xdg_config_home_the_entry_goes_under_the_home_config_folder() {
        assertThat(linux(Map.of()).file()).isEqualTo(home.resolve(".config/autostart/unknot.desktop"));
        assertThat(linux(Map.of("XDG_CONFIG_HOME", "relative/ignored")).file())
                .isEqualTo(home.resolve(".config/autostart/unknot.desktop"));
    }

    @Test
    void enabling_again_refreshes_a_stale_entry_of_ours() throws IOException {
        FileAutostart autostart = linux(Map.of());
        Files.createDirectories(autostart.file().getParent());
        Files.writeString(autostart.file(), "[Desktop Entry]\nExec=/old/place/Unknot\nX-Unknot-Autostart=true\n");

        autostart.enable();

        assertThat(Files.readString(autostart.file())).isEqualTo(autostart.content());
        try (Stream<Path> files = Files.list(autostart.file().getParent())) {
            assertThat(files).containsExactly(autostart.file());
        }
    }

    @Test
    void a_file_the_user_wrote_is_never_replaced_nor_removed() throws IOException {
        FileAutostart autostart = linux(Map.of());
        Files.createDirectories(autostart.file().getParent());
        String users = "[Desktop Entry]\nType=Application\nExec=unknot --my-flag\n";
        Files.writeString(autostart.file(), users);

        assertThat(autostart.isEnabled()).isFalse();
        assertThatThrownBy(autostart::enable).isInstanceOf(IOException.class).hasMessageContaining("not written by Unknot");
        autostart.disable();

        assertThat(Files.readString(autostart.file())).isEqualTo(users);
    }

    @Test
    void other_autostart_entries_are_left_alone() throws IOException {
        FileAutostart autostart = linux(Map.of());
        Path other = autostart.file().resolveSibling("other.desktop");
        Files.createDirectories(other.getParent());
        Files.writeString(other, "[Desktop Entry]\n");

        autostart.enable();
        autostart.disable();

        try (Stream<Path> files = Files.list(other.getParent())) {
            assertThat(files).containsExactly(other);
        }
    }

    @Test
    void on_macos_a_launch_agent_is_written_and_removed() throws IOException {
        Autostart autostart = AutostartFactory.forOs("Mac OS X", home.toString(), Map.of(), LAUNCHER).orElseThrow();
        Path plist = home.resolve("Library/LaunchAgents/io.unknot.Unknot.plist");

        autostart.enable();
        assertThat(Files.readString(plist)).contains("<string>/opt/unknot/bin/Unknot</string>");
        assertThat(autostart.isEnabled()).isTrue();

        autostart.disable();
        assertThat(plist).doesNotExist();
    }

    @Test
    void windows_gets_the_run_key_and_an_unknown_os_gets_nothing() {
        assertThat(AutostartFactory.forOs("Windows 11", home.toString(), Map.of(), LAUNCHER))
                .containsInstanceOf(WindowsRunKey.class);
        assertThat(AutostartFactory.forOs("z/OS", home.toString(), Map.of(), LAUNCHER)).isEmpty();
    }
}
