package io.unknot.settings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.prefs.BackingStoreException;
import java.util.prefs.PreferenceChangeEvent;
import java.util.prefs.Preferences;

/**
 * Where the settings live: the user's java.util.prefs node with an administrator's presets as fallback, the
 * effective values cached, changes saved in the background, and a save at exit. {@link Settings} is the typed face
 * of it; {@link SettingsXml} moves it to and from a file.
 *
 * <p>Values live under {@value Settings#NODE} of the user root; the same node of the system root holds an
 * administrator's presets, which the user's own values override. The effective values are cached and worked out
 * again only when something changes, so a corrupt stored value is logged once, not on every read.
 *
 * <p>A change is in effect (for {@link #get} and the change sink) at once. Only one background thread touches the
 * user's preferences node: it writes changes there and saves them to disk (several quick changes in one go), and it
 * re-reads values that someone else wrote into the node. So a write from the Swing thread never waits for the disk.
 * Changes still pending when the JVM exits are saved by a shutdown hook; {@link #flush()} waits for the save.
 *
 * <p>The sink hears each real change of an effective value once, on the thread that made the change or on the
 * background thread for a write made directly into the node.
 */
final class SettingsStore {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
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
    private final Consumer<SettingChange<?>> sink;
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

    SettingsStore(Preferences user, Optional<Preferences> presets, Consumer<SettingChange<?>> sink) {
        this.user = user;
        this.presets = presets;
        this.sink = sink;
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

    /** The stored value, else the system preset, else the default; never an invalid value. */
    @SuppressWarnings("unchecked")
    <T> T get(Setting<T> setting) {
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

    /**
     * Stores these texts (already checked and canonical; empty forgets the user's value) in one batch and tells the
     * sink of every effective value that changed.
     */
    void write(Map<Setting<?>, Optional<String>> texts) {
        texts.keySet().forEach(this::get); // makes sure each setting is known before it is written
        List<SettingChange<?>> changes = new ArrayList<>();
        synchronized (lock) {
            texts.forEach((setting, text) -> write(setting.key(), text));
            for (Setting<?> setting : texts.keySet()) {
                refresh(setting, changes);
            }
        }
        fire(changes);
    }

    /**
     * Waits until every change made so far is on disk, where the next launch (another process) reads it. Not
     * needed for correctness: changes are saved shortly after they are made, and on exit.
     */
    void flush() {
        try {
            background.submit(this::save).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.warn("Saving settings failed", e.getCause());
        }
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
        List<SettingChange<?>> changes = new ArrayList<>();
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
        List<SettingChange<?>> changes = new ArrayList<>();
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

    @SuppressWarnings("unchecked") // effective holds a T under the key of every Setting<T>
    private <T> void refresh(Setting<T> setting, List<SettingChange<?>> changes) {
        T now = resolve(setting);
        T before = (T) effective.put(setting.key(), now);
        if (!Objects.equals(before, now)) {
            changes.add(new SettingChange<>(setting, before, now));
        }
    }

    private void fire(List<SettingChange<?>> changes) {
        changes.forEach(sink);
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

}
