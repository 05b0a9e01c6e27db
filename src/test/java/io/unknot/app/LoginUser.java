package io.unknot.app;

import io.unknot.app.remote.CommandLine;
import io.unknot.app.remote.ControlClient;
import io.unknot.app.remote.Reply;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user as at login, normally a normal user: made with {@code useradd} (so never root), and every process started with
 * {@code runuser} and {@code env -i} with only PATH, LANG, HOME and DISPLAY (plus what a test names), the bare
 * environment that autostart gives an app. Needs root to create the user.
 */
final class LoginUser implements AutoCloseable {

    private final String name;
    private final Path home;
    private final Path jar;

    private LoginUser(String name, Path home, Path jar) {
        this.name = name;
        this.home = home;
        this.jar = jar;
    }

    static boolean canCreate() {
        return "root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/sbin/useradd"))
                && Files.isExecutable(Path.of("/usr/sbin/runuser"));
    }

    /** Root at login (a root desktop session): the same bare environment, in a temporary home. */
    static LoginUser root() throws Exception {
        Path home = Files.createTempDirectory("unknot-root-login");
        Path jar = Files.copy(UnknotProcess.jar(), home.resolve("unknot.jar"), StandardCopyOption.REPLACE_EXISTING);
        return new LoginUser(null, home, jar);
    }

    /**
     * A user whom file modes bind, for tests of read-only folders: a throwaway user when the tests run as root
     * (root may write anywhere), otherwise the current user in a temporary home.
     */
    static LoginUser boundByFileModes() throws Exception {
        return "root".equals(System.getProperty("user.name")) ? create() : root();
    }

    static LoginUser create() throws Exception {
        Path home = Files.createTempDirectory("unknot-login");
        String name = "unknot-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(0, 6);
        root("useradd", "--no-create-home", "--home-dir", home.toString(), "--shell", "/bin/sh", "--user-group", name);
        // The build folder may sit under root's home, which the user cannot enter: give them their own copy.
        Path jar = Files.copy(UnknotProcess.jar(), home.resolve("unknot.jar"), StandardCopyOption.REPLACE_EXISTING);
        LoginUser user = new LoginUser(name, home, jar);
        user.chownHome();
        return user;
    }

    String name() {
        return name;
    }

    Path home() {
        return home;
    }

    Path logFile() {
        return home.resolve(".local/share/unknot/logs/unknot.0.log");
    }

    /** What the app printed and logged, for failure messages. */
    String diagnostics() throws IOException {
        return "output:\n" + read(home.resolve("app.out")) + "\nlog:\n" + read(logFile());
    }

    /** A file in the home, for failure messages. */
    String file(String relative) throws IOException {
        return "\n" + relative + ":\n" + read(home.resolve(relative));
    }

    /** Like a first login: no caches, settings or data left from an earlier start. */
    void forgetEverything() throws Exception {
        for (String dir : List.of(".cache", ".config", ".local", ".java", "app.out")) {
            Path path = home.resolve(dir);
            if (Files.exists(path)) {
                UnknotProcess.deleteHome(path);
            }
        }
    }

    /** Writes a file into the home as this user would have it. */
    void writeFile(String relative, String content) throws Exception {
        Path file = home.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        chownHome();
    }

    /**
     * Starts Unknot as this user on {@code display}; {@code wrapper} (for example a session bus) goes between
     * {@code env -i ...} and {@code java}. Output goes to a file in the home, so a full pipe never blocks it.
     */
    Process launch(String display, Map<String, String> extraEnvironment, List<String> wrapper) throws IOException {
        List<String> command = loginCommand(display, extraEnvironment);
        command.addAll(wrapper);
        command.addAll(java());
        return new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(home.resolve("app.out").toFile()).start();
    }

    /** The real command line, as this user, to its end (at most 30 s). */
    UnknotProcess.Result run(String display, String... args) throws Exception {
        return finish(loginCommand(display, Map.of()), args);
    }

    /** The same with no display at all, as from a text console or over ssh. */
    UnknotProcess.Result runWithoutDisplay(String... args) throws Exception {
        return finish(loginCommand(null, Map.of()), args);
    }

    /** Writes preferences where java.util.prefs keeps this user's, before the app starts. */
    void writePreferences(Map<String, String> values) throws Exception {
        writeFile(".java/.userPrefs/io/unknot/prefs.xml", UnknotProcess.preferencesXml(values));
    }

    private UnknotProcess.Result finish(List<String> command, String... args) throws Exception {
        command.addAll(java());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(home.toFile()).start();
        // Small outputs: read after the end.
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("unknot %s finished", String.join(" ", args)).isTrue();
        return new UnknotProcess.Result(process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    /**
     * A command sent straight to the app's control socket (root may enter the user's private folder): the same
     * request the command line sends, without starting a JVM for it.
     */
    Reply send(String... words) throws Exception {
        CommandLine.Remote remote = (CommandLine.Remote) CommandLine.parse(words);
        Path socket = home.resolve(".local/share/unknot/run/unknot.sock");
        return new ControlClient(socket).send(remote.command())
                .orElseThrow(() -> new AssertionError("no answer on " + socket));
    }

    @Override
    public void close() throws Exception {
        if (name != null) {
            removeUser(name);
        }
        UnknotProcess.deleteHome(home);
    }

    /**
     * The jar as the README's run command starts it (scripts/run's JVM options). Java takes user.home from the
     * password database, not HOME: root's test home must be named.
     */
    private List<String> java() {
        List<String> java = new ArrayList<>(List.of("java", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xss512k",
                "-XX:TieredStopAtLevel=1"));
        if (name == null) {
            java.add("-Duser.home=" + home);
        }
        java.addAll(List.of("-jar", jar.toString()));
        return java;
    }

    private List<String> loginCommand(String display, Map<String, String> extraEnvironment) {
        // The test's own JDK first on PATH, as a login PATH would find an installed java.
        String javaBin = Path.of(System.getProperty("java.home"), "bin").toString();
        List<String> command = new ArrayList<>();
        if (name != null) {
            command.addAll(List.of("runuser", "-u", name, "--"));
        }
        command.addAll(List.of("env", "-i", "PATH=" + javaBin + ":/usr/local/bin:/usr/bin:/bin", "LANG=C.UTF-8",
                "HOME=" + home));
        if (display != null) {
            command.add("DISPLAY=" + display);
        }
        extraEnvironment.forEach((key, value) -> command.add(key + "=" + value));
        return command;
    }

    private void chownHome() throws Exception {
        if (name != null) {
            root("chown", "-R", name + ":" + name, home.toString());
        }
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "(none)";
    }

    /**
     * Deletes a throwaway user. GTK 3's accessibility bridge may have started a bus for the user that is no child
     * of the app and outlives it; userdel refuses while the user has a process, so those go first.
     */
    static void removeUser(String name) throws Exception {
        new ProcessBuilder("pkill", "-KILL", "-u", name).start().waitFor(10, TimeUnit.SECONDS);
        root("userdel", name);
    }

    static void root(String... command) throws Exception {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("%s: %s", String.join(" ", command), output).isZero();
    }
}
