package io.unknot.core.suggest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns the content of catalog files, already read by the caller, into a {@link SuggestionCatalog}. A bad line
 * becomes a {@link CatalogProblem} with its line number and is skipped (or loaded with a default where one makes
 * sense); the other lines still load. Reading the files, and their size limit, is the adapter's work
 * ({@code io.unknot.catalog.CatalogFiles}); this class only parses.
 *
 * <p>The user's file is input Unknot does not control, so parsing is bounded: at most {@link #MAX_LINES} lines of
 * at most {@link #MAX_LINE_CHARS} characters each, and every field is parsed in linear time. It must be UTF-8; a
 * line that is not is named and skipped. At most {@link #MAX_REPORTED} problems are reported one by one, then
 * their count.
 */
public final class CatalogParser {

    public static final int MAX_LINES = 5_000;
    public static final int MAX_LINE_CHARS = 4_000;
    public static final int MAX_REPORTED = 20;
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
    private final Predicate<String> illustrationExists;

    /** @param illustrationExists whether a built-in illustration of this file name exists */
    public CatalogParser(Predicate<String> illustrationExists) {
        this.illustrationExists = Objects.requireNonNull(illustrationExists, "illustrationExists");
    }

    /** Everything parsed so far, with the problems found in file and line order. */
    public SuggestionCatalog catalog() {
        return new SuggestionCatalog(List.copyOf(byId.values()), problems);
    }

    /**
     * The catalog shipped in the jar ({@code content}), with titles, steps and safety notes from {@code texts}
     * (bundle area {@code suggestions}, in the user's language).
     */
    public void builtIn(byte[] content, ResourceBundle texts) {
        readLines(SuggestionCatalog.BUILT_IN, content, (fields, line) -> builtIn(fields, line, texts));
    }

    /** The user's own file, named {@code source} in problems; past {@link #MAX_REPORTED} problems only a count. */
    public void user(String source, byte[] content) {
        int before = problems.size();
        readLines(source, content, (fields, line) -> user(fields, source, line));
        summarise(source, before);
    }

    /** A problem with a whole file (missing, unreadable, too large), found by whoever read it. */
    public void fileProblem(String source, String message) {
        problems.add(new CatalogProblem(source, 0, message));
    }

    /** Keeps the first {@link #MAX_REPORTED} problems of {@code source} and replaces the rest by their count. */
    private void summarise(String source, int before) {
        int found = problems.size() - before;
        if (found > MAX_REPORTED) {
            problems.subList(before + MAX_REPORTED, problems.size()).clear();
            problems.add(new CatalogProblem(source, 0, "and " + (found - MAX_REPORTED) + " more problems"));
        }
    }

    private interface LineParser {
        Suggestion parse(List<String> fields, int line) throws MalformedEntry;
    }

    private void readLines(String source, byte[] content, LineParser parser) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        int start = 0;
        for (int lineNo = 1; start < content.length || lineNo == 1; lineNo++) {
            if (lineNo > MAX_LINES) {
                problems.add(new CatalogProblem(source, lineNo, "only the first " + MAX_LINES
                        + " lines are read; the rest is ignored"));
                return;
            }
            int end = start;
            while (end < content.length && content[end] != '\n') {
                end++;
            }
            int length = end - start;
            int from = start;
            start = end + 1;
            String line;
            try {
                line = utf8.decode(ByteBuffer.wrap(content, from, length)).toString();
            } catch (CharacterCodingException e) {
                problems.add(new CatalogProblem(source, lineNo,
                        "not UTF-8 text; line skipped. Save the file with the UTF-8 encoding"));
                continue;
            }
            line = (lineNo == 1 ? stripBom(line) : line).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.length() > MAX_LINE_CHARS) {
                problems.add(new CatalogProblem(source, lineNo, "longer than " + MAX_LINE_CHARS
                        + " characters; line skipped"));
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
                ? Suggestion.DEFAULT_ILLUSTRATION : illustration(s.illustration, source, line);
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
        if (illustrationExists.test(file)) {
            return file;
        }
        problems.add(new CatalogProblem(source, line,
                "illustration '" + file + "' not found; using " + Suggestion.DEFAULT_ILLUSTRATION));
        return Suggestion.DEFAULT_ILLUSTRATION;
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
