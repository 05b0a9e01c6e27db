package io.unknot.core.suggest;

import io.unknot.core.SuggestionNeed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Reads catalog files line by line into suggestions. A bad line becomes a {@link CatalogProblem} with its line
 * number and is skipped (or loaded with a default where one makes sense); the other lines still load.
 */
final class CatalogReader {

    static final String BUNDLE = "io.unknot.i18n.suggestions";
    static final int BUILT_IN_FIELDS = 7;
    static final int MIN_STEPS = 2;
    static final int MAX_STEPS = 5;
    static final int MAX_USER_STEPS = 10;

    /**
     * Cautions shared by many moves, in the order they are shown; their texts are {@code caution.<name>} in the
     * bundle. {@code own} is the move's own note, {@code <id>.safety}.
     */
    static final List<String> SHARED_CAUTIONS = List.of("roadside", "exertion", "chair");
    static final String OWN_CAUTION = "own";

    private static final String BUILT_IN_LAYOUT =
            "id | category | area | needs | duration | illustration | safety (no, or own/roadside/exertion/chair)";
    private static final String USER_LAYOUT =
            "id | category | area | needs | duration | illustration | title | steps | safety note (optional)";

    private final Map<String, Suggestion> byId = new LinkedHashMap<>();
    private final List<CatalogProblem> problems = new ArrayList<>();

    List<Suggestion> suggestions() {
        return List.copyOf(byId.values());
    }

    List<CatalogProblem> problems() {
        return List.copyOf(problems);
    }

