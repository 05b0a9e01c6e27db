package io.unknot.platform.dnd;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A microphone is in use (a call, a recording) when a sound card's capture device is running
 * ({@code /proc/asound/card*\/pcm*c/sub*\/status} says {@code state: RUNNING}), or when the sound server
 * (PipeWire or PulseAudio, asked with {@code pactl}) has a recording stream from a real source, not from a
 * speaker's monitor. The second catches Bluetooth headsets, which have no ALSA capture device.
 */
final class LinuxMicrophoneProbe implements Probe {

    private static final Logger LOG = LoggerFactory.getLogger(LinuxMicrophoneProbe.class);
    private static final long PACTL_WAIT_SECONDS = 3;

    /** Runs {@code pactl} with these arguments: its output, or empty when it is missing or fails. */
    interface SoundServer {
        Optional<String> pactl(List<String> args);
    }

    private final Path asound;
    private final SoundServer server;

    LinuxMicrophoneProbe(Path asound, SoundServer server) {
        this.asound = asound;
        this.server = server;
    }

    static LinuxMicrophoneProbe system() {
        return new LinuxMicrophoneProbe(Path.of("/proc/asound"), LinuxMicrophoneProbe::runPactl);
    }

    @Override
    public boolean detected() {
        return captureRunning() || recordingFromMicrophone();
    }

    private boolean captureRunning() {
        try (DirectoryStream<Path> cards = Files.newDirectoryStream(asound, "card[0-9]*")) {
            for (Path card : cards) {
                try (DirectoryStream<Path> captures = Files.newDirectoryStream(card, "pcm*c")) {
                    for (Path capture : captures) {
                        if (anyRunning(capture)) {
                            return true;
                        }
                    }
                }
            }
        } catch (IOException e) {
            if (Files.isDirectory(asound)) {
                throw new UncheckedIOException("cannot read " + asound, e);
            }
        }
        return false;
    }

    private static boolean anyRunning(Path capture) throws IOException {
        try (DirectoryStream<Path> subs = Files.newDirectoryStream(capture, "sub[0-9]*")) {
            for (Path sub : subs) {
                Path status = sub.resolve("status");
                if (Files.isReadable(status)
                        && Files.readString(status, StandardCharsets.US_ASCII).contains("state: RUNNING")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code pactl list short source-outputs}: index, source index, …; sources: index, name, …. */
    private boolean recordingFromMicrophone() {
        Optional<String> outputs = server.pactl(List.of("list", "short", "source-outputs"));
        if (outputs.isEmpty() || outputs.get().isBlank()) {
            return false;
        }
        Set<String> monitors = new HashSet<>();
        server.pactl(List.of("list", "short", "sources")).ifPresent(sources -> sources.lines().forEach(line -> {
            String[] f = line.split("\t");
            if (f.length > 1 && f[1].endsWith(".monitor")) {
                monitors.add(f[0]);
            }
        }));
        return outputs.get().lines().map(line -> line.split("\t"))
                .anyMatch(f -> f.length > 1 && !monitors.contains(f[1]));
    }

    private static Optional<String> runPactl(List<String> args) {
        List<String> command = new java.util.ArrayList<>(List.of("pactl"));
        command.addAll(args);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(PACTL_WAIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return process.exitValue() == 0 ? Optional.of(new String(out, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            LOG.debug("pactl is not available: {}", e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
