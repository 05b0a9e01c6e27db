package io.unknot.settings;

import io.unknot.core.BreakKind;
import io.unknot.core.BreakRule;
import io.unknot.core.BreakSettings;
import io.unknot.core.WorkingHours;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The user's settings, typed: reads, validated writes and typed change subscriptions over a {@link SettingsStore}
 * (preferences, presets, background saving). Opened once per process and passed to whoever needs it.
 *
 * <p>A change is in effect for {@link #get} at once. Subscribers hear each real change of an effective value once,
 * on the thread that made the change (the caller of {@link #set} or {@link #reset}, or an import) or on the
 * store's background thread for a write made directly into the preferences node; they must not block.
 */
public final class Settings {

    /** The node, relative to the user and system roots, that holds Unknot's values. */
    public static final String NODE = "io/unknot";

    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);

    private final List<Consumer<SettingChange<?>>> subscribers = new CopyOnWriteArrayList<>();
    private final SettingsStore store;

    private Settings(Preferences user, Optional<Preferences> presets) {
        this.store = new SettingsStore(user, presets, this::fire);
    }

    /** Settings stored under {@code /io/unknot} of the given user root, with presets from the system root. */
    public static Settings open(Preferences userRoot, Preferences systemRoot) {
        return new Settings(userRoot.node(NODE), presetNode(systemRoot));
    }

    /**
     * The real user and system roots of java.util.prefs. On Linux and other Unixes the system root is only
     * consulted when its folder exists ({@code /etc/.java/.systemPrefs}, or the {@code java.util.prefs.systemRoot}
     * property's, or the JDK's own fallback under {@code java.home}): otherwise the JDK would try to create it in
     * the Java installation and warn on every start.
     */
    public static Settings openDefault() {
        Optional<Preferences> presets = systemRootUsable(System.getProperty("os.name", ""),
                System.getProperty("java.util.prefs.systemRoot"), System.getProperty("java.home", ""))
                ? presetNode(Preferences.systemRoot()) : Optional.empty();
        return new Settings(Preferences.userRoot().node(NODE), presets);
    }

    /** Whether asking the JDK for the system root can find presets without side effects. */
    static boolean systemRootUsable(String osName, String systemRootProperty, String javaHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true; // the registry or a plist: nothing is created on disk
        }
        Path root = Path.of(systemRootProperty == null ? "/etc/.java" : systemRootProperty, ".systemPrefs");
        return Files.isDirectory(root) || Files.isDirectory(Path.of(javaHome, ".systemPrefs"));
    }

    /** The stored value, else the system preset, else the default; never an invalid value. */
    public <T> T get(Setting<T> setting) {
        return store.get(setting);
    }

    /** Stores the value and tells subscribers; refuses a value out of range without storing anything. */
    public <T> void set(Setting<T> setting, T value) throws InvalidSettingException {
        Objects.requireNonNull(value, "value");
        Optional<Setting.Problem> problem = setting.validate(value);
        if (problem.isPresent()) {
            throw new InvalidSettingException(setting, problem.get(),
                    setting.key() + " = " + setting.encode(value) + " is outside " + setting.range());
        }
        store.write(Map.of(setting, Optional.of(setting.encode(value))));
    }

    /** Forgets the user's value: the preset or default applies again. */
    public void reset(Setting<?> setting) {
        reset(List.of(setting));
    }

    /** Forgets the user's values of all these settings in one write. */
    public void reset(Collection<? extends Setting<?>> settings) {
        Map<Setting<?>, Optional<String>> removals = new LinkedHashMap<>();
        settings.forEach(setting -> removals.put(setting, Optional.empty()));
        store.write(removals);
    }

    /** Forgets every user value. */
    public void resetAll() {
        reset(Keys.all());
    }

    /** Stores checked, canonical texts in one write, for an import. */
    void writeTexts(Map<Setting<?>, String> texts) {
        Map<Setting<?>, Optional<String>> writes = new LinkedHashMap<>();
        texts.forEach((setting, text) -> writes.put(setting, Optional.of(text)));
        store.write(writes);
    }

    /**
     * Calls {@code handler} with the new value whenever {@code setting}'s effective value changes.
     *
     * @return closing it stops the calls
     */
    public <T> Subscription onChange(Setting<T> setting, Consumer<? super T> handler) {
        Objects.requireNonNull(handler, "handler");
        return onAnyChange(change -> {
            if (change.setting().equals(setting)) {
                handler.accept(valueOf(setting, change));
            }
        });
    }

    /** The one cast: a change of {@code setting} carries a value of its type, as the store put it there. */
    @SuppressWarnings("unchecked")
    private static <T> T valueOf(Setting<T> setting, SettingChange<?> change) {
        return ((SettingChange<T>) change).after();
    }

    /**
     * Calls {@code handler} with every real change of any setting, e.g. to refresh a view or re-plan breaks.
     *
     * @return closing it stops the calls
     */
    public Subscription onAnyChange(Consumer<SettingChange<?>> handler) {
        Consumer<SettingChange<?>> subscriber = Objects.requireNonNull(handler, "handler");
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    /** The break-related settings as the engine wants them. */
    public BreakSettings breakSettings() {
        Map<BreakKind, BreakRule> rules = new EnumMap<>(BreakKind.class);
        for (BreakKind kind : BreakKind.values()) {
            Keys.BreakKeys keys = Keys.BREAKS.get(kind);
            rules.put(kind, new BreakRule(get(keys.enabled()), get(keys.interval()), get(keys.duration()),
                    get(keys.postpone()), get(keys.postponeLimit()), get(keys.strict())));
        }
        WorkingHours hours = new WorkingHours(get(Keys.WORKING_HOURS_ENABLED), get(Keys.WORKING_DAYS),
                get(Keys.WORKING_START), get(Keys.WORKING_END));
        return new BreakSettings(rules, get(Keys.WARNING_LEAD), get(Keys.IDLE_THRESHOLD), get(Keys.FIXED_INTERVAL),
                hours, get(Keys.DAILY_SITTING_LIMIT), get(Keys.DEFER_LIMIT), get(Keys.ESCALATE_AFTER));
    }

    /**
     * Waits until every change made so far is on disk, where the next launch (another process) reads it. Not
     * needed for correctness: changes are saved shortly after they are made, and on exit.
     */
    public void flush() {
        store.flush();
    }

    private void fire(SettingChange<?> change) {
        for (Consumer<SettingChange<?>> subscriber : subscribers) {
            try {
                subscriber.accept(change);
            } catch (RuntimeException e) {
                LOG.warn("A settings subscriber failed on {}", change.setting().key(), e);
            }
        }
    }

    /** The presets node, only when an administrator created it: reading must never create system nodes. */
    private static Optional<Preferences> presetNode(Preferences systemRoot) {
        try {
            return systemRoot.nodeExists(NODE) ? Optional.of(systemRoot.node(NODE)) : Optional.empty();
        } catch (BackingStoreException | IllegalStateException | SecurityException e) {
            LOG.warn("Cannot read system-wide setting presets: {}", e.toString());
            return Optional.empty();
        }
    }
}
