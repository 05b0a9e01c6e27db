package io.unknot.ui.tray;

import dorkbox.systemTray.Entry;
import dorkbox.systemTray.Menu;
import dorkbox.systemTray.MenuItem;
import dorkbox.systemTray.SystemTray;
import dorkbox.systemTray.SystemTray.TrayType;
import io.unknot.i18n.Messages;
import io.unknot.ui.icons.TrayIconState;
import io.unknot.ui.icons.ProgressIcon;
import io.unknot.ui.tray.MenuEntry.Item;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.ImageIO;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The tray icon through dorkbox SystemTray. Keeps the entries it created next to the model they came from, so a
 * new model that differs only in text or enabled state is patched in place; any other change rebuilds the menu.
 */
final class DorkboxTray implements TrayView {

    private static final Logger LOG = LoggerFactory.getLogger(DorkboxTray.class);
    private final Messages texts;
    private static final String TRAY_NAME = "Unknot";
    /** dorkbox's own switch; when an administrator or user sets it we leave the choice to them. */
    static final String FORCE_TYPE_PROPERTY = SystemTray.class.getCanonicalName() + ".FORCE_TRAY_TYPE";

    private final SystemTray tray;
    private final Consumer<TrayCommand> onCommand;
    /** Only for dorkbox's Swing tray, whose menu otherwise opens on some clicks only. */
    private final Optional<SwingTrayClicks> swingClicks;
    /** The dorkbox entries of each submenu, in model order, for patching. */
    private final Map<Menu, List<Entry>> submenus = new IdentityHashMap<>();
    /** The command each clickable item runs, swapped in place when the model changes only that. */
    private final Map<MenuItem, AtomicReference<TrayCommand>> commands = new IdentityHashMap<>();
    private List<MenuEntry> model = List.of();
    private List<Entry> entries = List.of();

    private DorkboxTray(Messages texts, SystemTray tray, Consumer<TrayCommand> onCommand) {
        this.texts = texts;
        this.tray = tray;
        this.onCommand = onCommand;
        this.swingClicks = tray.getType() == TrayType.Swing ? Optional.of(new SwingTrayClicks(TRAY_NAME))
                : Optional.empty();
    }

    /** Creates the tray icon, or says why it cannot. {@code onCommand} runs on the tray library's thread. */
    static Opened open(Messages texts, Consumer<TrayCommand> onCommand, BooleanSupplier xembedHostPresent) {
        if (GraphicsEnvironment.isHeadless()) {
            return Opened.failed(texts.text("noTray.headless"));
        }
        // dorkbox would otherwise report to its update server every few hours; Unknot makes no network calls.
        dorkbox.updates.Updates.INSTANCE.setENABLE(false);
        TrayType type = chooseType(System.getenv("XDG_CURRENT_DESKTOP"), System.getProperty(FORCE_TYPE_PROPERTY));
        if (type == TrayType.Gtk && !xembedHostPresent.getAsBoolean()) {
            // A GtkStatusIcon would wait silently for a tray that never comes.
            LOG.warn("no XEmbed system tray on this X display");
            GtkLoop.awaitAhead(); // the status window comes next, and with it AWT's X connection
            return Opened.failed(texts.text("noTray.unsupported"));
        }
        SystemTray.FORCE_TRAY_TYPE = type;
        try {
            if (isLinux() && !GtkLoop.startAndAwait()) {
                return Opened.failed(texts.text("noTray.gtk"));
            }
            SystemTray tray = SystemTray.get(TRAY_NAME);
            if (tray == null) {
                LOG.warn("dorkbox SystemTray found no usable tray (asked for {})", type);
                return Opened.failed(texts.text("noTray.unsupported"));
            }
            LOG.info("tray icon shown with dorkbox SystemTray {} as {}", SystemTray.getVersion(), tray.getType());
            return new Opened(Optional.of(new DorkboxTray(texts, tray, onCommand)), "");
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("dorkbox SystemTray failed", e);
            return Opened.failed(texts.text("noTray.failed", String.valueOf(e.getMessage())));
        }
    }

    /** Either a tray or the reason there is none. */
    record Opened(Optional<DorkboxTray> tray, String failure) {
        static Opened failed(String reason) {
            return new Opened(Optional.empty(), reason);
        }
    }

    /**
     * On an X11 session without a known desktop (a window manager with trayer or stalonetray) a GtkStatusIcon is the
     * leanest icon that docks and it works as root too, where dorkbox would switch AppIndicator to its Swing tray.
     * Known desktops keep dorkbox's detection (AppIndicator on KDE, GNOME and Ubuntu; native on Windows and macOS).
     */
    static TrayType chooseType(String desktop, String forced) {
        if (forced != null && !forced.isBlank()) {
            return TrayType.AutoDetect.safeFromString(forced);
        }
        return isLinux() && (desktop == null || desktop.isBlank()) ? TrayType.Gtk : TrayType.AutoDetect;
    }

