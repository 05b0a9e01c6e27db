package io.unknot.platform;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AppDirsTest {

    @Test
    void linux_without_xdg_variables_keeps_everything_under_the_home() {
        AppDirs dirs = AppDirs.of("Linux", "/tmp/home", Map.of());

        assertThat(dirs.config()).isEqualTo(Path.of("/tmp/home/.config/unknot"));
        assertThat(dirs.data()).isEqualTo(Path.of("/tmp/home/.local/share/unknot"));
        assertThat(dirs.runtime()).isEqualTo(Path.of("/tmp/home/.local/share/unknot/run"));
        assertThat(dirs.logs()).isEqualTo(Path.of("/tmp/home/.local/share/unknot/logs"));
        assertThat(dirs.controlSocket()).isEqualTo(Path.of("/tmp/home/.local/share/unknot/run/unknot.sock"));
    }

    @Test
    void linux_xdg_variables_win_when_set() {
        AppDirs dirs = AppDirs.of("Linux", "/tmp/home", Map.of("XDG_CONFIG_HOME", "/c", "XDG_DATA_HOME", "/d",
                "XDG_RUNTIME_DIR", "/run/user/1000"));

        assertThat(dirs.config()).isEqualTo(Path.of("/c/unknot"));
        assertThat(dirs.data()).isEqualTo(Path.of("/d/unknot"));
        assertThat(dirs.runtime()).isEqualTo(Path.of("/run/user/1000/unknot"));
    }

    @Test
    void blank_xdg_variables_count_as_unset() {
        AppDirs dirs = AppDirs.of("Linux", "/tmp/home", Map.of("XDG_DATA_HOME", "", "XDG_RUNTIME_DIR", " "));

        assertThat(dirs.data()).isEqualTo(Path.of("/tmp/home/.local/share/unknot"));
        assertThat(dirs.runtime()).isEqualTo(Path.of("/tmp/home/.local/share/unknot/run"));
    }

    @Test
    void windows_and_mac_follow_their_own_rules() {
        AppDirs windows = AppDirs.of("Windows 11", "C:/Users/ann", Map.of("APPDATA", "C:/Users/ann/AppData/Roaming",
                "LOCALAPPDATA", "C:/Users/ann/AppData/Local"));
        assertThat(windows.data()).isEqualTo(Path.of("C:/Users/ann/AppData/Roaming/Unknot"));
        assertThat(windows.runtime()).isEqualTo(Path.of("C:/Users/ann/AppData/Local/Unknot"));

        AppDirs mac = AppDirs.of("Mac OS X", "/Users/ann", Map.of());
        assertThat(mac.data()).isEqualTo(Path.of("/Users/ann/Library/Application Support/Unknot"));
        assertThat(mac.runtime()).isEqualTo(Path.of("/Users/ann/Library/Application Support/Unknot/run"));
    }
}
