package io.unknot.app;

import io.unknot.app.remote.CommandLine;
import io.unknot.app.remote.ControlClient;
import io.unknot.app.remote.Reply;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.unknot.testing.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the packaged jar (system property {@code unknot.jar}) as a real process in a temporary home: user.home is
 * pointed there and the XDG variables are removed, so preferences, data, logs and the control socket all live in
 * it. Optionally as another user, through {@code runuser}.
 */
final class UnknotProcess {

    /** What a finished command printed and returned. */
    record Result(int exitCode, String out, String err) {}

    private static final Duration START = Duration.ofSeconds(40);

    private final Path jar;
    private final Path home;
    private final String display;
    private final String user;
    private final Map<String, String> env = new java.util.HashMap<>();

    UnknotProcess(Path jar, Path home, String display, String user) {
        this.jar = jar;
        this.home = home;
        this.display = display;
        this.user = user;
    }

    /** Variables added to the cleaned environment of the app and of every command (a desktop's buses, say). */
    UnknotProcess withEnvironment(Map<String, String> variables) {
        env.putAll(variables);
        return this;
    }

    static Path jar() {
        String jar = System.getProperty("unknot.jar");
        assertThat(jar).as("system property unknot.jar (set by failsafe)").isNotBlank();
        assertThat(Path.of(jar)).as("the packaged jar; run `mvn verify`").exists();
        return Path.of(jar);
    }

    /** Sets an environment variable for every later call (the XDG ones are removed otherwise). */
    UnknotProcess env(String name, String value) {
        env.put(name, value);
        return this;
    }

    Path socket() {
        return env.containsKey("XDG_RUNTIME_DIR") ? Path.of(env.get("XDG_RUNTIME_DIR"), "unknot", "unknot.sock")
                : home.resolve(".local/share/unknot/run/unknot.sock");
    }

    Path dataDir() {
        return home.resolve(".local/share/unknot");
    }

    Path logFile() {
        return home.resolve(".local/share/unknot/logs/unknot.0.log");
    }

    /** Writes preferences the way java.util.prefs stores them under {@code user.home}, before the app starts. */
    void writePreferences(Map<String, String> values) throws IOException {
        Path node = home.resolve(".java/.userPrefs/io/unknot");
        Files.createDirectories(node);
        Files.writeString(node.resolve("prefs.xml"), preferencesXml(values));
    }

    /** Preferences in the file format java.util.prefs keeps them in. */
    static String preferencesXml(Map<String, String> values) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
                + "<!DOCTYPE map SYSTEM \"http://java.sun.com/dtd/preferences.dtd\">\n"
                + "<map MAP_XML_VERSION=\"1.0\">\n");
        values.forEach((k, v) -> xml.append("  <entry key=\"").append(k).append("\" value=\"").append(v)
                .append("\"/>\n"));
        return xml.append("</map>\n").toString();
    }

    /**
     * Starts the app (no arguments) and waits until it answers {@code status}; fails at once, with its output, if
     * it ends before. The output goes to files in the home, so a full pipe never blocks it.
     */
    Process start() throws Exception {
        Files.createDirectories(home.resolve("tmp"));
        ProcessBuilder builder = builder(List.of());
        builder.redirectOutput(home.resolve("app.out").toFile()).redirectError(home.resolve("app.err").toFile());
        Process app = builder.start();
        try {
            eventually("the app to answer status", START, () -> {
                assertThat(app.isAlive()).as("app running; output: %s", appOutput()).isTrue();
                return run("status").exitCode() == 0;
            });
        } catch (Exception | AssertionError e) {
            kill(app); // a test that fails here must not leave the app behind
            throw new AssertionError(e.getMessage() + "; app output: " + appOutput(), e);
        }
        return app;
    }

    /**
     * A command sent straight to the app's control socket: the request the command line sends, without a JVM
     * started for it (the command line itself is tested in {@code CommandLineIT}). Empty while no app listens.
     */
    Optional<Reply> send(String... words) throws Exception {
        return new ControlClient(socket()).send(((CommandLine.Remote) CommandLine.parse(words)).command());
    }

    /** Ends an app that {@link #start()} began, if it still runs, with every process it started. */
    static void kill(Process app) throws InterruptedException {
        if (app != null && app.isAlive()) {
            app.descendants().forEach(ProcessHandle::destroyForcibly);
            app.destroyForcibly();
            app.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Ends an end-to-end class: the app, then its display, then its home; each may be missing. */
    static void cleanUp(Process app, TestDesktop desktop, Path home) throws InterruptedException, IOException {
        kill(app);
        if (desktop != null) {
            desktop.close();
        }
        if (home != null) {
            deleteHome(home);
        }
    }

    /** Deletes a temporary home with everything the app left in it. */
    static void deleteHome(Path home) throws IOException {
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Runs a command-line call to its end (at most 30 s). */
    /** Every history journal's text, oldest month first. */
    String journal() throws IOException {
        StringBuilder all = new StringBuilder();
        for (Path file : journalFiles(dataDir())) {
            all.append(Files.readString(file, StandardCharsets.UTF_8));
        }
        return all.toString();
    }

    static List<Path> journalFiles(Path data) throws IOException {
        Path history = data.resolve("history");
        if (!Files.isDirectory(history)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(history)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".journal")).sorted().toList();
        }
    }

    Result run(String... args) throws IOException, InterruptedException {
        return run(true, args);
    }

    /** Same, but without a display in the environment. */
    Result runWithoutDisplay(String... args) throws IOException, InterruptedException {
        return run(false, args);
    }

    String appOutput() throws IOException {
        return read(home.resolve("app.out")) + read(home.resolve("app.err"));
    }

    private Result run(boolean withDisplay, String... args) throws IOException, InterruptedException {
        Files.createDirectories(home.resolve("tmp"));
        ProcessBuilder builder = builder(List.of(args));
        if (!withDisplay) {
            builder.environment().remove("DISPLAY");
        }
        Path out = Files.createTempFile("unknot-out", ".txt");
        Path err = Files.createTempFile("unknot-err", ".txt");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError("unknot " + String.join(" ", args) + " did not finish within 30 s");
            }
            return new Result(process.exitValue(), read(out), read(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private ProcessBuilder builder(List<String> args) {
        List<String> command = new ArrayList<>();
        if (user != null) {
            command.addAll(List.of("runuser", "-u", user, "--"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-Djava.io.tmpdir=" + home.resolve("tmp"), "-jar", jar.toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("XDG_") || name.equals("WAYLAND_DISPLAY")
                || name.startsWith("DBUS_"));
        env.remove("DISPLAY");
        if (display != null) {
            env.put("DISPLAY", display);
        }
        env.put("HOME", home.toString());
        env.putAll(this.env);
        return builder;
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