    static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    }

    /**
     * Patches the entries in place when only labels, enabled states or commands changed (the usual case: a status
     * line, start/end drive); otherwise removes every entry through its parent menu and adds the new ones. dorkbox
     * keeps a menu's entry list on the Java side and computes insert positions from it: an entry removed with its
     * own {@code remove()} stays in that list, so the next {@code add} aims past the end of the native menu
     * (IndexOutOfBoundsException in GtkMenu.add) and leaves GTK a half-built menu that aborts on the next click.
     */
    @Override
    public synchronized void showMenu(List<MenuEntry> menu) {
        if (sameShape(model, menu)) {
            patch(model, menu, entries);
        } else {
            Menu root = tray.getMenu();
            for (Entry entry : root.getEntries()) {
                root.remove(entry);
            }
            submenus.clear();
            commands.clear();
            entries = addAll(root, menu);
        }
        model = menu;
    }

    @Override
    public void showIcon(TrayIconState state, double progress) {
        // The panel's color is not known to the tray library: one ring that reads on light and dark panels alike.
        // Handed over as PNG bytes of the tray's size: dorkbox then stores them as they are, where for an Image it
        // would wait on a MediaTracker, which starts AWT's display toolkit that a native tray never needs.
        tray.setImage(new ByteArrayInputStream(png(ProgressIcon.render(state, progress, tray.getTrayImageSize()))));
        swingClicks.ifPresent(SwingTrayClicks::installAfterImage);
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the tray icon", e); // in memory: not expected
        }
        return bytes.toByteArray();
    }

    @Override
    public void showTooltip(String text) {
        // AppIndicators have no tooltips and dorkbox warns when asked for one.
        if (tray.getType() != TrayType.AppIndicator) {
            tray.setTooltip(text);
        }
    }

    @Override
    public boolean dependsOnXEmbedHost() {
        TrayType type = tray.getType();
        return type == TrayType.Gtk || type == TrayType.Swing || type == TrayType.Awt;
    }

    @Override
    public void remove() {
        tray.shutdown();
    }

    private List<Entry> addAll(Menu parent, List<MenuEntry> menu) {
        List<Entry> added = new ArrayList<>();
        for (MenuEntry entry : menu) {
            added.add(parent.add(create(entry)));
        }
        return added;
    }

    private Entry create(MenuEntry entry) {
        if (!(entry instanceof Item item)) {
            return new dorkbox.systemTray.Separator();
        }
        if (item.isSubmenu()) {
            // Children may be added before the submenu is attached: dorkbox binds them all when it is.
            Menu submenu = new Menu(item.label());
            submenus.put(submenu, addAll(submenu, item.submenu()));
            submenu.setEnabled(item.enabled());
            return submenu;
        }
        MenuItem menuItem;
        if (item.command().isPresent()) {
            // The item runs whatever command its line holds now, so a new command is a patch, not a rebuild.
            AtomicReference<TrayCommand> command = new AtomicReference<>(item.command().get());
            menuItem = new MenuItem(item.label(), e -> onCommand.accept(command.get()));
            commands.put(menuItem, command);
        } else {
            menuItem = new MenuItem(item.label());
        }
        menuItem.setEnabled(item.enabled());
        return menuItem;
    }

    private void patch(List<MenuEntry> before, List<MenuEntry> after, List<Entry> peers) {
        for (int i = 0; i < after.size(); i++) {
            if (!(after.get(i) instanceof Item now) || !(before.get(i) instanceof Item was)) {
                continue;
            }
            Entry peer = peers.get(i);
            if (peer instanceof MenuItem menuItem) {
                if (!Objects.equals(was.label(), now.label())) {
                    menuItem.setText(now.label());
                }
                if (was.enabled() != now.enabled()) {
                    menuItem.setEnabled(now.enabled());
                }
                now.command().ifPresent(command -> commands.get(menuItem).set(command));
            }
            if (peer instanceof Menu submenu && now.isSubmenu()) {
                if (was.enabled() != now.enabled()) {
                    submenu.setEnabled(now.enabled());
                }
                patch(was.submenu(), now.submenu(), submenus.getOrDefault(submenu, List.of()));
            }
        }
    }

    /**
     * Same lines in the same places: separators where separators were, submenus of the same shape, and items that
     * are clickable where clickable items were. Labels, enabled states and commands may differ.
     */
    static boolean sameShape(List<MenuEntry> a, List<MenuEntry> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            MenuEntry x = a.get(i);
            MenuEntry y = b.get(i);
            if (x.getClass() != y.getClass()) {
                return false;
            }
            if (x instanceof Item ix && y instanceof Item iy
                    && (ix.command().isPresent() != iy.command().isPresent() || ix.isSubmenu() != iy.isSubmenu()
                    || !sameShape(ix.submenu(), iy.submenu()))) {
                return false;
            }
        }
        return true;
    }
}
