package io.unknot.settings;

import io.unknot.core.BreakKind;
import io.unknot.core.BreakRule;
import io.unknot.core.BreakSettings;
import io.unknot.core.WorkingHours;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.prefs.BackingStoreException;
import java.util.prefs.PreferenceChangeEvent;
import java.util.prefs.Preferences;

/**
 * The user's settings: typed reads and validated writes over java.util.prefs, with system-wide presets as
 * fallback, change listeners, and export/import in the Preferences XML format.
 *
 * <p>Values live under {@value #NODE} of the user root; the same node of the system root holds an
 * administrator's presets, which the user's own values override. The effective values are cached and re-read
 * only when a preferences node reports a change, so a corrupt stored value is logged once, not on every read.
 *
 * <p>Listeners are told on the thread that made the change (the caller of {@link #set}, {@link #reset} or
 * {@link #importFrom}, or the preferences event thread for a direct write to the node); they must not block.
 */
public final class Settings {

    /** The node, relative to the user and system roots, that holds Unknot's values. */
    public static final String NODE = "io/unknot";

    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);

    private final Preferences user;
    private final Optional<Preferences> presets;
    private final Map<String, Setting<?>> known = new ConcurrentHashMap<>();
    private final Map<String, Object> effective = new ConcurrentHashMap<>();
    /** The bad text last warned about per source and key, so one bad value gives one warning. */
    private final Map<String, String> warned = new ConcurrentHashMap<>();
    private final List<SettingsListener> listeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();

    private Settings(Preferences user, Optional<Preferences> presets) {
        this.user = user;
        this.presets = presets;
        for (Setting<?> setting : Keys.all()) {
            known.put(setting.key(), setting);
            effective.put(setting.key(), resolve(setting));
        }
        user.addPreferenceChangeListener(this::nodeChanged);
        presets.ifPresent(node -> node.addPreferenceChangeListener(this::nodeChanged));
    }

    /** Settings stored under {@code /io/unknot} of the given user root, with presets from the system root. */
    public static Settings open(Preferences userRoot, Preferences systemRoot) {
        return new Settings(userRoot.node(NODE), presetNode(systemRoot));
    }

    /** The real user and system roots of java.util.prefs. */
    public static Settings openDefault() {
        return open(Preferences.userRoot(), Preferences.systemRoot());
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
            put(setting.key(), setting.encode(value));
            refresh(setting, changes);
        }
        save();
        fire(changes);
    }

    /**
     * Parses {@code text} as the stored form of the setting named {@code key} (as the README lists it) and stores
     * it; for the remote control and other text sources.
     */
    public void setFromText(String key, String text) throws InvalidSettingException {
        Setting<?> setting = Keys.byKey(key).orElseThrow(() -> new InvalidSettingException(null,
                new Setting.Problem("setting.error.unknownKey", key), "unknown setting " + key, key));
        setDecoded(setting, text, key);
    }

    /** Forgets the user's value: the preset or default applies again. */
    public void reset(Setting<?> setting) {
        reset(List.of(setting));
    }

    /** Forgets the user's values of all these settings in one write. */
    public void reset(Collection<? extends Setting<?>> settings) {
        List<Change> changes = new ArrayList<>();
        synchronized (lock) {
            for (Setting<?> setting : settings) {
                get(setting);
                user.remove(setting.key());
                refresh(setting, changes);
            }
        }
        save();
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
                hours, get(Keys.DAILY_SITTING_LIMIT), get(Keys.DEFER_LIMIT));
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
     * the file does not mention keep their current values.
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
                put(entry.getKey().key(), canonical(entry.getKey(), entry.getValue()));
            }
            for (Setting<?> setting : valid.keySet()) {
                refresh(setting, changes);
            }
        }
        save();
        fire(changes);
        LOG.info("Imported {} settings from {}", valid.size(), file);
    }

    private <T> void setDecoded(Setting<T> setting, String text, String entry) throws InvalidSettingException {
        set(setting, checkDecoded(setting, text, entry));
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

    private void put(String key, String text) {
        if (!text.equals(user.get(key, null))) {
            user.put(key, text);
        }
    }

    /** Flushing only our node keeps a write to one small file; the next launch (another process) then sees it. */
    private void save() {
        try {
            user.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            LOG.warn("Could not save settings to {}; they stay in effect until Unknot quits: {}",
                    user.absolutePath(), e.toString());
        }
    }

    /** A preferences node changed, perhaps by a direct write: re-read that key only. */
    private void nodeChanged(PreferenceChangeEvent event) {
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

    private <T> T resolve(Setting<T> setting) {
        T preset = presets.flatMap(node -> stored(node, setting, "preset")).orElse(setting.defaultValue());
        return stored(user, setting, "user").orElse(preset);
    }

    private <T> Optional<T> stored(Preferences node, Setting<T> setting, String source) {
        String text;
        try {
            text = node.get(setting.key(), null);
        } catch (IllegalStateException e) { // the node was removed underneath us
            return Optional.empty();
        }
        String warnKey = source + ':' + setting.key();
        if (text == null) {
            warned.remove(warnKey);
            return Optional.empty();
        }
        T value;
        try {
            value = setting.decode(text);
        } catch (IllegalArgumentException e) {
            warnOnce(warnKey, node, setting, text, "is malformed");
            return Optional.empty();
        }
        if (setting.validate(value).isPresent()) {
            warnOnce(warnKey, node, setting, text, "is outside " + setting.range());
            return Optional.empty();
        }
        warned.remove(warnKey);
        return Optional.of(value);
    }

    private void warnOnce(String warnKey, Preferences node, Setting<?> setting, String text, String why) {
        if (!text.equals(warned.put(warnKey, text))) {
            LOG.warn("Ignoring stored setting {}/{} = \"{}\": it {}; using the {} instead", node.absolutePath(),
                    setting.key(), text, why, node == user && presets.isPresent() ? "preset or default" : "default");
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
