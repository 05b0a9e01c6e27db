package io.unknot.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.unknot.testing.Eventually.eventually;
import static io.unknot.testing.Eventually.eventuallyGet;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A private X display for the end-to-end tests: Xvfb with {@code -noreset} (so the idle counter is not reset when
 * the last client goes) and trayer as the tray host, on the first free display from :120 to :129.
 */
final class TestDesktop implements AutoCloseable {

    private static final int LISTING_TRIES = 5;
    private static final Pattern AWT_POPUP_NAME = Pattern.compile("Window id: 0x[0-9a-f]+ \"win\\d+\"");
    /** A line of {@code xwininfo -children}: id, name part, width and height. */
    private static final Pattern TOP_WINDOW_LINE =
            Pattern.compile("^\\s*(0x[0-9a-f]+) (.*?)  (\\d+)x(\\d+)[+-]", Pattern.MULTILINE);
    private static final Pattern WINDOW_ID = Pattern.compile("^\\s*(0x[0-9a-f]+)\\s", Pattern.MULTILINE);

    private final String display;
    private final Process xvfb;
    private Process trayer;

    private TestDesktop(String display, Process xvfb) {
        this.display = display;
        this.xvfb = xvfb;
    }

    static TestDesktop start() throws Exception {
        TestDesktop desktop = startWithoutTrayHost();
        desktop.startTrayer();
        return desktop;
    }

    /** A brand-new display with no tray host yet, as at login before the panel has started. */
    static synchronized TestDesktop startWithoutTrayHost() throws Exception { // classes may start displays at once
        for (int n = 120; n <= 129; n++) {
            if (Files.exists(Path.of("/tmp/.X" + n + "-lock")) || Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                continue;
            }
            Process xvfb = new ProcessBuilder("Xvfb", ":" + n, "-screen", "0", "1280x800x24", "-noreset",
                    "-nolisten", "tcp").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            TestDesktop desktop = new TestDesktop(":" + n, xvfb);
            if (desktop.waitUntilUp()) {
                return desktop;
            }
            xvfb.destroy();
        }
        throw new IllegalStateException("no free X display between :120 and :129");
    }

    String display() {
        return display;
    }

    /** Runs an X tool on this display; its output, after it succeeded. */
    String x(String... command) throws IOException, InterruptedException {
        Finished done = exec(command);
        assertThat(done.exitCode()).as("%s: %s", String.join(" ", command), done.output()).isZero();
        return done.output();
    }

    /** Like {@link #x}, but a failure is an empty answer: xdotool search exits with 1 when nothing matches. */
    String xOrEmpty(String... command) throws IOException, InterruptedException {
        Finished done = exec(command);
        return done.exitCode() == 0 ? done.output() : "";
    }

    /**
     * How many icons are docked in trayer: the children of its panel that hold an embedded window (trayer keeps
     * one socket window per icon, and an empty 1x1 helper window).
     */
    int dockedIcons() throws IOException, InterruptedException {
        String panel = panelWindow();
        int docked = 0;
        for (String socket : children(panel)) {
            if (!children(socket).isEmpty()) {
                docked++;
            }
        }
        return docked;
    }

    /** The window that holds the first docked icon: the socket trayer made for it, with the icon inside. */
    String dockedIconWindow() throws IOException, InterruptedException {
        for (String socket : children(panelWindow())) {
            List<String> icon = children(socket);
            if (!icon.isEmpty()) {
                return icon.get(0);
            }
        }
        throw new AssertionError("no icon docked in trayer");
    }

    /** Clicks the middle of {@code window} with mouse {@code button} (1 left, 3 right). */
    void click(String window, int button) throws IOException, InterruptedException {
        String info = x("xwininfo", "-id", window);
        int left = field(info, "Absolute upper-left X");
        int top = field(info, "Absolute upper-left Y");
        int x = left + field(info, "Width") / 2;
        int y = top + field(info, "Height") / 2;
        x("xdotool", "mousemove", "--sync", String.valueOf(x), String.valueOf(y), "click", String.valueOf(button));
    }

