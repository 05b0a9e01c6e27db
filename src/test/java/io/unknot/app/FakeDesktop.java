package io.unknot.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A desktop on private D-Bus buses for the end-to-end tests: {@code fake_desktop.py} (python3-dbusmock) runs a
 * session and a system bus with logind, a notification server and GNOME's or KDE's services, and takes commands
 * ({@code idle 0}, {@code saver true}, {@code sleep true}, {@code dnd true}, {@code inhibit true}, …), including a
 * video player of its own on the session bus that calls the screen saver's {@code Inhibit} and {@code UnInhibit}
 * ({@code player start}, {@code player uninhibit}, {@code player inhibit}, {@code player quit}).
 */
final class FakeDesktop implements AutoCloseable {

    /** Which desktop's services it plays. */
    enum Flavour { GNOME, KDE }

    private final Process process;
    private final BufferedReader answers;
    private final Writer commands;
    private final Map<String, Object> addresses;
    private final Path workdir;

    private FakeDesktop(Process process, Path workdir) throws IOException {
        this.process = process;
        this.workdir = workdir;
        this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        String first = answers.readLine();
        assertThat(first).as("fake desktop's bus addresses; log in %s", workdir).isNotNull();
        this.addresses = MiniJson.object(first);
    }

    static FakeDesktop start(Flavour flavour) throws IOException, URISyntaxException {
        Path script = Path.of(FakeDesktop.class.getResource("fake_desktop.py").toURI());
        Path workdir = Files.createTempDirectory("unknot-desktop");
        Process process = new ProcessBuilder("/usr/bin/python3", script.toString(),
                flavour.name().toLowerCase(java.util.Locale.ROOT), workdir.toString())
                .redirectError(workdir.resolve("mocks.log").toFile()).start();
        return new FakeDesktop(process, workdir);
    }

    /** The environment an app of this desktop sees: its buses and its logind session. */
    Map<String, String> environment() {
        return Map.of("DBUS_SESSION_BUS_ADDRESS", (String) addresses.get("session"),
                "DBUS_SYSTEM_BUS_ADDRESS", (String) addresses.get("system"), "XDG_SESSION_ID", "c1");
    }

    /** Runs one command; fails the test when the fake desktop reports an error. */
    synchronized String send(String command) throws IOException {
        commands.write(command + "\n");
        commands.flush();
        String answer = answers.readLine();
        assertThat(answer).as("answer to %s", command).isNotNull().doesNotStartWith("error");
        return answer;
    }

    /** Every notification sent so far, oldest first: {@code id}, {@code summary}, {@code actions}. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> notifications() throws IOException {
        return (List<Map<String, Object>>) MiniJson.parse(send("notifications"));
    }

    /** Ids of the notifications the app closed. */
    @SuppressWarnings("unchecked")
    List<Long> closed() throws IOException {
        return (List<Long>) MiniJson.parse(send("closed"));
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            commands.write("quit\n");
            commands.flush();
        } catch (IOException e) {
            // already gone; the processes are ended below either way
        }
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        UnknotProcess.deleteHome(workdir);
    }
}
