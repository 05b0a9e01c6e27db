package io.unknot.i18n;

import io.unknot.testing.BundleFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One name per break kind and per suggestion category, in every bundle that names them (settings, tray, command
 * line, the suggestion catalog), as decided in the team vocabulary; US spelling and no jargon in English.
 */
class VocabularyTest {

    private static final List<String> KINDS = List.of("micro", "stretch", "movement", "driving");
    private static final List<String> CATEGORIES = List.of("stretch", "aerobic", "rest", "compress", "self_massage",
            "driving", "eyes");
    /** The decided names (VOCAB), English and German; French only has to agree with itself. */
    private static final Map<String, Map<String, String>> DECIDED = Map.of(
            "", decided(List.of("Micro break", "Stretch break", "Movement break", "Driving break"),
                    List.of("Stretches", "Aerobic moves", "Rest", "Cold and warm compress", "Self-massage",
                            "Driving stops", "Eyes")),
            "de", decided(List.of("Mikropause", "Dehnpause", "Bewegungspause", "Fahrpause"),
                    List.of("Dehnübungen", "Ausdauerbewegung", "Ruhe", "Kälte und Wärme", "Selbstmassage",
                            "Fahrpausen", "Augen")));
    /** Jargon the issue named, and British spellings: none may appear in an English text. */
    private static final Pattern NOT_IN_ENGLISH = Pattern.compile("(?i)\\b(taken naturally|natural break|longest "
            + "stretch|drive over|no input for|allowed are|refused whole|colour\\w*|behaviour\\w*|centre\\w*|"
            + "favourite\\w*|minimis\\w*|organis\\w*|recognis\\w*|licence|metres?|grey|travell\\w*|car park)\\b");

    @Test
    void every_bundle_names_each_kind_and_category_the_same_way() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String language : List.of("", "de", "fr")) {
            Map<String, String> settings = BundleFiles.load("settings", language);
            Map<String, String> tray = BundleFiles.load("tray", language);
            Map<String, String> cli = BundleFiles.load("cli", language);
            Map<String, String> suggestions = BundleFiles.find("suggestions", language).orElse(null);
            Map<String, String> decided = DECIDED.get(language);
            String where = language.isEmpty() ? "English" : language;
            for (String kind : KINDS) {
                String name = settings.get("kind." + kind);
                if (decided != null && !decided.get("kind." + kind).equals(name)) {
                    problems.add(where + " settings kind." + kind + " is " + name);
                }
                same(problems, where + " tray kindTitle." + kind, name, tray.get("kindTitle." + kind));
                same(problems, where + " tray kind." + kind, name, tray.get("kind." + kind));
                String cliLine = new java.text.MessageFormat(cli.get("cli.status.next"), Locale.ROOT)
                        .format(new Object[]{cli.get("cli.kind." + kind), "5 min"});
                if (!cliLine.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))) {
                    problems.add(where + " cli says \"" + cliLine + "\", not " + name);
                }
            }
            for (String category : CATEGORIES) {
                String name = settings.get("category." + category);
                if (decided != null && !decided.get("category." + category).equals(name)) {
                    problems.add(where + " settings category." + category + " is " + name);
                }
                if (suggestions != null) {
                    same(problems, where + " suggestions category." + category.toUpperCase(Locale.ROOT), name,
                            suggestions.get("category." + category.toUpperCase(Locale.ROOT)));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void english_is_plain_and_american() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String area : BundleFiles.areas()) {
            BundleFiles.load(area, "").forEach((key, text) -> {
                Matcher m = NOT_IN_ENGLISH.matcher(text);
                if (m.find()) {
                    problems.add(area + "." + key + " says \"" + m.group() + "\"");
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void the_check_catches_a_second_name() {
        List<String> problems = new ArrayList<>();
        same(problems, "a bundle", "Micro break", "Short break");
        same(problems, "another", "Micro break", "micro break");
        assertThat(problems).containsExactly("a bundle is \"Short break\", not \"Micro break\"");
        assertThat(NOT_IN_ENGLISH.matcher("Pick a colour").find()).isTrue();
        assertThat(NOT_IN_ENGLISH.matcher("Pick a color").find()).isFalse();
    }

    /** The names of {@link #KINDS} and {@link #CATEGORIES}, in their order, by bundle key. */
    private static Map<String, String> decided(List<String> kinds, List<String> categories) {
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < KINDS.size(); i++) {
            names.put("kind." + KINDS.get(i), kinds.get(i));
        }
        for (int i = 0; i < CATEGORIES.size(); i++) {
            names.put("category." + CATEGORIES.get(i), categories.get(i));
        }
        return names;
    }

    /** Equal, allowing only a lower-case first letter inside a sentence ("micro break" for "Micro break"). */
    private static void same(List<String> problems, String where, String decided, String found) {
        if (found == null || !(found.equals(decided) || found.equals(
                decided.substring(0, 1).toLowerCase(Locale.ROOT) + decided.substring(1)))) {
            problems.add(where + " is \"" + found + "\", not \"" + decided + "\"");
        }
    }
}
