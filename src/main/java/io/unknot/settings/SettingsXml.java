package io.unknot.settings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Export and import of the settings in the Preferences XML format ({@link SettingsFile} reads and writes the file,
 * with its size and depth limits); here every entry is checked before anything is stored.
 */
public final class SettingsXml {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsXml.class);

    private SettingsXml() {
    }

    /**
     * Writes every setting's effective value (presets included, so the file is a complete snapshot); the file is
     * replaced atomically.
     */
    public static void exportTo(Settings settings, Path file) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        for (Setting<?> setting : Keys.all()) {
            entries.put(setting.key(), encodeCurrent(settings, setting));
        }
        SettingsFile.write(file, Settings.NODE, entries);
    }

    /**
     * Validates the whole file first; on any bad entry nothing is written and the exception names it. Settings
     * the file does not mention keep their current values. Returns once the imported values are on disk: an
     * import is a deliberate, rare act, and the user expects it to survive whatever happens next.
     */
    public static void importFrom(Settings settings, Path file) throws IOException, InvalidSettingException {
        Map<String, String> entries = SettingsFile.read(file, Settings.NODE);
        Map<Setting<?>, String> valid = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            Setting<?> setting = Keys.byKey(entry.getKey()).orElseThrow(() -> new InvalidSettingException(null,
                    new Setting.Problem("setting.error.unknownKey", entry.getKey()),
                    file + ": unknown entry " + entry.getKey(), entry.getKey()));
            // Stored in canonical form (e.g. " TRUE " becomes "true").
            valid.put(setting, canonical(setting, entry.getValue(), entry.getKey()));
        }
        settings.writeTexts(valid);
        settings.flush();
        LOG.info("Imported {} settings from {}", valid.size(), file);
    }

    /** The text in canonical form, or the reason it cannot be stored. */
    private static <T> String canonical(Setting<T> setting, String text, String entry)
            throws InvalidSettingException {
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
        return setting.encode(value);
    }

    private static <T> String encodeCurrent(Settings settings, Setting<T> setting) {
        return setting.encode(settings.get(setting));
    }
}
