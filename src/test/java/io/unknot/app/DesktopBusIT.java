package io.unknot.app;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.unknot.testing.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real jar against desktops played by python3-dbusmock on private session and system buses: one GNOME-like
 * (Mutter idle monitor, GNOME screen saver, session manager, portal settings) and one KDE-like (freedesktop screen
 * saver, power-management inhibition), both with logind and a notification server. Each desktop has one app for
 * all its tests, both started at once: while the GNOME tests run, the KDE app sits towards its first micro break
 * (two minutes of sitting, the shortest interval), which the last test needs due. That wait is the class's floor.
 *
 * <p>Status is asked over the app's control socket, with the very request {@code unknot status --json} sends
 * (the command line itself is tested in {@code CommandLineIT}): a JVM per question cost seconds each.
 */
// Beside the other end-to-end classes: its scenarios wait for a break to fall due on a display and buses of their own. The lock keeps its own tests one after the other.
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("DesktopBusIT")
@ResourceLock(value = FreshLoginIT.QUIET_MACHINE, mode = ResourceAccessMode.READ)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DesktopBusIT {

    private static final Duration SHORT = Duration.ofSeconds(15);
    /** The first KDE micro break is two minutes of sitting after the start; room for a slow machine. */
    private static final Duration UNTIL_DUE = Duration.ofSeconds(150);
    private static final List<String> ACTIONS = List.of("start", "Start now", "postpone", "Postpone");
    /** Well past the 5 s idle threshold and the 10 s micro break: idle as the desktop reports it at once. */
    private static final String LONG_IDLE = "idle 20000";

    private TestDesktop display;
    private Desk gnome;
    private Desk kde;
    /** The GNOME warning whose "Start now" started a break; the next warning comes after it. */
    private long started;

    @BeforeAll
    void start() throws Exception {
        // No tray host: these tests need no icon, and the status window keeps GTK out of the way.
        display = TestDesktop.startWithoutTrayHost();
        // KDE first: its two minutes towards the last test's break run while everything else is tested.
        kde = Desk.start(FakeDesktop.Flavour.KDE, display, Map.of("XDG_SESSION_TYPE", "wayland")); // X11 idle is wrong
        gnome = Desk.start(FakeDesktop.Flavour.GNOME, display, Map.of());
    }

    @AfterAll
    void stop() throws Exception {
        Desk.close(gnome);
        Desk.close(kde);
        if (display != null) {
            display.close();
        }
    }

    // ---- GNOME ----

    @Test
    @Order(1)
    void gnome_idle_time_comes_from_mutter_and_time_away_counts_as_a_break() throws Exception {
        assertThat(gnome.status().get("idleSource")).isEqualTo("mutter");
        assertThat(gnome.status().get("idleDetection")).isEqualTo(true);
        long sitting = gnome.sitting();

        gnome.send(LONG_IDLE);
        eventually("idle after the 5 s threshold", SHORT, () -> "idle".equals(gnome.status().get("state")));
        // Away longer than the 10 s micro break: it counts as taken, and the next one is a whole interval away.
        eventually("the micro break taken naturally", SHORT, () -> gnome.nextBreakIn() >= 115);
        assertThat(gnome.sitting()).isLessThanOrEqualTo(sitting + 1);

        gnome.send("active");
        eventually("active again", SHORT, () -> "active".equals(gnome.status().get("state")));
    }

    @Test
    @Order(2)
    void gnome_an_idle_inhibitor_defers_breaks_and_quiet_time_is_not_a_break() throws Exception {
        gnome.send("inhibit true");
        gnome.awaitDeferredBy("inhibited");

        long sitting = gnome.sitting();
        long next = gnome.nextBreakIn();
        gnome.send(LONG_IDLE);
        Desk.pause(Duration.ofSeconds(3)); // the app reads idle time every second
        Map<String, Object> watching = gnome.status();
        assertThat(watching.get("state")).isEqualTo("active");
        assertThat(Desk.seconds(watching, "sittingSecondsToday")).isGreaterThanOrEqualTo(sitting + 2);
        assertThat(gnome.nextBreakIn()).as("no break taken while watching").isLessThanOrEqualTo(next);

        gnome.send("active");
        gnome.send("inhibit false");
        gnome.awaitNotDeferred();
    }

    @Test
    @Order(3)
    void gnome_banners_off_defers_breaks_for_desktop_dnd() throws Exception {
        gnome.deferredBetween("dnd true", "dnd false", "desktop-dnd");
    }

    @Test
    @Order(4)
    void gnome_screen_saver_active_longer_than_a_break_counts_as_the_break() throws Exception {
        eventually("some sitting counted", SHORT, () -> gnome.nextBreakIn() <= 112);

        gnome.send("saver true");
        Instant locked = Instant.now();
        eventually("idle while locked", SHORT, () -> "idle".equals(gnome.status().get("state")));
        Desk.pauseUntil(locked.plusSeconds(12)); // longer than the 10 s micro break
        gnome.send("saver false");

        eventually("active after unlock", SHORT, () -> "active".equals(gnome.status().get("state")));
        assertThat(gnome.nextBreakIn()).as("the lock counted as a break").isGreaterThanOrEqualTo(113);
        assertThat(gnome.status().get("breakShowing")).isEqualTo(false);
    }

    @Test
    @Order(5)
    void gnome_prepare_for_sleep_counts_as_away_with_no_sitting_and_no_break_storm() throws Exception {
        eventually("some sitting counted", SHORT, () -> gnome.nextBreakIn() <= 112);
        long sitting = gnome.sitting();

        // The mock keeps reporting fresh input, so only the sleep signals can tell the app the user was away.
        gnome.send("sleep true");
        Desk.pause(Duration.ofSeconds(12));
        gnome.send("sleep false");
        eventually("active after waking", SHORT, () -> "active".equals(gnome.status().get("state")));

        Map<String, Object> after = gnome.status();
        assertThat(Desk.seconds(after, "sittingSecondsToday")).as("no sitting counted while asleep")
                .isLessThanOrEqualTo(sitting + 4);
        assertThat(after.get("breakShowing")).isEqualTo(false);
        assertThat(gnome.nextBreakIn()).as("the sleep counted as a break").isGreaterThanOrEqualTo(113);
    }

    @Test
    @Order(6)
    void gnome_start_now_in_the_notification_starts_the_break() throws Exception {
        long warning = gnome.awaitOpenNotification(0);

        gnome.send("invoke " + warning + " start");

        eventually("the break on screen", SHORT, () -> gnome.status().get("breakShowing").equals(true));
        @SuppressWarnings("unchecked")
        Map<String, Object> current = (Map<String, Object>) gnome.status().get("currentBreak");
        assertThat(current.get("kind")).isEqualTo("micro");
        started = warning;
        eventually("the break over", Duration.ofSeconds(30), () -> gnome.status().get("breakShowing").equals(false));
    }

    @Test
    @Order(7)
    void gnome_postpone_in_the_notification_puts_the_break_off() throws Exception {
        long warning = gnome.awaitOpenNotification(started);
        long before = gnome.nextBreakIn();

        gnome.send("invoke " + warning + " postpone");

        // One postpone (1 min) of further sitting later than it would have come.
        eventually("the break put off", SHORT, () -> gnome.nextBreakIn() >= before + 50);
        assertThat(gnome.status().get("breakShowing")).isEqualTo(false);
    }

    // ---- KDE ----

    @Test
    @Order(8)
    void kde_idle_time_comes_from_the_freedesktop_screen_saver() throws Exception {
        Map<String, Object> status = kde.status();

        assertThat(status.get("idleSource")).isEqualTo("freedesktop-screensaver");
        assertThat(status.get("state")).isEqualTo("active");
        assertThat(status.get("deferredBy")).isEqualTo(List.of());
    }

    @Test
    @Order(9)
    void kde_the_warning_is_a_desktop_notification_with_start_now_and_postpone() throws Exception {
        eventually("a warning notification", SHORT, () -> !kde.desktop().notifications().isEmpty());
        Map<String, Object> first = kde.desktop().notifications().get(0);

        assertThat((String) first.get("summary")).startsWith("Micro break in ");
        assertThat(first.get("actions")).isEqualTo(ACTIONS);
    }

    @Test
    @Order(10)
    void kde_notifications_inhibited_defers_breaks_for_desktop_dnd() throws Exception {
        kde.deferredBetween("dnd true", "dnd false", "desktop-dnd");
    }

    @Test
    @Order(11)
    void kde_power_management_inhibited_defers_breaks() throws Exception {
        kde.deferredBetween("inhibit true", "inhibit false", "inhibited");
    }

    @Test
    @Order(12)
    void kde_a_player_calling_screensaver_inhibit_itself_defers_breaks_until_uninhibit_or_until_it_exits()
            throws Exception {
        assertThat(kde.logged("Watching applications' org.freedesktop.ScreenSaver.Inhibit calls")).isTrue();
        // Only the player's own calls: the desktop's power-management summary stays off.
        kde.deferredBetween("player start", "player uninhibit", "inhibited");
        kde.deferredBetween("player inhibit", "player quit", "inhibited");
    }

    @Test
    @Order(13)
    void kde_a_break_due_while_the_session_is_locked_shows_only_after_unlock() throws Exception {
        eventually("the micro break close", UNTIL_DUE, () -> kde.nextBreakIn() <= 6);
        // Held back first, so it is surely due while the screen is locked.
        kde.send("dnd true");
        eventually("the break due and held", SHORT,
                () -> kde.nextBreakIn() == 0 && kde.status().get("deferred").equals(true));

        kde.send("session-lock");
        // The lock comes on the system bus, do-not-disturb on the session bus: no order between them is promised.
        eventually("the lock noticed", SHORT, () -> kde.logged("locked=true]"));
        kde.send("dnd false");
        Instant until = Instant.now().plusSeconds(3);
        while (Instant.now().isBefore(until)) {
            assertThat(kde.status().get("breakShowing")).as("no break on the lock screen").isEqualTo(false);
        }
        kde.send("session-unlock");

        eventually("the break after unlock", SHORT, () -> kde.status().get("breakShowing").equals(true));
        assertThat(kde.desktop().closed()).as("the warning notification taken away").isNotEmpty();
    }

    /** One fake desktop with its app. */
    private record Desk(FakeDesktop desktop, UnknotProcess unknot, Process app, Path home) {

        /**
         * A desktop and its app: only micro breaks, as short and as often as allowed, postponed by 1 min, warned
         * 119 s ahead (1 s after a reset), by desktop notification.
         */
        static Desk start(FakeDesktop.Flavour flavour, TestDesktop display, Map<String, String> env)
                throws Exception {
            FakeDesktop desktop = FakeDesktop.start(flavour);
            Path home = Files.createTempDirectory("unknot-dbus-it");
            UnknotProcess unknot = new UnknotProcess(UnknotProcess.jar(), home, display.display(), null);
            Map<String, String> all = new HashMap<>(desktop.environment());
            all.putAll(env);
            unknot.withEnvironment(all);
            unknot.writePreferences(Map.of("idleThreshold", "5", "micro.duration", "10", "micro.interval", "120",
                    "micro.postpone", "60", "warningLead", "119", "stretch.enabled", "false",
                    "movement.enabled", "false", "language", "english", "popup.desktopNotification", "true"));
            desktop.send("active");
            return new Desk(desktop, unknot, unknot.start(), home);
        }

        static void close(Desk desk) throws Exception {
            if (desk != null) {
                UnknotProcess.kill(desk.app());
                desk.desktop().close();
                UnknotProcess.deleteHome(desk.home());
            }
        }

        void send(String command) throws Exception {
            desktop.send(command);
        }

        /** {@code on} makes breaks wait for {@code reason} alone; {@code off} makes them wait no longer. */
        void deferredBetween(String on, String off, String reason) throws Exception {
            send(on);
            awaitDeferredBy(reason);
            assertThat(status().get("deferred")).isEqualTo(true);
            send(off);
            awaitNotDeferred();
        }

        void awaitDeferredBy(String reason) {
            eventually("deferred by " + reason, SHORT, () -> status().get("deferredBy").equals(List.of(reason)));
        }

        void awaitNotDeferred() {
            eventually("no longer deferred", SHORT, () -> status().get("deferred").equals(false));
        }

        boolean logged(String text) throws Exception {
            return Files.exists(unknot.logFile()) && Files.readString(unknot.logFile()).contains(text);
        }

        /** {@code status --json}, asked over the control socket. */
        Map<String, Object> status() throws Exception {
            return StatusContract.parseReply(unknot.send("status", "--json")
                    .orElseThrow(() -> new AssertionError("no app listening")));
        }

        @SuppressWarnings("unchecked")
        long nextBreakIn() throws Exception {
            Object next = status().get("nextBreak");
            return next instanceof Map<?, ?> map ? (Long) ((Map<String, Object>) map).get("inSeconds")
                    : Long.MAX_VALUE;
        }

        long sitting() throws Exception {
            return seconds(status(), "sittingSecondsToday");
        }

        static long seconds(Map<String, Object> status, String field) {
            return (Long) status.get(field);
        }

        /** The newest warning notification the app has not closed, newer than {@code after}. */
        long awaitOpenNotification(long after) {
            long[] open = new long[1];
            eventually("an open warning notification", Duration.ofSeconds(30), () -> {
                List<Long> closed = desktop.closed();
                for (Map<String, Object> n : desktop.notifications()) {
                    long id = (Long) n.get("id");
                    if (id > after && !closed.contains(id) && n.get("actions").equals(ACTIONS)) {
                        open[0] = id;
                    }
                }
                return open[0] != 0;
            });
            return open[0];
        }

        /** A stretch of real time the app must live through (inhibited, asleep). */
        static void pause(Duration length) throws InterruptedException {
            Thread.sleep(length.toMillis());
        }

        static void pauseUntil(Instant end) throws InterruptedException {
            pause(Duration.between(Instant.now(), end).isNegative() ? Duration.ZERO
                    : Duration.between(Instant.now(), end));
        }
    }
}
