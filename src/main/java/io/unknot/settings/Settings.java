package io.unknot.settings;

import io.unknot.core.BreakKind;
import io.unknot.core.BreakRule;
import io.unknot.core.BreakSettings;
import io.unknot.core.WorkingHours;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.PreferenceChangeEvent;
import java.util.prefs.Preferences;

/**
 * The user's settings: typed reads and validated writes over java.util.prefs, with system-wide presets as
 * fallback, change listeners, and export/import in the Preferences XML format.
 *
 * <p>Values live under {@value #NODE} of the user root; the same node of the system root holds an
 * administrator's presets, which the user's own values override. The effective values are cached and worked out
 * again only when something changes, so a corrupt stored value is logged once, not on every read.
 *
 * <p>A change is in effect (for {@link #get} and listeners) at once. Only one background thread touches the
 * user's preferences node: it writes changes there and saves them to disk a moment later (several quick changes
 * in one go), and it re-reads values that someone else wrote into the node. So a write from the Swing thread
 * never waits for the disk. Changes still pending when the JVM exits are saved by a shutdown hook;
 * {@link #flush()} waits for the save.
 *
 * <p>Listeners are told, once per real change of an effective value, on the thread that made the change (the
 * caller of {@link #set}, {@link #reset} or {@link #importFrom}) or on the background thread for a write made
 * directly into the node; they must not block.
 */
public final class Settings {