    /**
     * GTK's pop-up menus on screen: mapped override-redirect windows larger than a tooltip, named as GTK names the
     * program ("java", "Unknot"). Unknot's own Swing pop-ups (the notice after a drive, say) are such windows too,
     * but AWT names them "win0", "win1"...
     */
    int openMenus() throws IOException, InterruptedException {
        return menuSizedPopups(false);
    }

    /**
     * dorkbox's Swing tray menus on screen: AWT names its pop-up windows "win0", "win1"..., and the menu is the
     * mapped override-redirect one larger than the icon's tooltip (one line high). Only for the Swing tray, where
     * no other Unknot pop-up is open.
     */
    int openSwingMenus() throws IOException, InterruptedException {
        return menuSizedPopups(true);
    }

    /** Mapped override-redirect windows of at least 80x80 px, AWT's ("win0"...) or everyone else's. */
    private int menuSizedPopups(boolean awtNamed) throws IOException, InterruptedException {
        int menus = 0;
        for (String window : menuSizedTopWindows()) {
            Finished done = exec("xwininfo", "-id", window);
            String info = done.output();
            if (done.exitCode() == 0 && info.contains("Map State: IsViewable")
                    && info.contains("Override Redirect State: yes")
                    && AWT_POPUP_NAME.matcher(info).find() == awtNamed
                    && field(info, "Width") >= 80 && field(info, "Height") >= 80) {
                menus++;
            }
        }
        return menus;
    }

    /** A docked tray icon whose window is titled {@code name} (a plain word: xdotool takes a POSIX regex): icon-sized, and embedded (its parent is not the root). */
    Optional<String> dockedIconNamed(String name) throws IOException, InterruptedException {
        for (String window : visibleWindowsNamed("^" + name + "$")) {
            String info = x("xwininfo", "-id", window);
            String parent = x("xwininfo", "-tree", "-id", window).lines()
                    .filter(line -> line.contains("Parent window id:")).findFirst().orElse("");
            if (field(info, "Width") <= 64 && field(info, "Height") <= 64 && !parent.contains("(the root window)")) {
                return Optional.of(window);
            }
        }
        return Optional.empty();
    }

    /** Unknot's status windows on screen: mapped, managed (not a pop-up), window-sized, titled "Unknot". */
    int openStatusWindows() throws IOException, InterruptedException {
        int windows = 0;
        for (String window : visibleWindowsNamed("^Unknot$")) {
            String info = x("xwininfo", "-id", window);
            if (info.contains("Override Redirect State: no") && field(info, "Width") > 100
                    && field(info, "Height") > 100) {
                windows++;
            }
        }
        return windows;
    }

    /** The mapped top-level windows with their size and override-redirect state, for failure messages. */
    String describeTopWindows() {
        try {
            StringBuilder out = new StringBuilder();
            for (String window : children("root")) {
                String info = exec("xwininfo", "-id", window).output();
                if (info.contains("IsViewable")) {
                    out.append(window).append(' ').append(info.lines().filter(l -> l.contains("Width")
                            || l.contains("Height") || l.contains("Override") || l.contains("xwininfo:"))
                            .map(String::trim).toList()).append('\n');
                }
            }
            return out.toString();
        } catch (IOException | InterruptedException e) {
            return e.toString();
        }
    }

    /** The pointer to the middle of the screen, off any icon or menu. */
    void movePointerAway() throws IOException, InterruptedException {
        x("xdotool", "mousemove", "--sync", "640", "400");
    }

    void key(String key) throws IOException, InterruptedException {
        x("xdotool", "key", key);
    }

