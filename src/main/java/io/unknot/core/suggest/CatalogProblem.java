package io.unknot.core.suggest;

/**
 * Something wrong in a suggestions file; the entry concerned was skipped or loaded with a default.
 *
 * @param source  which file: {@link SuggestionCatalog#BUILT_IN} or the path of the user's file
 * @param line    1-based line number, 0 when the problem concerns the whole file
 * @param message what is wrong, in English (it goes to the log and to the user's own file's author)
 */
public record CatalogProblem(String source, int line, String message) {

    @Override
    public String toString() {
        return source + ":" + line + ": " + message;
    }
}