    /** The catalog shipped in the jar, with titles, steps and safety notes from the bundle in {@code locale}. */
    void readBuiltIn(String resource, Locale locale) {
        // No fallback to the JVM's default locale: English must stay English on a German system.
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try (InputStream in = CatalogReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                problems.add(new CatalogProblem(SuggestionCatalog.BUILT_IN, 0, "resource " + resource + " is missing"));
                return;
            }
            readLines(SuggestionCatalog.BUILT_IN, new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    (fields, line) -> builtIn(fields, line, texts));
        } catch (IOException e) {
            problems.add(new CatalogProblem(SuggestionCatalog.BUILT_IN, 0, "cannot read " + resource + ": " + e));
        }
    }

    /** The user's own file; a file that does not exist simply adds nothing. */
    void readUserFile(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        String source = file.toString();
        try {
            // Undecodable bytes become U+FFFD instead of failing the whole file.
            readLines(source, new String(Files.readAllBytes(file), StandardCharsets.UTF_8),
                    (fields, line) -> user(fields, source, line));
        } catch (IOException e) {
            problems.add(new CatalogProblem(source, 0, "cannot read the file: " + e.getMessage()));
        }
    }

    private interface LineParser {
        Suggestion parse(List<String> fields, int line) throws MalformedEntry;
    }

    private void readLines(String source, String content, LineParser parser) {
        String[] lines = content.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = (i == 0 ? stripBom(lines[i]) : lines[i]).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                add(parser.parse(CatalogFields.split(line), lineNo));
            } catch (MalformedEntry e) {
                problems.add(new CatalogProblem(source, lineNo, e.getMessage() + "; line skipped"));
            }
        }
    }

    private void add(Suggestion suggestion) throws MalformedEntry {
        if (byId.containsKey(suggestion.id())) {
            throw new MalformedEntry("duplicate id '" + suggestion.id() + "'");
        }
        byId.put(suggestion.id(), suggestion);
    }

    private Suggestion builtIn(List<String> fields, int line, ResourceBundle texts) throws MalformedEntry {
        expectFields(fields, BUILT_IN_FIELDS, BUILT_IN_FIELDS, BUILT_IN_LAYOUT);
        Structure s = structure(fields);
        Set<String> cautions = cautions(fields.get(6));
        boolean hasSafety = cautions.contains(OWN_CAUTION);
        String title = text(texts, s.id + ".title")
                .orElseThrow(() -> new MalformedEntry("no text " + s.id + ".title in bundle suggestions"));
        List<String> steps = new ArrayList<>();
        for (int n = 1; n <= MAX_STEPS + 1; n++) {
            Optional<String> step = text(texts, s.id + ".step" + n);
            if (step.isEmpty()) {
                break;
            }
            steps.add(step.get());
        }
        if (steps.size() < MIN_STEPS || steps.size() > MAX_STEPS) {
            throw new MalformedEntry(s.id + " has " + steps.size() + " steps in bundle suggestions; give "
                    + MIN_STEPS + " to " + MAX_STEPS + " as " + s.id + ".step1, " + s.id + ".step2...");
        }
        Optional<String> own = text(texts, s.id + ".safety");
        if (hasSafety != own.isPresent()) {
            throw new MalformedEntry(hasSafety
                    ? "no text " + s.id + ".safety in bundle suggestions although the catalog says own"
                    : "bundle suggestions has " + s.id + ".safety although the catalog does not say own");
        }
        List<String> notes = new ArrayList<>();
        for (String caution : SHARED_CAUTIONS) {
            if (cautions.contains(caution)) {
                notes.add(text(texts, "caution." + caution)
                        .orElseThrow(() -> new MalformedEntry("no text caution." + caution + " in bundle suggestions")));
            }
        }
        own.ifPresent(notes::add);
        Optional<String> safety = notes.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", notes));
        String illustration = illustration(s.illustration, SuggestionCatalog.BUILT_IN, line);
        return new Suggestion(s.id, title, steps, s.duration, s.area, s.category, s.needs, illustration, safety);
    }

    /** The built-in safety field: {@code no}, or a comma-separated list of cautions. */
    static Set<String> cautions(String field) throws MalformedEntry {
        String value = field.strip().toLowerCase(Locale.ROOT);
        if (value.equals("no")) {
            return Set.of();
        }
        Set<String> cautions = new LinkedHashSet<>();
        for (String part : value.split(",")) {
            String caution = part.strip();
            if (!caution.equals(OWN_CAUTION) && !SHARED_CAUTIONS.contains(caution)) {
                throw new MalformedEntry("safety must be 'no' or a list of " + OWN_CAUTION + ", "
                        + String.join(", ", SHARED_CAUTIONS) + "; not '" + field + "'");
            }
            cautions.add(caution);
        }
        return cautions;
    }

    private Suggestion user(List<String> fields, String source, int line) throws MalformedEntry {
        expectFields(fields, BUILT_IN_FIELDS + 1, BUILT_IN_FIELDS + 2, USER_LAYOUT);
        Structure s = structure(fields);
        String title = CatalogFields.nonBlank(fields.get(6), "title");
        List<String> steps = CatalogFields.steps(fields.get(7));
        if (steps.size() > MAX_USER_STEPS) {
            throw new MalformedEntry(steps.size() + " steps; at most " + MAX_USER_STEPS + " are shown");
        }
        Optional<String> safety = fields.size() > 8 && !fields.get(8).isBlank()
                ? Optional.of(fields.get(8)) : Optional.empty();
        String illustration = s.illustration.isEmpty() || s.illustration.equals("-")
                ? Illustrations.DEFAULT : illustration(s.illustration, source, line);
        return new Suggestion(s.id, title, steps, s.duration, s.area, s.category, s.needs, illustration, safety);
    }

    /** The language-independent part both kinds of line share: the first six fields. */
    private record Structure(String id, Category category, BodyArea area, Set<SuggestionNeed> needs,
                             Duration duration, String illustration) {}

    private static Structure structure(List<String> fields) throws MalformedEntry {
        return new Structure(CatalogFields.id(fields.get(0)),
                CatalogFields.constant(Category.class, fields.get(1), "category"),
                CatalogFields.constant(BodyArea.class, fields.get(2), "body area"),
                CatalogFields.needs(fields.get(3)),
                CatalogFields.duration(fields.get(4)),
                fields.get(5));
    }

    private String illustration(String file, String source, int line) {
        if (Illustrations.exists(file)) {
            return file;
        }
        problems.add(new CatalogProblem(source, line,
                "illustration '" + file + "' not found; using " + Illustrations.DEFAULT));
        return Illustrations.DEFAULT;
    }

    private static void expectFields(List<String> fields, int min, int max, String layout) throws MalformedEntry {
        if (fields.size() < min || fields.size() > max) {
            throw new MalformedEntry("expected " + (min == max ? min : min + " or " + max)
                    + " fields separated by '" + CatalogFields.SEPARATOR + "' (" + layout + "), found "
                    + fields.size());
        }
    }

    private static Optional<String> text(ResourceBundle texts, String key) {
        return texts.containsKey(key) && !texts.getString(key).isBlank()
                ? Optional.of(texts.getString(key).strip()) : Optional.empty();
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
