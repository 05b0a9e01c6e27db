package io.unknot.app;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.unknot.testing.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real jar in the small hours: restarted, starved of storage, fed hostile files and idle connections. Each
 * test starts its own app in its own temporary home, on one shared test desktop without a tray (the status
 * window stands in for the icon).
 */
// Beside the other end-to-end classes: its longest scenario keeps a stopped app stopped over a due break, on a display of its own. The lock keeps its own tests one after the other.
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("RobustnessIT")
@ResourceLock(value = FreshLoginIT.QUIET_MACHINE, mode = ResourceAccessMode.READ)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RobustnessIT {

    private static final Pattern CATALOG_TIME = Pattern.compile("suggestions loaded in (\\d+) ms");

    private TestDesktop desktop;
    private final List<Path> homes = new ArrayList<>();
    private final List<Process> apps = new ArrayList<>();
    private final List<String> users = new ArrayList<>();

    @BeforeAll
    void desktop() throws Exception {
        desktop = TestDesktop.startWithoutTrayHost();
    }

    @AfterEach
    void stopApps() throws Exception {
        List<Process> started = List.copyOf(apps);
        List<String> created = List.copyOf(users);
        List<Path> made = List.copyOf(homes);
        apps.clear();
        users.clear();
        homes.clear();
        for (Process app : started) {
            List<ProcessHandle> all = new ArrayList<>(app.descendants().toList());
            UnknotProcess.kill(app);
            for (ProcessHandle process : all) {
                process.onExit().get(10, TimeUnit.SECONDS); // userdel refuses while the user has a process
            }
        }
        for (String user : created) {
            LoginUser.removeUser(user);
        }
        for (Path home : made) {
            LoginUser.root("chmod", "-R", "u+rwx", home.toString());
            UnknotProcess.deleteHome(home);
        }
    }

    @AfterAll
    void closeDesktop() {
        if (desktop != null) {
            desktop.close();
        }
    }

    @Test
    void todays_totals_carry_on_after_quit_and_restart() throws Exception {
        UnknotProcess unknot = unknot(null);
        Process app = start(unknot);
        assertThat(unknot.run("drive", "start").exitCode()).isZero();
        Thread.sleep(3_000); // real driving time for the totals; the logic itself is tested on a fake clock
        assertThat(unknot.run("drive", "stop").exitCode()).isZero();
        Map<String, Object> before = status(unknot);
        assertThat((Long) before.get("drivingSecondsToday")).isGreaterThanOrEqualTo(2L);

        assertThat(unknot.run("quit").exitCode()).isZero();
        assertThat(app.waitFor(20, TimeUnit.SECONDS)).isTrue();
        start(unknot);
        Map<String, Object> after = status(unknot);

        assertThat(after.get("drivingSecondsToday")).isEqualTo(before.get("drivingSecondsToday"));
        assertThat(mode(unknot.dataDir())).as("the data folder Unknot made").isEqualTo("rwx------");
        assertThat((Long) after.get("sittingSecondsToday")).isGreaterThanOrEqualTo(
                (Long) before.get("sittingSecondsToday"));
        assertThat((Long) after.get("sittingSecondsSinceBreak")).isGreaterThanOrEqualTo(
                (Long) before.get("drivingSecondsToday"));
    }

    @Test
    void a_read_only_data_folder_still_gives_reminders_and_says_why_history_is_not_kept() throws Exception {
        String user = throwawayUser();
        UnknotProcess unknot = unknot(user);
        Path home = homes.get(homes.size() - 1);
        Path runtime = Files.createDirectories(home.resolve("runtime"));
        unknot.env("XDG_RUNTIME_DIR", runtime.toString());
        Files.createDirectories(unknot.dataDir());
        chownHome(user, home);
        LoginUser.root("chmod", "555", unknot.dataDir().toString());

        start(unknot);
        Map<String, Object> status = status(unknot);

        @SuppressWarnings("unchecked")
        Map<String, Object> history = (Map<String, Object>) status.get("history");
        assertThat(history.get("state")).isEqualTo("unavailable");
        assertThat((String) history.get("reason")).contains("may not write to").contains("history");
        // The log cannot be written either, so it goes to the console: the tray menu and the status window
        // (the test desktop has no tray) carry the notice as a line of their own.
        assertThat(unknot.appOutput()).contains("The tray menu and the status window show: Your history is not being saved");
        assertThat(unknot.run("break", "micro").exitCode()).as("reminders go on").isZero();
        eventually("the break on screen", Duration.ofSeconds(10),
                () -> Boolean.TRUE.equals(status(unknot).get("breakShowing")));
        assertThat(unknot.appOutput()).doesNotContain("\tat ").doesNotContain("Exception in thread");
    }

    /**
     * The phantom break: a process stopped (SIGSTOP) just after a keystroke, over the moment a micro break was due,
     * used to wake to break_due, break_shown and break_done for a user who had been away all along. Now the gap is
     * time away. Two minutes of wall time, the shortest micro-break interval; the process sleeps through most of it.
     */
    @Test
    void a_process_stopped_over_a_due_break_wakes_to_time_away_not_to_a_phantom_break() throws Exception {
        UnknotProcess unknot = unknot(null);
        unknot.writePreferences(Map.of("language", "english", "idleThreshold", "5", "micro.duration", "10",
                "micro.interval", "120", "warningLead", "0", "workingHours.enabled", "false"));
        Process app = start(unknot);
        for (int x = 100; x < 400; x += 50) { // a user at the desk: input for a few seconds
            desktop.x("xdotool", "mousemove", "--sync", String.valueOf(x), "300");
            Thread.sleep(500);
        }
        @SuppressWarnings("unchecked")
        long dueIn = (Long) ((Map<String, Object>) status(unknot).get("nextBreak")).get("inSeconds");

        desktop.x("xdotool", "mousemove", "--sync", "500", "300"); // the last input, just before the stop
        signal("STOP", app);
        try {
            Thread.sleep(Duration.ofSeconds(dueIn + 8).toMillis()); // the break falls due inside the gap
        } finally {
            signal("CONT", app);
        }

        eventually("the gap recorded as time away", Duration.ofSeconds(15),
                () -> unknot.journal().contains("\tbreak_taken_naturally\tmicro\t"));
        assertThat(unknot.journal()).doesNotContain("\tbreak_due\t").doesNotContain("\tbreak_shown\t")
                .doesNotContain("\tbreak_done\t");
        Map<String, Object> after = status(unknot);
        assertThat(after.get("breakShowing")).isEqualTo(false);
        assertThat((Long) after.get("sittingSecondsToday")).as("the gap is not sitting").isLessThan(dueIn);
    }

    @Test
    void a_pipe_named_suggestions_txt_does_not_hold_up_start_up() throws Exception {
        UnknotProcess unknot = unknot(null);
        Files.createDirectories(unknot.dataDir());
        Process mkfifo = new ProcessBuilder("mkfifo", unknot.dataDir().resolve("suggestions.txt").toString())
                .start();
        assertThat(mkfifo.waitFor()).isZero();

        start(unknot);

        assertThat(catalogTime(unknot)).isLessThan(Duration.ofSeconds(5));
        assertThat(Files.readString(unknot.logFile())).contains("not a regular file");
    }

    /** Three checks on one app, as each start costs seconds on a loaded machine. */
    @Test
    void a_backtracking_suggestion_line_and_200_idle_connections_stall_nothing_and_the_files_are_private()
            throws Exception {
        UnknotProcess unknot = unknot(null);
        Files.createDirectories(unknot.dataDir());
        Files.writeString(unknot.dataDir().resolve("suggestions.txt"),
                "slow | STRETCH | NECK | STRETCH | 1h" + " ".repeat(64 * 1024) + "x | - | Slow | Step\n"
                        + "fine | STRETCH | NECK | STRETCH | 1m | - | Fine | Step\n");

        start(unknot);

        assertThat(catalogTime(unknot)).isLessThan(Duration.ofSeconds(5));
        assertThat(Files.readString(unknot.logFile())).contains("suggestions.txt:1: longer than 4000 characters");
        statusAnswersWithinASecondWhile200IdleConnectionsAreHeld(unknot);
        foldersAndFilesArePrivate(unknot);
    }

    private static void statusAnswersWithinASecondWhile200IdleConnectionsAreHeld(UnknotProcess unknot)
            throws Exception {
        List<SocketChannel> idle = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
                channel.connect(UnixDomainSocketAddress.of(unknot.socket()));
                idle.add(channel);
            }

            long start = System.nanoTime();
            String reply = ask(unknot.socket(), "status --json");
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(reply).startsWith("0\n{\"state\":");
            assertThat(took).isLessThan(Duration.ofSeconds(1));
        } finally {
            for (SocketChannel channel : idle) {
                channel.close();
            }
        }
        assertThat(Files.readString(unknot.logFile())).doesNotContain("\tat ");
    }

    private static void foldersAndFilesArePrivate(UnknotProcess unknot) throws Exception {
        assertThat(unknot.run("drive", "start").exitCode()).isZero(); // a record, so a journal file exists
        Path data = unknot.dataDir();
        eventually("a journal file", Duration.ofSeconds(10), () -> UnknotProcess.journalFiles(data).size() > 0);
        for (Path folder : List.of(data.resolve("history"), data.resolve("logs"))) {
            assertThat(mode(folder)).as(folder.toString()).isEqualTo("rwx------");
        }
        List<Path> files = new ArrayList<>(UnknotProcess.journalFiles(data));
        files.add(unknot.logFile());
        for (Path file : files) {
            assertThat(mode(file)).as(file.toString()).isEqualTo("rw-------");
        }
    }

    // ---- helpers ----

    private UnknotProcess unknot(String user) throws Exception {
        Path home = Files.createTempDirectory("unknot-robust");
        homes.add(home);
        Path jar = UnknotProcess.jar();
        if (user != null) {
            // The build folder may sit under root's home, which the user cannot enter: give them their own copy.
            jar = Files.copy(jar, home.resolve("unknot.jar"), StandardCopyOption.REPLACE_EXISTING);
        }
        UnknotProcess unknot = new UnknotProcess(jar, home, desktop.display(), user);
        unknot.writePreferences(Map.of("language", "english", "idleThreshold", "5", "micro.duration", "10"));
        return unknot;
    }

    private Process start(UnknotProcess unknot) throws Exception {
        Process app = unknot.start();
        apps.add(app);
        return app;
    }

    private static Map<String, Object> status(UnknotProcess unknot) throws Exception {
        UnknotProcess.Result result = unknot.run("status", "--json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        return StatusContract.parse(result.out());
    }

    /**
     * How long the suggestions took to load, as the app logs it: the part of start-up a hostile file could stretch
     * (to minutes, or for ever). The whole start-up is bounded by {@link UnknotProcess#start}; on a loaded CI
     * machine the JVM and the desktop alone can take seconds, so it is not what is measured here.
     */
    private static Duration catalogTime(UnknotProcess unknot) throws IOException {
        Matcher m = CATALOG_TIME.matcher(Files.readString(unknot.logFile()));
        assertThat(m.find()).as("the log says how long the suggestions took").isTrue();
        return Duration.ofMillis(Long.parseLong(m.group(1)));
    }

    private static String ask(Path socket, String request) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            channel.write(ByteBuffer.wrap(request.getBytes(StandardCharsets.UTF_8)));
            channel.shutdownOutput();
            return new String(readAll(channel), StandardCharsets.UTF_8);
        }
    }

    private static byte[] readAll(SocketChannel channel) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(4096);
        while (channel.read(buffer) >= 0) {
            out.write(buffer.array(), 0, buffer.position());
            buffer.clear();
        }
        return out.toByteArray();
    }

    private static void signal(String signal, Process app) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(app.pid())).start();
        assertThat(kill.waitFor()).as("kill -%s", signal).isZero();
    }


    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    /**
     * Root may write anywhere, so a read-only folder means nothing to it: the app runs as a throwaway user
     * (useradd, runuser). Not as root, the test runs as the current user, who is bound by the modes anyway.
     */
    private String throwawayUser() throws Exception {
        if (!"root".equals(System.getProperty("user.name"))) {
            return null;
        }
        String user = "unknot-ro-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(0, 6);
        Path home = Files.createTempDirectory("unknot-robust-user");
        homes.add(home);
        LoginUser.root("useradd", "--no-create-home", "--home-dir", home.toString(), "--shell", "/bin/sh",
                "--user-group", user);
        users.add(user);
        homes.remove(home); // unknot(user) makes the home the app uses
        UnknotProcess.deleteHome(home);
        return user;
    }

    private static void chownHome(String user, Path home) throws Exception {
        if (user != null) {
            Files.createDirectories(home.resolve("tmp"));
            LoginUser.root("chown", "-R", user + ":" + user, home.toString());
        }
    }
}