    /** The node, relative to the user and system roots, that holds Unknot's values. */
    public static final String NODE = "io/unknot";

    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);
    private static final long EXIT_SAVE_SECONDS = 5;

    private final Preferences user;
    private final Optional<Preferences> presets;
    private final Map<String, Setting<?>> known = new ConcurrentHashMap<>();
    private final Map<String, Object> effective = new ConcurrentHashMap<>();
    /** The user's stored texts as far as this process knows them, our own unsaved changes included. */
    private final Map<String, String> userTexts = new HashMap<>();
    /** Our changes not yet written into the node: a text, or empty for a removal. */
    private final Map<String, Optional<String>> unsaved = new LinkedHashMap<>();
    /** The bad text last warned about per source and key, so one bad value gives one warning. */
    private final Map<String, String> warned = new ConcurrentHashMap<>();
    private final List<SettingsListener> listeners = new CopyOnWriteArrayList<>();
    /** Guards userTexts, unsaved and the step from a change to the effective values. */
    private final Object lock = new Object();
    /** The one thread for the user node's I/O; it goes away when idle, so an unused Settings costs no thread. */
    private final ThreadPoolExecutor background = new ThreadPoolExecutor(0, 1, 2, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), task -> {
                Thread thread = new Thread(task, "unknot-settings");
                thread.setDaemon(true);
                return thread;
            });
    private boolean saveQueued;

    private Settings(Preferences user, Optional<Preferences> presets) {
        this.user = user;
        this.presets = presets;
        synchronized (lock) {
            loadUserTexts();
            for (Setting<?> setting : Keys.all()) {
                known.put(setting.key(), setting);
                effective.put(setting.key(), resolve(setting));
            }
        }
        user.addPreferenceChangeListener(this::userNodeChanged);
        presets.ifPresent(node -> node.addPreferenceChangeListener(this::presetChanged));
        // A change made just before quitting is saved even if the background thread has not got to it.
        // Waits behind a save already under way, which the JVM would otherwise cut off.
        Runtime.getRuntime().addShutdownHook(new Thread(this::saveBeforeExit, "unknot-settings-exit"));
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
    @SuppressWarnings("unchecked")
    public <T> T get(Setting<T> setting) {
        Object value = effective.get(setting.key());
        if (value == null) {
            // A setting outside Keys (e.g. added by a later version): learn it on first use.
            synchronized (lock) {
                known.putIfAbsent(setting.key(), setting);
                value = effective.computeIfAbsent(setting.key(), k -> resolve(setting));
            }
        }
        return (T) value;
    }

    /** Stores the value and tells listeners; refuses a value out of range without storing anything. */
    public <T> void set(Setting<T> setting, T value) throws InvalidSettingException {
        Objects.requireNonNull(value, "value");
        Optional<Setting.Problem> problem = setting.validate(value);
        if (problem.isPresent()) {
            throw new InvalidSettingException(setting, problem.get(),
                    setting.key() + " = " + setting.encode(value) + " is outside " + setting.range());
        }
        get(setting); // makes sure the setting is known before it is written
        List<Change> changes = new ArrayList<>();
        synchronized (lock) {
            write(setting.key(), Optional.of(setting.encode(value)));
            refresh(setting, changes);
        }
        fire(changes);
    }

    /** Forgets the user's value: the preset or default applies again. */
    public void reset(Setting<?> setting) {
        reset(List.of(setting));
    }

    /** Forgets the user's values of all these settings in one write. */
    public void reset(Collection<? extends Setting<?>> settings) {
        settings.forEach(this::get);
        List<Change> changes = new ArrayList<>();
        synchronized (lock) {
            for (Setting<?> setting : settings) {
                write(setting.key(), Optional.empty());
                refresh(setting, changes);
            }
        }
        fire(changes);
    }

    /** Forgets every user value. */
    public void resetAll() {
        reset(Keys.all());
    }

    public void addListener(SettingsListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(SettingsListener listener) {
        listeners.remove(listener);
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
     * Writes every setting's effective value (presets included, so the file is a complete snapshot) in the
     * Preferences XML format; the file is replaced atomically.
     */
    public void exportTo(Path file) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        for (Setting<?> setting : Keys.all()) {
            entries.put(setting.key(), encodeCurrent(setting));
        }
        SettingsFile.write(file, NODE, entries);
    }

    /**
     * Validates the whole file first; on any bad entry nothing is written and the exception names it. Settings
     * the file does not mention keep their current values. Returns once the imported values are on disk: an
     * import is a deliberate, rare act, and the user expects it to survive whatever happens next.
     */
    public void importFrom(Path file) throws IOException, InvalidSettingException {
        Map<String, String> entries = SettingsFile.read(file, NODE);
        Map<Setting<?>, String> valid = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            Setting<?> setting = Keys.byKey(entry.getKey()).orElseThrow(() -> new InvalidSettingException(null,
                    new Setting.Problem("setting.error.unknownKey", entry.getKey()),
                    file + ": unknown entry " + entry.getKey(), entry.getKey()));
            checkDecoded(setting, entry.getValue(), entry.getKey());
            valid.put(setting, entry.getValue());
        }
        List<Change> changes = new ArrayList<>();
        synchronized (lock) {
            for (Map.Entry<Setting<?>, String> entry : valid.entrySet()) {
                // Stored in canonical form (e.g. " TRUE " becomes "true").
                write(entry.getKey().key(), Optional.of(canonical(entry.getKey(), entry.getValue())));
            }
            for (Setting<?> setting : valid.keySet()) {
                refresh(setting, changes);
            }
        }
        fire(changes);
        flush();
        LOG.info("Imported {} settings from {}", valid.size(), file);
    }

    /**
     * Waits until every change made so far is on disk, where the next launch (another process) reads it. Not
     * needed for correctness: changes are saved shortly after they are made, and on exit.
     */
    public void flush() {
        try {
            background.submit(this::save).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.warn("Saving settings failed", e.getCause());
        }
    }

    private static <T> T checkDecoded(Setting<T> setting, String text, String entry) throws InvalidSettingException {
        T value;
        try {
            value = setting.decode(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(setting, new Setting.Problem("setting.error.malformed", text),
                    entry + " = \"" + text + "\" is malformed", entry);
        }
        Optional<Setting.Problem> problem = setting.validate(value);
        if (problem.isPresent()) {
            throw new InvalidSettingException(setting, problem.get(),
                    entry + " = \"" + text + "\" is outside " + setting.range(), entry);
        }
        return value;
    }

    private static <T> String canonical(Setting<T> setting, String text) {
        return setting.encode(setting.decode(text));
    }

    private <T> String encodeCurrent(Setting<T> setting) {
        return setting.encode(get(setting));
    }

    /** Records a change of the user layer (under the lock) and has it saved, unless nothing changes. */
    private void write(String key, Optional<String> text) {
        if (Objects.equals(userTexts.get(key), text.orElse(null))) {
            return;
        }
        text.ifPresentOrElse(t -> userTexts.put(key, t), () -> userTexts.remove(key));
        unsaved.put(key, text);
        if (!saveQueued) {
            saveQueued = true;
            background.execute(this::save);
        }
    }

    private void saveBeforeExit() {
        try {
            background.submit(this::save).get(EXIT_SAVE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("Settings may not have been saved before exit: {}", e.toString());
        }
    }

    /** On the background thread: hands our changes to the node and flushes it (one small file). */
    private void save() {
        Map<String, Optional<String>> batch;
        synchronized (lock) {
            saveQueued = false;
            batch = new LinkedHashMap<>(unsaved);
            unsaved.clear();
        }
        if (batch.isEmpty()) {
            return; // every earlier batch was flushed right after it was written
        }
        try {
            batch.forEach((key, text) -> text.ifPresentOrElse(t -> user.put(key, t), () -> user.remove(key)));
            user.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            LOG.warn("Could not save settings to {}; they stay in effect until Unknot quits: {}",
                    user.absolutePath(), e.toString());
        }
    }

    /**
     * A write into the user node: ours coming back, or someone else's. Re-read on the background thread, after
     * any of our writes queued before it, so the node and our view agree.
     */
    private void userNodeChanged(PreferenceChangeEvent event) {
        if (known.containsKey(event.getKey())) {
            background.execute(() -> reload(event.getKey()));
        }
    }

    private void reload(String key) {
        String text;
        try {
            text = user.get(key, null);
        } catch (IllegalStateException e) { // the node was removed
            return;
        }
        List<Change> changes = new ArrayList<>();
        synchronized (lock) {
            if (unsaved.containsKey(key)) {
                return; // a newer change of ours is on its way to the node
            }
            if (Objects.equals(userTexts.get(key), text)) {
                return;
            }
            if (text == null) {
                userTexts.remove(key);
            } else {
                userTexts.put(key, text);
            }
            refresh(known.get(key), changes);
        }
        fire(changes);
    }

    /** An administrator changed a preset while we run. */
    private void presetChanged(PreferenceChangeEvent event) {
        Setting<?> setting = known.get(event.getKey());
        if (setting == null) {
            return;
        }
        List<Change> changes = new ArrayList<>();
        synchronized (lock) {
            refresh(setting, changes);
        }
        fire(changes);
    }

    private void loadUserTexts() {
        try {
            for (String key : user.keys()) {
                String text = user.get(key, null);
                if (text != null) {
                    userTexts.put(key, text);
                }
            }
        } catch (BackingStoreException | IllegalStateException e) {
            LOG.warn("Cannot read the stored settings in {}; using presets and defaults: {}", user.absolutePath(),
                    e.toString());
        }
    }

    private void refresh(Setting<?> setting, List<Change> changes) {
        Object now = resolve(setting);
        Object before = effective.put(setting.key(), now);
        if (!Objects.equals(before, now)) {
            changes.add(new Change(setting, before, now));
        }
    }

    private void fire(List<Change> changes) {
        for (Change change : changes) {
            for (SettingsListener listener : listeners) {
                try {
                    listener.changed(change.setting(), change.before(), change.after());
                } catch (RuntimeException e) {
                    LOG.warn("A settings listener failed on {}", change.setting().key(), e);
                }
            }
        }
    }

    /** Under the lock. */
    private <T> T resolve(Setting<T> setting) {
        T preset = presets.flatMap(node -> presetText(node, setting.key()))
                .flatMap(text -> valid(setting, text, presets.get().absolutePath(), "preset"))
                .orElse(setting.defaultValue());
        return Optional.ofNullable(userTexts.get(setting.key()))
                .flatMap(text -> valid(setting, text, user.absolutePath(), "user"))
                .orElseGet(() -> {
                    if (!userTexts.containsKey(setting.key())) {
                        warned.remove("user:" + setting.key());
                    }
                    return preset;
                });
    }

    private static Optional<String> presetText(Preferences node, String key) {
        try {
            return Optional.ofNullable(node.get(key, null));
        } catch (IllegalStateException e) { // the node was removed
            return Optional.empty();
        }
    }

    /** The stored text as a value, or empty (with one warning) when it is malformed or out of range. */
    private <T> Optional<T> valid(Setting<T> setting, String text, String nodePath, String source) {
        String warnKey = source + ':' + setting.key();
        T value;
        try {
            value = setting.decode(text);
        } catch (IllegalArgumentException e) {
            warnOnce(warnKey, nodePath, setting, text, "is malformed", source);
            return Optional.empty();
        }
        if (setting.validate(value).isPresent()) {
            warnOnce(warnKey, nodePath, setting, text, "is outside " + setting.range(), source);
            return Optional.empty();
        }
        warned.remove(warnKey);
        return Optional.of(value);
    }

    private void warnOnce(String warnKey, String nodePath, Setting<?> setting, String text, String why,
                          String source) {
        if (!text.equals(warned.put(warnKey, text))) {
            LOG.warn("Ignoring stored setting {}/{} = \"{}\": it {}; using the {} instead", nodePath, setting.key(),
                    text, why, source.equals("user") && presets.isPresent() ? "preset or default" : "default");
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

    private record Change(Setting<?> setting, Object before, Object after) {}
}