    private static int field(String xwininfo, String name) {
        Matcher m = Pattern.compile(Pattern.quote(name) + ":\\s+(-?\\d+)").matcher(xwininfo);
        assertThat(m.find()).as("%s in xwininfo output %s", name, xwininfo).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** The window ids whose title matches {@code regex} and that are mapped. */
    List<String> visibleWindowsNamed(String regex) throws IOException, InterruptedException {
        return xOrEmpty("xdotool", "search", "--onlyvisible", "--name", regex).lines()
                .filter(l -> !l.isBlank()).toList();
    }

    @Override
    public void close() {
        if (trayer != null) {
            trayer.destroy();
        }
        xvfb.destroy();
        try {
            xvfb.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** True once the display answers; false when Xvfb gave up (say, the display number was taken). */
    private boolean waitUntilUp() {
        return eventuallyGet("Xvfb on " + display + " to answer", Duration.ofSeconds(10), () -> {
            if (!xvfb.isAlive()) {
                return Optional.of(false);
            }
            Process probe = onThisDisplay("xdpyinfo").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return probe.waitFor() == 0 ? Optional.of(true) : Optional.empty();
        });
    }

    /** Ends the tray host, as when a panel quits or restarts. */
    void stopTrayer() throws InterruptedException {
        trayer.destroy();
        trayer.waitFor(10, TimeUnit.SECONDS);
        trayer = null;
    }

    void startTrayer() throws Exception {
        trayer = onThisDisplay("trayer", "--edge", "top", "--align", "right", "--widthtype", "request", "--height",
                "24", "--SetDockType", "true").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        // trayer owns the tray selection once its panel window exists.
        eventually("trayer's panel", Duration.ofSeconds(10), () -> !panelIdOrEmpty().isEmpty());
    }

    /** trayer's panel: a real window of another client, handy as a stand-in application window. */
    String panelWindow() throws IOException, InterruptedException {
        String panel = panelIdOrEmpty();
        assertThat(panel).as("trayer's panel window").isNotEmpty();
        return panel;
    }

    private String panelIdOrEmpty() throws IOException, InterruptedException {
        for (String line : x("xwininfo", "-root", "-children").split("\n")) {
            if (line.contains("(\"panel\" \"trayer\")")) {
                Matcher m = WINDOW_ID.matcher(line);
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return "";
    }

    /**
     * Top-level windows of menu size not named as AWT names its own pop-ups, from one listing of the root's
     * children: only these need a closer look, and a poll stays one process instead of one per window.
     */
    private List<String> menuSizedTopWindows() throws IOException, InterruptedException {
        Finished listed = exec("xwininfo", "-root", "-children");
        List<String> ids = new ArrayList<>();
        Matcher line = TOP_WINDOW_LINE.matcher(listed.output());
        while (line.find()) {
            if (!line.group(2).matches("\"win\\d+\".*") && Integer.parseInt(line.group(3)) >= 80
                    && Integer.parseInt(line.group(4)) >= 80) {
                ids.add(line.group(1));
            }
        }
        return ids;
    }

    private List<String> children(String window) throws IOException, InterruptedException {
        List<String> ids = new ArrayList<>();
        Finished listed;
        int tries = 0;
        do {
            // xwininfo fails when a child window goes while it reads it (a menu opening or closing): read again.
            listed = "root".equals(window) ? exec("xwininfo", "-root", "-children")
                    : exec("xwininfo", "-children", "-id", window);
        } while (listed.exitCode() != 0 && ++tries < LISTING_TRIES);
        if (listed.exitCode() != 0) {
            return ids; // the window itself is gone
        }
        String output = listed.output();
        int start = output.indexOf("child");
        if (start < 0) {
            return ids;
        }
        Matcher m = WINDOW_ID.matcher(output.substring(output.indexOf('\n', start)));
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** What a finished X tool printed (standard error included) and returned. */
    private record Finished(int exitCode, String output) {}

    private Finished exec(String... command) throws IOException, InterruptedException {
        Process process = onThisDisplay(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        return new Finished(process.exitValue(), output);
    }

    private ProcessBuilder onThisDisplay(String... command) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("DISPLAY", display);
        return builder;
    }
}
