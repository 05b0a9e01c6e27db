package io.unknot.i18n;

import io.unknot.testing.BundleFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    @Test
    void every_area_has_the_same_keys_in_every_language() throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> areas = BundleFiles.areas();
        assertThat(areas).contains("settings", "common");
        for (String area : areas) {
            Map<String, String> english = BundleFiles.load(area, "");
            for (String language : BundleFiles.translations()) {
                Path file = BundleFiles.file(area, language);
                if (!Files.exists(file)) {
                    problems.add(file.getFileName() + " is missing");
                    continue;
                }
                Map<String, String> translated = BundleFiles.load(file);
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
        try (Stream<Path> files = Files.list(BundleFiles.DIR)) {
            for (Path file : files.toList()) {
                Matcher m = BundleFiles.AREA_FILE.matcher(file.getFileName().toString());
                if (!m.matches()) {
                    orphans.add(file.getFileName() + " is not named AREA.properties or AREA_xx.properties");
                } else if (m.group(2) != null && !Files.exists(BundleFiles.file(m.group(1), ""))) {
                    orphans.add(file.getFileName() + " has no English base");
                }
            }
        }
        assertThat(orphans).isEmpty();
    }

    @Test
    void every_text_is_utf8_non_empty_and_a_valid_pattern_with_the_same_placeholders() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String area : BundleFiles.areas()) {
            Map<String, String> english = BundleFiles.load(area, "");
            List<String> languages = new ArrayList<>(BundleFiles.translations());
            for (String language : languages) {
                Path file = BundleFiles.file(area, language);
                if (!Files.exists(file)) {
                    continue; // reported by the key test
                }
                Map<String, String> translated = BundleFiles.load(file);
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
                Path file = BundleFiles.file(area, language);
                if (Files.exists(file)) {
                    BundleFiles.load(file).forEach((key, text) -> problems.addAll(checkText(file, key, text)));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void every_key_the_code_asks_for_exists() throws IOException {
        Map<String, Set<String>> keysByArea = new TreeMap<>();
        for (String area : BundleFiles.areas()) {
            keysByArea.put(area, BundleFiles.load(area, "").keySet());
        }
        Pattern areaCall = Pattern.compile("\\.messages\\(\\s*\"([^\"]+)\"\\s*\\)");
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

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add("{" + m.group(1) + "}");
        }
        return found;
    }
}
