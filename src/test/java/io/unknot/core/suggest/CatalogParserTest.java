package io.unknot.core.suggest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ListResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The pure half of loading the catalog: bytes and texts in, a catalog with its problems out; no file, no jar. */
class CatalogParserTest {

    private final CatalogParser parser = new CatalogParser(Set.of("neck-tilt.svg")::contains);

    @Test
    void builtInLinesTakeTheirTextsFromTheGivenBundle() {
        ResourceBundle texts = bundle(new Object[][] {
                {"neck.title", "Neck tilt"}, {"neck.step1", "Sit tall"}, {"neck.step2", "Tilt one ear down"},
                {"caution.chair", "Hold on to a steady chair."}});

        parser.builtIn(utf8("# comment\nneck | STRETCH | NECK | MICRO | 30s | neck-tilt.svg | chair\n"), texts);

        SuggestionCatalog catalog = parser.catalog();
        assertThat(catalog.problems()).isEmpty();
        Suggestion neck = catalog.byId("neck").orElseThrow();
        assertThat(neck.title()).isEqualTo("Neck tilt");
        assertThat(neck.steps()).containsExactly("Sit tall", "Tilt one ear down");
        assertThat(neck.safetyNote()).contains("Hold on to a steady chair.");
        assertThat(neck.illustration()).isEqualTo("neck-tilt.svg");
    }

    @Test
    void problemsAreValuesInTheCatalogWithTheirSourceAndLine() {
        parser.fileProblem(SuggestionCatalog.BUILT_IN, "resource is missing");
        parser.user("mine.txt", utf8("""
                wall | STRETCH | UPPER_BACK | STRETCH | 1m | wall.svg | Wall slide | Back to the wall; Arms up
                broken | line
                """));

        SuggestionCatalog catalog = parser.catalog();
        assertThat(catalog.problems()).extracting(CatalogProblem::toString).containsExactly(
                "built-in catalog:0: resource is missing",
                "mine.txt:1: illustration 'wall.svg' not found; using " + Suggestion.DEFAULT_ILLUSTRATION,
                "mine.txt:2: expected 8 or 9 fields separated by '|' (id | category | area | needs | duration"
                        + " | illustration | title | steps | safety note (optional)), found 2; line skipped");
        assertThat(catalog.byId("wall").orElseThrow().illustration()).isEqualTo(Suggestion.DEFAULT_ILLUSTRATION);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static ResourceBundle bundle(Object[][] contents) {
        return new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return contents;
            }
        };
    }
}
