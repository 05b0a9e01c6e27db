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
 * saver, power-management inhibition), both with logind and a notification server. The two apps run side by side
 * so the tests that wait for a break (two minutes of sitting, the shortest interval) overlap.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DesktopBusIT {

    private static final Duration SHORT = Duration.ofSeconds(15);
    /** The first micro break is two minutes of sitting after the start; room for a slow machine. */
    private static final Duration UNTIL_DUE = Duration.ofSeconds(150);
    private static final List<String> ACTIONS = List.of("start", "Start now", "postpone", "Postpone");

    private TestDesktop display;
    private final Map<FakeDesktop.Flavour, Desk> desks = new HashMap<>();
    /** The GNOME warning put off in the postpone test; the next warning comes after it. */
    private long postponed;

    /** One desktop with its app. */
    private record Desk(FakeDesktop desktop, UnknotProcess unknot, Process app, Path home) {}

    @BeforeAll
    void start() throws Exception {
        // No tray host: these tests need no icon, and the status window keeps GTK out of the way.
        display = TestDesktop.startWithoutTrayHost();
        for (FakeDesktop.Flavour flavour : FakeDesktop.Flavour.values()) {
            FakeDesktop desktop = FakeDesktop.start(flavour);
            Path home = Files.createTempDirectory("unknot-dbus-it");
            UnknotProcess unknot = new UnknotProcess(UnknotProcess.jar(), home, display.display(), null);
            Map<String, String> env = new HashMap<>(desktop.environment());
            if (flavour == FakeDesktop.Flavour.KDE) {
                env.put("XDG_SESSION_TYPE", "wayland"); // X11 idle time would be wrong there
            }
            unknot.withEnvironment(env);
            // Only micro breaks, as short and as often as allowed, postponed by 1 min, warned 110 s ahead (10 s
            // after a reset), by desktop notification.
            unknot.writePreferences(Map.of("idleThreshold", "5", "micro.duration", "10", "micro.interval", "120",
                    "micro.postpone", "60", "warningLead", "110", "stretch.enabled", "false",
                    "movement.enabled", "false", "language", "english", "popup.desktopNotification", "true"));
            desktop.send("active");
            desks.put(flavour, new Desk(desktop, unknot, unknot.start(), home));
        }
    }

    @AfterAll
    void stop() throws Exception {
        for (Desk desk : desks.values()) {
            UnknotProcess.kill(desk.app());
            desk.desktop().close();
            UnknotProcess.deleteHome(desk.home());
        }
        if (display != null) {
            display.close();
        }
    }

    // ---- GNOME ----

    @Test
    @Order(1)
    void gnome_idle_time_comes_from_mutter_and_time_away_counts_as_a_break() throws Exception {
        Desk gnome = desk(FakeDesktop.Flavour.GNOME);
        assertThat(status(gnome).get("idleSource")).isEqualTo("mutter");
        assertThat(status(gnome).get("idleDetection")).isEqualTo(true);

        gnome.desktop().send("idle 0");
        eventually("idle after the 5 s threshold", SHORT, () -> "idle".equals(status(gnome).get("state")));
        long sitting = seconds(status(gnome), "sittingSecondsToday");
        // Away longer than the 10 s micro break: it counts as taken, and the next one is a whole interval away.
        eventually("the micro break taken naturally", SHORT, () -> nextBreakIn(gnome) >= 110);
        assertThat(seconds(status(gnome), "sittingSecondsToday")).isLessThanOrEqualTo(sitting + 1);

        gnome.desktop().send("active");
        eventually("active again", SHORT, () -> "active".equals(status(gnome).get("state")));
    }

    @Test
    @Order(2)
    void kde_idle_time_comes_from_the_freedesktop_screen_saver() throws Exception {
        Desk kde = desk(FakeDesktop.Flavour.KDE);
        Map<String, Object> status = status(kde);

        assertThat(status.get("idleSource")).isEqualTo("freedesktop-screensaver");
        assertThat(status.get("state")).isEqualTo("active");
        assertThat(status.get("deferredBy")).isEqualTo(List.of());
    }

    @Test
    @Order(3)
    void kde_notifications_inhibited_defers_breaks_for_desktop_dnd() throws Exception {
        deferredWhile(desk(FakeDesktop.Flavour.KDE), "dnd", "desktop-dnd");
    }

    @Test
    @Order(4)
    void kde_an_app_calling_screensaver_inhibit_defers_breaks() throws Exception {
        deferredWhile(desk(FakeDesktop.Flavour.KDE), "inhibit", "inhibited");
    }

    @Test
    @Order(5)
    void kde_the_warning_is_a_desktop_notification_with_start_now_and_postpone() throws Exception {
        Desk kde = desk(FakeDesktop.Flavour.KDE);
        eventually("a warning notification", SHORT, () -> !kde.desktop().notifications().isEmpty());

        Map<String, Object> first = kde.desktop().notifications().get(0);
        assertThat((String) first.get("summary")).startsWith("Micro break in ");
        assertThat(first.get("actions")).isEqualTo(ACTIONS);
    }

    @Test
    @Order(6)
    void gnome_screen_saver_active_longer_than_a_break_counts_as_the_break() throws Exception {
        Desk gnome = desk(FakeDesktop.Flavour.GNOME);
        eventually("some sitting counted", SHORT, () -> nextBreakIn(gnome) <= 115);

        gnome.desktop().send("saver true");
        eventually("idle while locked", SHORT, () -> "idle".equals(status(gnome).get("state")));
        pause(Duration.ofSeconds(7)); // locked 12 s in all: longer than the 10 s micro break
        gnome.desktop().send("saver false");

        eventually("active after unlock", SHORT, () -> "active".equals(status(gnome).get("state")));
        assertThat(nextBreakIn(gnome)).isGreaterThanOrEqualTo(110);
        assertThat(status(gnome).get("breakShowing")).isEqualTo(false);
    }

    @Test
    @Order(7)
    void gnome_prepare_for_sleep_counts_as_away_with_no_sitting_and_no_break_storm() throws Exception {
        Desk gnome = desk(FakeDesktop.Flavour.GNOME);
        eventually("some sitting counted", SHORT, () -> nextBreakIn(gnome) <= 115);
        long sitting = seconds(status(gnome), "sittingSecondsToday");

        // The mock keeps reporting fresh input, so only the sleep signals can tell the app the user was away.
        gnome.desktop().send("sleep true");
        pause(Duration.ofSeconds(12));
        gnome.desktop().send("sleep false");
        eventually("active after waking", SHORT, () -> "active".equals(status(gnome).get("state")));

        Map<String, Object> after = status(gnome);
        assertThat(seconds(after, "sittingSecondsToday")).as("no sitting counted while asleep")
                .isLessThanOrEqualTo(sitting + 4);
        assertThat(after.get("breakShowing")).isEqualTo(false);
        assertThat(nextBreakIn(gnome)).as("the sleep counted as a break").isGreaterThanOrEqualTo(110);
    }

    @Test
    @Order(8)
    void gnome_an_idle_inhibitor_defers_breaks_and_quiet_time_is_not_a_break() throws Exception {
        Desk gnome = desk(FakeDesktop.Flavour.GNOME);
        gnome.desktop().send("inhibit true");
        eventually("deferred by the inhibitor", SHORT,
                () -> status(gnome).get("deferredBy").equals(List.of("inhibited")));

        gnome.desktop().send("idle 0");
        long sitting = seconds(status(gnome), "sittingSecondsToday");
        pause(Duration.ofSeconds(8)); // past the 5 s idle threshold
        Map<String, Object> watching = status(gnome);
        assertThat(watching.get("state")).isEqualTo("active");
        assertThat(seconds(watching, "sittingSecondsToday")).isGreaterThanOrEqualTo(sitting + 6);

        gnome.desktop().send("active");
        gnome.desktop().send("inhibit false");
        eventually("no longer deferred", SHORT, () -> status(gnome).get("deferred").equals(false));
    }

    @Test
    @Order(9)
    void gnome_banners_off_defers_breaks_for_desktop_dnd() throws Exception {
        deferredWhile(desk(FakeDesktop.Flavour.GNOME), "dnd", "desktop-dnd");
    }

    @Test
    @Order(10)
    void gnome_postpone_in_the_notification_puts_the_break_off() throws Exception {
        Desk gnome = desk(FakeDesktop.Flavour.GNOME);
        long warning = awaitOpenNotification(gnome, 0, SHORT);
        long before = nextBreakIn(gnome);

        gnome.desktop().send("invoke " + warning + " postpone");

        // One postpone (1 min) of further sitting later than it would have come.
        eventually("the break put off", SHORT, () -> nextBreakIn(gnome) >= before + 50);
        assertThat(status(gnome).get("breakShowing")).isEqualTo(false);
        postponed = warning;
    }

    @Test
    @Order(11)
    void kde_a_break_due_while_the_session_is_locked_shows_only_after_unlock() throws Exception {
        Desk kde = desk(FakeDesktop.Flavour.KDE);
        eventually("the micro break close", UNTIL_DUE, () -> nextBreakIn(kde) <= 6);
        // Held back first, so it is surely due while the screen is locked.
        kde.desktop().send("dnd true");
        eventually("the break due and held", SHORT,
                () -> nextBreakIn(kde) == 0 && status(kde).get("deferred").equals(true));

        kde.desktop().send("session-lock");
        // The lock comes on the system bus, do-not-disturb on the session bus: no order between them is promised.
        eventually("the lock noticed", SHORT, () -> Files.exists(kde.unknot().logFile())
                && Files.readString(kde.unknot().logFile()).contains("ScreenLock[")
                && Files.readString(kde.unknot().logFile()).contains("locked=true]"));
        kde.desktop().send("dnd false");
        Instant until = Instant.now().plusSeconds(3);
        while (Instant.now().isBefore(until)) {
            assertThat(status(kde).get("breakShowing")).as("no break on the lock screen").isEqualTo(false);
        }
        kde.desktop().send("session-unlock");

        eventually("the break after unlock", SHORT, () -> status(kde).get("breakShowing").equals(true));
        assertThat(kde.desktop().closed()).as("the warning notification taken away").isNotEmpty();
    }

    @Test
    @Order(12)
    void gnome_start_now_in_the_notification_starts_the_break() throws Exception {
        Desk gnome = desk(FakeDesktop.Flavour.GNOME);
        long warning = awaitOpenNotification(gnome, postponed, Duration.ofSeconds(90));

        gnome.desktop().send("invoke " + warning + " start");

        eventually("the break on screen", SHORT, () -> status(gnome).get("breakShowing").equals(true));
        @SuppressWarnings("unchecked")
        Map<String, Object> current = (Map<String, Object>) status(gnome).get("currentBreak");
        assertThat(current.get("kind")).isEqualTo("micro");
    }

    // ---- helpers ----

    /** Switches {@code command} on: breaks wait for {@code reason} alone; switched off, they wait no longer. */
    private static void deferredWhile(Desk desk, String command, String reason) throws Exception {
        desk.desktop().send(command + " true");
        eventually("deferred by " + reason, SHORT, () -> status(desk).get("deferredBy").equals(List.of(reason)));
        assertThat(status(desk).get("deferred")).isEqualTo(true);

        desk.desktop().send(command + " false");
        eventually("no longer deferred", SHORT, () -> status(desk).get("deferred").equals(false));
    }

    private Desk desk(FakeDesktop.Flavour flavour) {
        return desks.get(flavour);
    }

    private static Map<String, Object> status(Desk desk) throws Exception {
        UnknotProcess.Result result = desk.unknot().run("status", "--json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        return StatusContract.parse(result.out());
    }

    @SuppressWarnings("unchecked")
    private static long nextBreakIn(Desk desk) throws Exception {
        Object next = status(desk).get("nextBreak");
        return next instanceof Map<?, ?> map ? (Long) ((Map<String, Object>) map).get("inSeconds") : Long.MAX_VALUE;
    }

    private static long seconds(Map<String, Object> status, String field) {
        return (Long) status.get(field);
    }

    /** The newest warning notification the app has not closed, newer than {@code after}. */
    private static long awaitOpenNotification(Desk desk, long after, Duration timeout) throws Exception {
        long[] open = new long[1];
        eventually("an open warning notification", timeout, () -> {
            List<Long> closed = desk.desktop().closed();
            for (Map<String, Object> n : desk.desktop().notifications()) {
                long id = (Long) n.get("id");
                if (id > after && !closed.contains(id) && n.get("actions").equals(ACTIONS)) {
                    open[0] = id;
                }
            }
            return open[0] != 0;
        });
        return open[0];
    }

    private static void pause(Duration length) throws InterruptedException {
        Thread.sleep(length.toMillis()); // a stretch of real time the app must live through (locked, asleep)
    }
}
