package io.unknot.testing;

import io.unknot.settings.Language;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The text bundles as written in src/main/resources/io/unknot/i18n, one file at a time (without the fallback to
 * the English base that ResourceBundle applies), for tests that walk every area in every language. English is the
 * language {@code ""}.
 */
public final class BundleFiles {

    public static final Path DIR = Path.of(System.getProperty("basedir", "."))
            .resolve("src/main/resources/io/unknot/i18n");
    /** AREA.properties (English) or AREA_xx.properties (a translation). */
    public static final Pattern AREA_FILE = Pattern.compile("([a-z][A-Za-z0-9]*)(?:_([a-z]{2}))?\\.properties");

    private BundleFiles() {
    }

    /** Every area: the name of each English base file. */
    public static Set<String> areas() throws IOException {
        Set<String> areas = new TreeSet<>();
        try (Stream<Path> files = Files.list(DIR)) {
            files.map(p -> AREA_FILE.matcher(p.getFileName().toString()))
                    .filter(m -> m.matches() && m.group(2) == null)
                    .forEach(m -> areas.add(m.group(1)));
        }
        return areas;
    }

    /** The languages besides English that Unknot offers, from the Language setting. */
    public static List<String> translations() {
        List<String> languages = new ArrayList<>();
        for (Language language : Language.values()) {
            if (language != Language.SYSTEM && !language.locale().getLanguage().equals("en")) {
                languages.add(language.locale().getLanguage());
            }
        }
        return languages;
    }

    /** Where the file of {@code area} in {@code language} is (or would be). */
    public static Path file(String area, String language) {
        return DIR.resolve(area + (language.isEmpty() ? "" : "_" + language) + ".properties");
    }

    /** The texts of {@code area} in {@code language}; empty when that file does not exist. */
    public static Optional<Map<String, String>> find(String area, String language) throws IOException {
        Path file = file(area, language);
        return Files.exists(file) ? Optional.of(load(file)) : Optional.empty();
    }

    /** The texts of {@code area} in {@code language}, which must exist. */
    public static Map<String, String> load(String area, String language) throws IOException {
        return load(file(area, language));
    }

    /** Reads a bundle file as Java does (UTF-8), failing on bytes that are not UTF-8. */
    public static Map<String, String> load(Path file) throws IOException {
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
}
