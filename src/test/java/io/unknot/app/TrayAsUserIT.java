package io.unknot.app;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static io.unknot.testing.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * CI runs as root, and tray libraries pick other paths for root than for a normal user. This test creates a
 * throwaway user (useradd, home in a temporary folder) and runs the jar as that user with {@code runuser}, to see
 * the icon dock on the normal-user path too. It needs root; run as a normal user, {@link UnknotIT} already is
 * that path, so the test is then skipped with that reason.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrayAsUserIT {

    private static final Duration SHORT = Duration.ofSeconds(10);

    private TestDesktop desktop;
    private String user;
    private Path home;
    private UnknotProcess unknot;
    private Process app;

    @BeforeAll
    void start() throws Exception {
        assumeTrue(isRoot(), "not root: this JVM already runs as a normal user, which UnknotIT covers");
        assumeTrue(Files.isExecutable(Path.of("/usr/sbin/useradd")) && Files.isExecutable(Path.of("/usr/sbin/runuser")),
                "useradd and runuser are needed to run as a throwaway user");
        desktop = TestDesktop.start();
        home = Files.createTempDirectory("unknot-it-user");
        user = "unknot-it-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(0, 6);
        LoginUser.root("useradd", "--no-create-home", "--home-dir", home.toString(), "--shell", "/bin/sh",
                "--user-group", user);
        // The build folder may sit under root's home, which the user cannot enter: give them their own copy.
        Path jar = Files.copy(UnknotProcess.jar(), home.resolve("unknot.jar"), StandardCopyOption.REPLACE_EXISTING);
        unknot = new UnknotProcess(jar, home, desktop.display(), user);
        unknot.writePreferences(Map.of("language", "english"));
        Files.createDirectories(home.resolve("tmp"));
        LoginUser.root("chown", "-R", user + ":" + user, home.toString());
        app = unknot.start();
    }

    @AfterAll
    void stop() throws Exception {
        UnknotProcess.cleanUp(app, desktop, home);
        if (user != null) {
            LoginUser.removeUser(user);
        }
    }

    @Test
    @Order(1)
    void the_icon_docks_for_a_normal_user() throws Exception {
        eventually("an icon docked in trayer", SHORT, () -> desktop.dockedIcons() == 1);
        assertThat(Files.readString(unknot.logFile())).contains("tray icon shown");
    }

    @Test
    @Order(2)
    void the_app_runs_as_that_user_with_everything_in_its_home() throws Exception {
        String owner = ProcessHandle.of(app.pid()).flatMap(runuser -> runuser.children().findFirst())
                .flatMap(java -> java.info().user()).orElse("");
        assertThat(owner).isEqualTo(user);
        assertThat(Files.getOwner(unknot.socket().getParent()).getName()).isEqualTo(user);
        StatusContract.parse(unknot.run("status", "--json").out());
    }

    @Test
    @Order(3)
    void quit_ends_it_cleanly() throws Exception {
        assertThat(unknot.run("quit").exitCode()).isZero();
        assertThat(app.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(app.exitValue()).as(unknot.appOutput()).isZero();
        eventually("the icon to leave the tray", SHORT, () -> desktop.dockedIcons() == 0);
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
