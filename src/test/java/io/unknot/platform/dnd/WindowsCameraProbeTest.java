package io.unknot.platform.dnd;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.unknot.platform.dnd.WindowsCameraProbe.WEBCAM;
import static org.assertj.core.api.Assertions.assertThat;

/** The consent-store logic on registry data shaped like a real HKCU webcam key. */
class WindowsCameraProbeTest {

    private final FakeRegistry registry = new FakeRegistry();
    private final WindowsCameraProbe probe = new WindowsCameraProbe(registry);

    @Test
    void a_packaged_app_that_started_and_has_not_stopped_is_using_the_camera() {
        registry.app(WEBCAM + "\\Microsoft.WindowsCamera_8wekyb3d8bbwe", 133_500_000_000_000_000L, 0L);
        registry.app(WEBCAM + "\\Microsoft.SkypeApp_kzf8qxf38zg5c", 133_400_000_000_000_000L,
                133_400_000_100_000_000L);

        assertThat(probe.detected()).isTrue();
    }

    @Test
    void a_desktop_program_under_non_packaged_counts_too() {
        registry.app(WEBCAM + "\\NonPackaged\\C:#Program Files#Zoom#bin#Zoom.exe", 133_500_000_000_000_000L, 0L);

        assertThat(probe.detected()).isTrue();
    }

    @Test
    void apps_that_all_stopped_leave_the_camera_free() {
        registry.app(WEBCAM + "\\Microsoft.WindowsCamera_8wekyb3d8bbwe", 133_500_000_000_000_000L,
                133_500_000_900_000_000L);
        registry.app(WEBCAM + "\\NonPackaged\\C:#Tools#obs64.exe", 133_100_000_000_000_000L,
                133_100_000_500_000_000L);

        assertThat(probe.detected()).isFalse();
    }

    @Test
    void an_app_that_was_allowed_but_never_used_is_not_in_use() {
        registry.app(WEBCAM + "\\Microsoft.WindowsCamera_8wekyb3d8bbwe", 0L, 0L);
        registry.values.put(WEBCAM + "\\Some.App", Map.of("Value", "Allow"));
        registry.child(WEBCAM, "Some.App");

        assertThat(probe.detected()).isFalse();
    }

    @Test
    void a_missing_consent_store_means_no_camera_in_use() {
        assertThat(probe.detected()).isFalse();
    }

    @Test
    void full_screen_states_that_hold_a_break_back() {
        assertThat(WindowsFullScreenProbe.isBusy(WindowsFullScreenProbe.QUNS_BUSY)).isTrue();
        assertThat(WindowsFullScreenProbe.isBusy(WindowsFullScreenProbe.QUNS_RUNNING_D3D_FULL_SCREEN)).isTrue();
        assertThat(WindowsFullScreenProbe.isBusy(WindowsFullScreenProbe.QUNS_PRESENTATION_MODE)).isTrue();
        assertThat(WindowsFullScreenProbe.isBusy(WindowsFullScreenProbe.QUNS_ACCEPTS_NOTIFICATIONS)).isFalse();
        assertThat(WindowsFullScreenProbe.isBusy(WindowsFullScreenProbe.QUNS_NOT_PRESENT)).isFalse();
        assertThat(WindowsFullScreenProbe.isBusy(WindowsFullScreenProbe.QUNS_QUIET_TIME)).isFalse();
        assertThat(WindowsFullScreenProbe.isBusy(WindowsFullScreenProbe.QUNS_APP)).isFalse();
    }

    /** Keys as paths; each key knows its children and values, as RegEnumKeyEx and RegEnumValue report them. */
    private static final class FakeRegistry implements WindowsCameraProbe.ConsentStore {
        final Map<String, List<String>> children = new HashMap<>();
        final Map<String, Map<String, Object>> values = new HashMap<>();

        void app(String path, long start, long stop) {
            values.put(path, Map.of("LastUsedTimeStart", start, "LastUsedTimeStop", stop));
            String parent = path.substring(0, path.lastIndexOf('\\'));
            child(parent, path.substring(parent.length() + 1));
            if (!parent.equals(WEBCAM)) {
                child(WEBCAM, parent.substring(WEBCAM.length() + 1));
            }
        }

        void child(String parent, String name) {
            List<String> list = children.computeIfAbsent(parent, k -> new ArrayList<>());
            if (!list.contains(name)) {
                list.add(name);
            }
        }

        @Override
        public List<String> subKeys(String path) {
            return children.getOrDefault(path, List.of());
        }

        @Override
        public Map<String, Object> values(String path) {
            return values.getOrDefault(path, Map.of());
        }
    }
}
