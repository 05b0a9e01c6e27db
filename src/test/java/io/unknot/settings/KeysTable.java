package io.unknot.settings;

import io.unknot.core.BreakKind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Makes the table of every setting in {@code docs/settings.md} straight from {@link Keys}, so the documentation
 * cannot drift ({@code KeysTest} fails when the file differs). After changing a key, rewrite the table with
 * {@code java -cp target/test-classes:target/classes io.unknot.settings.KeysTable docs/settings.md}; without an
 * argument the table is printed.
 */
public final class KeysTable {

    /** The generated table sits between these two lines; the text around it is written by hand. */
    static final String BEGIN = "<!-- generated from io.unknot.settings.Keys by KeysTable: do not edit by hand -->";
    static final String END = "<!-- end of the generated table -->";

    private KeysTable() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.out.print(markdown());
            return;
        }
        Path file = Path.of(args[0]);
        Files.writeString(file, withTable(Files.readString(file)));
    }

    /** {@code document} with the text between {@link #BEGIN} and {@link #END} replaced by the current table. */
    static String withTable(String document) {
        int begin = document.indexOf(BEGIN);
        int end = document.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("the document has no " + BEGIN + " ... " + END + " block");
        }
        return document.substring(0, begin + BEGIN.length()) + "\n" + markdown() + document.substring(end);
    }

    /** One row per setting, in {@link Keys#all()} order. */
    static String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| Node | Key | Meaning | Unit | Default | Allowed |\n");
        out.append("|---|---|---|---|---|---|\n");
        Map<String, String> meanings = meanings();
        for (Setting<?> setting : Keys.all()) {
            out.append("| `/").append(Settings.NODE).append("` | `").append(setting.key()).append("` | ")
                    .append(meanings.getOrDefault(setting.key(), "")).append(" | ").append(setting.unit())
                    .append(" | `").append(encodedDefault(setting)).append('`')
                    .append(human(setting.defaultValue()).map(h -> " (" + h + ")").orElse("")).append(" | ")
                    .append(range(setting)).append(" |\n");
        }
        return out.toString();
    }

    /** What each key means, for administrators (English, like the rest of the documentation). */
    static Map<String, String> meanings() {
        Map<String, String> m = new LinkedHashMap<>();
        for (BreakKind kind : BreakKind.values()) {
            String name = kind.id() + " break";
            m.put(kind.id() + ".enabled", Character.toUpperCase(name.charAt(0)) + name.substring(1) + " on or off");
            m.put(kind.id() + ".interval", (kind == BreakKind.DRIVING ? "Driving" : "Active desk") + " time between two "
                    + name + "s");
            m.put(kind.id() + ".duration", "How long a " + name + " lasts");
            m.put(kind.id() + ".postpone", "How far one postpone pushes a " + name);
            m.put(kind.id() + ".postponeLimit", "How often in a row a " + name + " may be postponed");
            m.put(kind.id() + ".strict", "A " + name + " cannot be skipped");
        }
        m.put("warningLead", "Notice shown this long before a break (0: none)");
        m.put("idleThreshold", "No input for this long counts as being away");
        m.put("fixedInterval", "Time away does not count as a break");
        m.put("dailySittingLimit", "Desk plus driving time per day before Unknot suggests resting");
        m.put("escalateAfter", "Skipped, postponed or ignored breaks in a row before the next one is harder to"
                + " dismiss (0: never)");
        m.put("workingHours.enabled", "Remind only during working hours");
        m.put("workingHours.days", "Working days");
        m.put("workingHours.start", "Working hours begin");
        m.put("workingHours.end", "Working hours end (earlier than the start: across midnight)");
        m.put("defer.fullscreen", "Wait while a full-screen app is in front");
        m.put("defer.camera", "Wait while the camera is in use");
        m.put("defer.limit", "Longest wait for a deferred break");
        m.put("suggestions.categories", "Kinds of suggestion shown");
        m.put("suggestions.focus", "Body area whose suggestions come up more often");
        m.put("driving.cues", "Sounds instead of pop-ups while driving");
        m.put("popup.placement", "Screen the break window appears on");
        m.put("popup.fullscreenLongBreaks", "Stretch and movement breaks fill the screen");
        m.put("sound.enabled", "Play sounds");
        m.put("theme", "Window theme");
        m.put("startAtLogin", "Start Unknot at login");
        m.put("language", "Language of Unknot's texts (system: the system's if shipped, else English)");
        m.put("history.retention", "How long the break history is kept");
        return m;
    }

    @SuppressWarnings("unchecked")
    private static String encodedDefault(Setting<?> setting) {
        return ((Setting<Object>) setting).encode(setting.defaultValue());
    }

    private static String range(Setting<?> setting) {
        if (setting.min().isPresent() && setting.min().get() instanceof Duration min) {
            Duration max = (Duration) setting.max().orElseThrow();
            return "`" + setting.range() + "` (" + human(min).orElseThrow() + " – " + human(max).orElseThrow() + ")";
        }
        return "`" + setting.range().replaceAll(",(?! )", ", ") + "`";
    }

    private static Optional<String> human(Object value) {
        if (!(value instanceof Duration d)) {
            return Optional.empty();
        }
        long s = d.toSeconds();
        if (s == 0) {
            return Optional.of("0");
        }
        if (s % 86400 == 0) {
            return Optional.of(s / 86400 + " d");
        }
        if (s % 3600 == 0) {
            return Optional.of(s / 3600 + " h");
        }
        if (s % 60 == 0) {
            return Optional.of(s / 60 + " min");
        }
        return Optional.of(s + " s");
    }
}
