package io.unknot.core.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every suggestion Unknot can show: the built-in catalog (texts from bundle area {@code suggestions}) followed by
 * the user's own file. Built by {@link CatalogParser} from text already read ({@code io.unknot.catalog.CatalogFiles}
 * reads the files and logs the problems). Parsing never fails: problems are collected with their line numbers, and
 * the rest still loads.
 *
 * <p>The user's file has one suggestion per line, fields separated by {@code |}:
 * {@code id | category | area | needs | duration | illustration | title | steps | safety note}, where needs are
 * comma-separated {@link SuggestionNeed} names, steps are separated by {@code ;}, the illustration is a built-in
 * file name or {@code -}, and the safety note may be left out. Lines starting with {@code #} are comments.
 */
public final class SuggestionCatalog {

    /** The {@link CatalogProblem#source()} of problems in the built-in catalog. */
    public static final String BUILT_IN = "built-in catalog";

    private final List<Suggestion> suggestions;
    private final List<CatalogProblem> problems;

    SuggestionCatalog(List<Suggestion> suggestions, List<CatalogProblem> problems) {
        this.suggestions = List.copyOf(suggestions);
        this.problems = List.copyOf(problems);
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
