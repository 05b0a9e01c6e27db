package io.unknot.platform.dnd;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The microphone check on a made-up {@code /proc/asound} and made-up {@code pactl} answers. */
class LinuxMicrophoneProbeTest {

    @TempDir
    Path asound;

    private static final String CLOSED = "closed\n";
    private static final String RUNNING = "state: RUNNING\nowner_pid   : 4242\ntrigger_time: 1.0\n";
    private static final String SOURCES = "0\talsa_output.pci-0000_00_1f.3.analog-stereo.monitor\tPipeWire\ts32le 2ch"
            + " 48000Hz\tSUSPENDED\n1\talsa_input.pci-0000_00_1f.3.analog-stereo\tPipeWire\ts32le 2ch 48000Hz\t"
            + "RUNNING\n";

    @Test
    void a_running_capture_device_is_a_microphone_in_use() throws IOException {
        status("card0/pcm0p/sub0", RUNNING); // playback does not count
        status("card0/pcm0c/sub0", CLOSED);
        assertThat(probe(Map.of()).detected()).isFalse();

        status("card0/pcm0c/sub0", RUNNING);
        assertThat(probe(Map.of()).detected()).isTrue();
    }

    @Test
    void a_recording_stream_from_a_real_source_counts_but_one_from_a_speaker_monitor_does_not() {
        LinuxMicrophoneProbe monitorOnly = probe(Map.of("source-outputs", "7\t0\t55\tprotocol-native.c\tfloat32le\n",
                "sources", SOURCES));
        LinuxMicrophoneProbe microphone = probe(Map.of("source-outputs", "8\t1\t56\tprotocol-native.c\ts16le\n",
                "sources", SOURCES));

        assertThat(monitorOnly.detected()).isFalse();
        assertThat(microphone.detected()).isTrue();
    }

    @Test
    void no_sound_cards_and_no_sound_server_is_no_microphone() {
        LinuxMicrophoneProbe nothing = new LinuxMicrophoneProbe(asound.resolve("missing"), args -> Optional.empty());

        assertThat(nothing.detected()).isFalse();
    }

    private LinuxMicrophoneProbe probe(Map<String, String> pactl) {
        return new LinuxMicrophoneProbe(asound, args -> Optional.ofNullable(pactl.get(args.get(args.size() - 1))));
    }

    private void status(String sub, String content) throws IOException {
        Path dir = asound.resolve(sub);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("status"), content);
    }

}
