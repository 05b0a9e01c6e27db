package io.unknot.core.suggest;

import io.unknot.core.SuggestionNeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Every suggestion Unknot can show: the built-in catalog ({@value #BUILT_IN_RESOURCE}, texts from bundle area
 * {@code suggestions}) followed by the user's own file. Loading never fails: problems are collected with their
 * line numbers, logged as warnings, and the rest still loads.
 *
 * <p>The user's file has one suggestion per line, fields separated by {@code |}:
 * {@code id | category | area | needs | duration | illustration | title | steps | safety note}, where needs are
 * comma-separated {@link SuggestionNeed} names, steps are separated by {@code ;}, the illustration is a built-in
 * file name or {@code -}, and the safety note may be left out. Lines starting with {@code #} are comments.
 */
public final class SuggestionCatalog {

    /** Class-path resource of the built-in catalog. */
    public static final String BUILT_IN_RESOURCE = "/assets/suggestions/catalog.txt";

    /** The {@link CatalogProblem#source()} of problems in the built-in catalog. */
    public static final String BUILT_IN = "built-in catalog";

    private static final Logger LOG = LoggerFactory.getLogger(SuggestionCatalog.class);

    private final List<Suggestion> suggestions;
    private final List<CatalogProblem> problems;

    private SuggestionCatalog(List<Suggestion> suggestions, List<CatalogProblem> problems) {
        this.suggestions = List.copyOf(suggestions);
        this.problems = List.copyOf(problems);
    }

    /**
     * The built-in suggestions with texts in {@code locale}, then those of {@code userFile} (ignored when the file
     * does not exist). The app keeps the user's file at {@code <data dir>/suggestions.txt}.
     */
    public static SuggestionCatalog load(Locale locale, Optional<Path> userFile) {
        CatalogReader reader = new CatalogReader();
        reader.readBuiltIn(BUILT_IN_RESOURCE, locale);
        userFile.ifPresent(reader::readUserFile);
        for (CatalogProblem problem : reader.problems()) {
            LOG.warn("Suggestions: {}", problem);
        }
        LOG.debug("Loaded {} suggestions ({} problems)", reader.suggestions().size(), reader.problems().size());
        return new SuggestionCatalog(reader.suggestions(), reader.problems());
    }

    /** A catalog of exactly these suggestions, e.g. for tests; ids must be unique. */
    public static SuggestionCatalog of(List<Suggestion> suggestions) {
        long distinct = suggestions.stream().map(Suggestion::id).distinct().count();
        if (distinct != suggestions.size()) {
            throw new IllegalArgumentException("suggestion ids must be unique");
        }
        return new SuggestionCatalog(suggestions, List.of());
    }

    /** All suggestions: built-in ones in catalog order, then the user's. */
    public List<Suggestion> all() {
        return suggestions;
    }

    public List<Suggestion> forNeed(SuggestionNeed need) {
        Objects.requireNonNull(need);
        List<Suggestion> fitting = new ArrayList<>();
        for (Suggestion s : suggestions) {
            if (s.needs().contains(need)) {
                fitting.add(s);
            }
        }
        return List.copyOf(fitting);
    }

    public Optional<Suggestion> byId(String id) {
        return suggestions.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** What was wrong while loading, in file and line order; empty when everything loaded cleanly. */
    public List<CatalogProblem> problems() {
        return problems;
    }
}
