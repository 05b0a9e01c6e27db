package io.unknot.catalog;

import io.unknot.core.suggest.BodyArea;
import io.unknot.core.suggest.CatalogParser;
import io.unknot.core.suggest.CatalogProblem;
import io.unknot.core.suggest.Category;
import io.unknot.core.suggest.Suggestion;
import io.unknot.core.suggest.SuggestionCatalog;
import io.unknot.core.suggest.SuggestionNeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class UserCatalogFileTest {

    @TempDir
    Path dir;

    private static final int BUILT_IN = CatalogFiles.load(Locale.ENGLISH, Optional.empty()).all().size();

    @Test
    void aMalformedLineInTheMiddleIsReportedByNumberAndTheOthersStillLoad() throws IOException {
        Path file = write(
                "# my own moves",
                "wall-angels | stretch | upper_back | STRETCH,MICRO | 1m | shoulder-blade-squeeze.svg | Wandengel | Rücken an die Wand; Arme langsam hoch und runter | Nicht bei Schulterschmerz",
                "",
                "this line has | too few fields",
                "towel-neck | STRETCH | NECK | REST | 2m | - | Towel neck release | Roll a towel; Lie with it under your neck; Breathe");

        SuggestionCatalog catalog = CatalogFiles.load(Locale.ENGLISH, Optional.of(file));

        assertThat(catalog.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.source()).isEqualTo(file.toString());
            assertThat(p.message()).contains("expected 8 or 9 fields", "found 2");
        });
        assertThat(catalog.all()).hasSize(BUILT_IN + 2);
        Suggestion wall = catalog.byId("wall-angels").orElseThrow();
        assertThat(wall.title()).isEqualTo("Wandengel");
        assertThat(wall.steps()).containsExactly("Rücken an die Wand", "Arme langsam hoch und runter");
        assertThat(wall.safetyNote()).contains("Nicht bei Schulterschmerz");
        assertThat(wall.category()).isEqualTo(Category.STRETCH);
        assertThat(wall.area()).isEqualTo(BodyArea.UPPER_BACK);
        assertThat(wall.needs()).isEqualTo(Set.of(SuggestionNeed.STRETCH, SuggestionNeed.MICRO));
        assertThat(wall.duration()).isEqualTo(Duration.ofMinutes(1));
        Suggestion towel = catalog.byId("towel-neck").orElseThrow();
        assertThat(towel.illustration()).isEqualTo(Illustrations.DEFAULT);
        assertThat(towel.safetyNote()).isEmpty();
        assertThat(catalog.all().get(catalog.all().size() - 1)).isEqualTo(towel);
    }

    @Test
    void eachKindOfMistakeIsNamedAndOnlyThatLineIsSkipped() throws IOException {
        Path file = write(
                "a | YOGA | NECK | STRETCH | 1m | - | Title | Step",
                "b | STRETCH | ELBOW | STRETCH | 1m | - | Title | Step",
                "c | STRETCH | NECK | COFFEE | 1m | - | Title | Step",
                "d | STRETCH | NECK | STRETCH | soon | - | Title | Step",
                "e | STRETCH | NECK | STRETCH | 1m | - |  | Step",
                "f | STRETCH | NECK | STRETCH | 1m | - | Title | ; ;",
                "jumping-jacks | AEROBIC | WHOLE_BODY | MOVEMENT | 1m | - | Mine | Jump",
                "g g | STRETCH | NECK | STRETCH | 1m | - | Title | Step",
                "h | STRETCH | NECK | STRETCH | 1m | - | Title | Step",
                "h | STRETCH | NECK | STRETCH | 1m | - | Again | Step",
                "i | STRETCH | NECK | STRETCH | 1m | no-such-picture.svg | Title | Step",
                "j | STRETCH | NECK | STRETCH | 0s | - | Title | Step");

        SuggestionCatalog catalog = CatalogFiles.load(Locale.ENGLISH, Optional.of(file));

        assertThat(catalog.problems()).extracting(CatalogProblem::line)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12);
        assertThat(catalog.problems()).extracting(CatalogProblem::message).satisfiesExactly(
                m -> assertThat(m).contains("unknown category 'YOGA'", "STRETCH, AEROBIC"),
                m -> assertThat(m).contains("unknown body area 'ELBOW'"),
                m -> assertThat(m).contains("unknown need 'COFFEE'"),
                m -> assertThat(m).contains("duration 'soon'"),
                m -> assertThat(m).contains("title is empty"),
                m -> assertThat(m).contains("no steps"),
                m -> assertThat(m).contains("duplicate id 'jumping-jacks'"),
                m -> assertThat(m).contains("id 'g g'"),
                m -> assertThat(m).contains("duplicate id 'h'"),
                m -> assertThat(m).contains("illustration 'no-such-picture.svg' not found", Illustrations.DEFAULT),
                m -> assertThat(m).contains("duration '0s'"));
        assertThat(catalog.byId("h").orElseThrow().title()).isEqualTo("Title");
        assertThat(catalog.byId("i").orElseThrow().illustration()).isEqualTo(Illustrations.DEFAULT);
        assertThat(catalog.byId("jumping-jacks").orElseThrow().title()).isEqualTo("Jumping jacks");
        assertThat(catalog.all()).hasSize(BUILT_IN + 2);
    }

    @Test
    void windowsLineEndingsAByteOrderMarkAndBrokenBytesDoNotStopLoadingAndTheBrokenLineIsNamed() throws IOException {
        byte[] start = ("\uFEFFone | STRETCH | NECK | STRETCH | 30s | - | One | Step\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] broken = {'t', 'w', 'o', ' ', '|', ' ', 'S', 'T', 'R', 'E', 'T', 'C', 'H', ' ', '|', ' ', 'N', 'E',
                'C', 'K', ' ', '|', ' ', 'S', 'T', 'R', 'E', 'T', 'C', 'H', ' ', '|', ' ', '3', '0', 's', ' ', '|',
                ' ', '-', ' ', '|', ' ', 'T', (byte) 0xFF, 'o', ' ', '|', ' ', 'S', 't', 'e', 'p', '\r', '\n'};
        Path file = dir.resolve("suggestions.txt");
        Files.write(file, concat(start, broken));

        SuggestionCatalog catalog = CatalogFiles.load(Locale.ENGLISH, Optional.of(file));

        // Garbled text shown in a break window helps nobody: the line is named so it can be fixed.
        assertThat(catalog.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("not UTF-8", "line skipped");
        });
        assertThat(catalog.byId("one")).isPresent();
        assertThat(catalog.byId("two")).isEmpty();
    }

    @Test
    void aMissingUserFileIsNotAProblem() {
        SuggestionCatalog catalog = CatalogFiles.load(Locale.ENGLISH, Optional.of(dir.resolve("none.txt")));

        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.all()).hasSize(BUILT_IN);
    }

    @Test
    void aFolderInPlaceOfTheFileIsReportedAsAWholeAndTheBuiltInsStillLoad() {
        SuggestionCatalog catalog = CatalogFiles.load(Locale.ENGLISH, Optional.of(dir));

        assertThat(catalog.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isZero();
            assertThat(p.message()).startsWith("not a regular file");
        });
        assertThat(catalog.all()).hasSize(BUILT_IN);
    }

    @Test
    void theExampleInTheReadmeLoadsCleanly() throws IOException {
        Path file = write(List.of(
                "# My own suggestions for Unknot",
                "# id | category | area | needs | duration | illustration | title | steps | safety note",
                "wall-angels | STRETCH | UPPER_BACK | STRETCH,MICRO | 1m | shoulder-blade-squeeze.svg | Wall angels | "
                        + "Stand with your back against a wall; Slide your arms up and down like a snow angel; "
                        + "Repeat ten times | Stop if your shoulder hurts",
                "tea-walk | AEROBIC | WHOLE_BODY | MOVEMENT | 5m | brisk-walk.svg | Walk to the kitchen | "
                        + "Take the long way to the kitchen; Make a cup of tea standing up",
                "nacken-ball | SELF_MASSAGE | NECK | REST | 3m | - | Nacken mit den Händen lockern | "
                        + "Finger neben die Wirbelsäule legen; Sanft kreisen | Nicht auf die Wirbelsäule drücken")
                .toArray(String[]::new));

        SuggestionCatalog catalog = CatalogFiles.load(Locale.ENGLISH, Optional.of(file));

        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.all()).hasSize(BUILT_IN + 3);
    }

    private Path write(String... lines) throws IOException {
        Path file = dir.resolve("suggestions.txt");
        Files.write(file, List.of(lines), StandardCharsets.UTF_8);
        return file;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void aPipeInPlaceOfTheFileIsNotOpenedSoItCannotHoldUpStartUp() throws Exception {
        Path fifo = dir.resolve("suggestions.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        SuggestionCatalog catalog = CatalogFiles.load(Locale.ENGLISH, Optional.of(fifo));

        assertThat(catalog.problems()).singleElement().extracting(CatalogProblem::message).asString()
                .startsWith("not a regular file");
        assertThat(catalog.all()).hasSize(BUILT_IN);
    }

    @Test
    void aFileOverOneMegabyteIsIgnoredWithAClearMessage() throws IOException {
        Path file = dir.resolve("suggestions.txt");
        Files.write(file, new byte[(int) CatalogFiles.MAX_FILE_BYTES + 1]);

        SuggestionCatalog catalog = CatalogFiles.load(Locale.ENGLISH, Optional.of(file));

        assertThat(catalog.problems()).singleElement().extracting(CatalogProblem::message).asString()
                .startsWith("larger than 1 MB");
        assertThat(catalog.all()).hasSize(BUILT_IN);
    }

    @Test
    void aLineMadeToMakeARegularExpressionBacktrackIsRejectedAndTheNextLineLoads() throws IOException {
        String spaces = " ".repeat(64 * 1024);
        Path file = write(
                "slow | STRETCH | NECK | STRETCH | 1h" + spaces + "x | - | Slow | Step",
                "quick | STRETCH | NECK | STRETCH | 1h" + " ".repeat(1000) + "x | - | Quick | Step",
                "fine | STRETCH | NECK | STRETCH | 1h 2 min 3 sec | - | Fine | Step");

        SuggestionCatalog catalog = CatalogFiles.load(Locale.ENGLISH, Optional.of(file));

        assertThat(catalog.problems()).extracting(CatalogProblem::line).containsExactly(1, 2);
        assertThat(catalog.problems().get(0).message()).startsWith("longer than 4000 characters");
        assertThat(catalog.problems().get(1).message()).contains("is not like 20s");
        assertThat(catalog.byId("fine").orElseThrow().duration()).isEqualTo(Duration.ofSeconds(3723));
    }

    @Test
    void aFileFullOfMistakesReportsTheFirstTwentyAndCountsTheRest() throws IOException {
        String[] lines = new String[13_000];
        java.util.Arrays.fill(lines, "not a suggestion");
        Path file = write(lines);

        SuggestionCatalog catalog = CatalogFiles.load(Locale.ENGLISH, Optional.of(file));

        assertThat(catalog.problems()).hasSize(CatalogParser.MAX_REPORTED + 1);
        assertThat(catalog.problems().get(CatalogParser.MAX_REPORTED).message())
                .isEqualTo("and " + (CatalogParser.MAX_LINES - CatalogParser.MAX_REPORTED + 1) + " more problems");
    }
}
