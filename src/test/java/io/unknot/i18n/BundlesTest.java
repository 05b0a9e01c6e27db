package io.unknot.i18n;

import io.unknot.settings.Language;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bundle area under src/main/resources/io/unknot/i18n, whoever added it, ships complete in every language
 * Unknot offers, and every text can be shown.
 */
class BundlesTest {

    private static final Path BASEDIR = Path.of(System.getProperty("basedir", "."));
    private static final Path BUNDLES = BASEDIR.resolve("src/main/resources/io/unknot/i18n");
    private static final Pattern AREA_FILE = Pattern.compile("([a-z][A-Za-z0-9]*)(?:_([a-z]{2}))?\\.properties");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    @Test
    void every_area_has_the_same_keys_in_every_language() throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> areas = areas();
        assertThat(areas).contains("settings", "common");
        for (String area : areas) {
            Map<String, String> english = load(BUNDLES.resolve(area + ".properties"));
            for (String language : translations()) {
                Path file = BUNDLES.resolve(area + "_" + language + ".properties");
                if (!Files.exists(file)) {
                    problems.add(file.getFileName() + " is missing");
                    continue;
                }
                Map<String, String> translated = load(file);
                Set<String> missing = new TreeSet<>(english.keySet());
                missing.removeAll(translated.keySet());
                Set<String> extra = new TreeSet<>(translated.keySet());
                extra.removeAll(english.keySet());
                missing.forEach(key -> problems.add(file.getFileName() + " lacks " + key));
                extra.forEach(key -> problems.add(file.getFileName() + " has " + key + ", which "
                        + area + ".properties has not"));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void no_translation_exists_without_its_english_base() throws IOException {
        List<String> orphans = new ArrayList<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file : files.toList()) {
                Matcher m = AREA_FILE.matcher(file.getFileName().toString());
                if (!m.matches()) {
                    orphans.add(file.getFileName() + " is not named AREA.properties or AREA_xx.properties");
                } else if (m.group(2) != null && !Files.exists(BUNDLES.resolve(m.group(1) + ".properties"))) {
                    orphans.add(file.getFileName() + " has no English base");
                }
            }
        }
        assertThat(orphans).isEmpty();
    }

    @Test
    void every_text_is_utf8_non_empty_and_a_valid_pattern_with_the_same_placeholders() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String area : areas()) {
            Map<String, String> english = load(BUNDLES.resolve(area + ".properties"));
            List<String> languages = new ArrayList<>(translations());
            for (String language : languages) {
                Path file = BUNDLES.resolve(area + "_" + language + ".properties");
                if (!Files.exists(file)) {
                    continue; // reported by the key test
                }
                Map<String, String> translated = load(file);
                english.forEach((key, text) -> {
                    String other = translated.get(key);
                    if (other != null && !placeholders(text).equals(placeholders(other))) {
                        problems.add(file.getFileName() + " " + key + " uses " + placeholders(other)
                                + " but English uses " + placeholders(text));
                    }
                    if (other != null && Mnemonic.parse(text).index() >= 0 != Mnemonic.parse(other).index() >= 0) {
                        problems.add(file.getFileName() + " " + key + ": only one language marks a mnemonic (&)");
                    }
                });
            }
            languages.add(0, "");
            for (String language : languages) {
                Path file = BUNDLES.resolve(area + (language.isEmpty() ? "" : "_" + language) + ".properties");
                if (Files.exists(file)) {
                    load(file).forEach((key, text) -> problems.addAll(checkText(file, key, text)));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void every_key_the_code_asks_for_exists() throws IOException {
        Map<String, Set<String>> keysByArea = new TreeMap<>();
        for (String area : areas()) {
            keysByArea.put(area, load(BUNDLES.resolve(area + ".properties")).keySet());
        }
        Pattern areaCall = Pattern.compile("Messages\\.of\\(\\s*\"([^\"]+)\"\\s*\\)");
        Pattern keyCall = Pattern.compile("\\.(?:text|mnemonic)\\(\\s*\"([^\"\\\\]+)\"\\s*[,)]");
        List<String> problems = new ArrayList<>();
        int asked = 0;
        try (Stream<Path> walk = Files.walk(BASEDIR.resolve("src/main/java"))) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String source = Files.readString(file);
                Set<String> areas = new TreeSet<>();
                areaCall.matcher(source).results().forEach(r -> areas.add(r.group(1)));
                // A file that names its areas must use their keys; otherwise any area's key will do.
                Set<String> searched = areas.isEmpty() ? keysByArea.keySet() : areas;
                Matcher m = keyCall.matcher(source);
                while (m.find()) {
                    asked++;
                    String key = m.group(1);
                    if (searched.stream().noneMatch(a -> keysByArea.getOrDefault(a, Set.of()).contains(key))) {
                        problems.add(BASEDIR.relativize(file) + ":" + lineOf(source, m.start()) + " asks for "
                                + key + ", which is in none of " + searched);
                    }
                }
            }
        }
        assertThat(asked).isPositive();
        assertThat(problems).isEmpty();
    }

    private static int lineOf(String source, int offset) {
        return (int) source.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    private static List<String> checkText(Path file, String key, String text) {
        List<String> problems = new ArrayList<>();
        String where = file.getFileName() + " " + key;
        if (text.isBlank()) {
            problems.add(where + " is empty");
        }
        if (!placeholders(text).isEmpty()) {
            try {
                new MessageFormat(text, Locale.ROOT);
            } catch (IllegalArgumentException e) {
                problems.add(where + " is not a valid MessageFormat pattern: " + e.getMessage());
            }
            if (text.replace("''", "").contains("'")) {
                problems.add(where + " has a lone ' which MessageFormat would swallow (write ’ or '')");
            }
        }
        return problems;
    }

    /** The languages besides English that Unknot offers, from the Language setting. */
    static List<String> translations() {
        List<String> languages = new ArrayList<>();
        for (Language language : Language.values()) {
            if (language != Language.SYSTEM && !language.locale().getLanguage().equals("en")) {
                languages.add(language.locale().getLanguage());
            }
        }
        return languages;
    }

    static Set<String> areas() throws IOException {
        Set<String> areas = new TreeSet<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            files.map(p -> AREA_FILE.matcher(p.getFileName().toString()))
                    .filter(m -> m.matches() && m.group(2) == null)
                    .forEach(m -> areas.add(m.group(1)));
        }
        return areas;
    }

    /** Reads a bundle file as Java does (UTF-8), failing on bytes that are not UTF-8. */
    static Map<String, String> load(Path file) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(file + " is not UTF-8", e);
        }
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        Map<String, String> map = new TreeMap<>();
        properties.forEach((k, v) -> map.put((String) k, (String) v));
        return map;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add("{" + m.group(1) + "}");
        }
        return found;
    }
}
