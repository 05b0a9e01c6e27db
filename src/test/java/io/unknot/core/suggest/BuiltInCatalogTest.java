package io.unknot.core.suggest;

import io.unknot.catalog.CatalogFiles;
import io.unknot.catalog.Illustrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class BuiltInCatalogTest {

    private static final SuggestionCatalog ENGLISH = CatalogFiles.load(Locale.ENGLISH, Optional.empty());
    private static final SuggestionCatalog GERMAN = CatalogFiles.load(Locale.GERMAN, Optional.empty());

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "de-AT", "fr"})
    void loadsWithoutProblemsInEveryLocale(String tag) {
        SuggestionCatalog catalog = CatalogFiles.load(Locale.forLanguageTag(tag), Optional.empty());

        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.all()).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void everyNeedHasSeveralSuggestions() {
        for (SuggestionNeed need : SuggestionNeed.values()) {
            assertThat(ENGLISH.forNeed(need)).as("suggestions for %s", need).hasSizeGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void theStretchBreakCoversEveryPartOfTheBackAndTheLegsWithVariety() {
        List<Suggestion> stretches = ENGLISH.forNeed(SuggestionNeed.STRETCH);
        for (BodyArea area : List.of(BodyArea.NECK, BodyArea.SHOULDERS, BodyArea.UPPER_BACK, BodyArea.LOWER_BACK,
                BodyArea.HIPS, BodyArea.LEGS)) {
            assertThat(stretches).filteredOn(s -> s.area() == area).as("stretches for %s", area)
                    .hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void everyCategoryAndEveryFocusAreaHasSuggestions() {
        for (Category category : Category.values()) {
            assertThat(ENGLISH.all()).filteredOn(s -> s.category() == category).as("category %s", category)
                    .hasSizeGreaterThanOrEqualTo(2);
        }
        for (FocusArea focus : FocusArea.values()) {
            focus.bodyArea().ifPresent(area -> assertThat(ENGLISH.all()).filteredOn(s -> s.area() == area)
                    .as("focus %s", focus).hasSizeGreaterThanOrEqualTo(5));
        }
    }

    @Test
    void theArticlesRemediesAreThere() {
        Set<String> ids = ENGLISH.all().stream().map(Suggestion::id).collect(Collectors.toSet());
        assertThat(ids).contains("jumping-jacks", "arm-circles", "march-in-place", "stairs", "swim-after-work",
                "rest-back-pillows", "compress-ice-then-heat", "foam-roller-upper-back", "massage-neck",
                "walk-around-car", "calf-raises-car", "car-shoulder-rolls", "car-hip-flexor", "post-drive-stretch");
        assertThat(ENGLISH.forNeed(SuggestionNeed.REST)).extracting(Suggestion::category)
                .contains(Category.REST, Category.COMPRESS, Category.SELF_MASSAGE);
        assertThat(ENGLISH.forNeed(SuggestionNeed.MICRO)).extracting(Suggestion::category).contains(Category.EYES);
        assertThat(ENGLISH.forNeed(SuggestionNeed.MOVEMENT)).extracting(Suggestion::category)
                .contains(Category.AEROBIC);
    }

    @Test
    void everySuggestionHasTwoToFiveStepsAPositiveDurationAndAnExistingIllustration() {
        for (Suggestion s : ENGLISH.all()) {
            assertThat(s.steps()).as(s.id()).hasSizeBetween(2, 5);
            assertThat(s.title()).as(s.id()).isNotBlank();
            assertThat(s.duration()).as(s.id()).isPositive();
            assertThat(s.illustration()).as(s.id()).isNotEqualTo(Illustrations.DEFAULT);
            assertThat(Illustrations.exists(s.illustration())).as(s.illustration()).isTrue();
        }
    }

    @Test
    void cautionsAreGivenWhereTheyMatter() {
        assertThat(safety("jumping-jacks")).containsIgnoringCase("knee").containsIgnoringCase("back");
        assertThat(safety("compress-ice-then-heat")).containsIgnoringCase("bare skin").contains("20");
        assertThat(safety("massage-neck")).containsIgnoringCase("nerve").containsIgnoringCase("therapist");
        assertThat(safety("neck-side-tilt")).containsIgnoringCase("stop");
        assertThat(ENGLISH.all()).filteredOn(s -> s.category() == Category.DRIVING
                        || s.category() == Category.COMPRESS || s.category() == Category.SELF_MASSAGE)
                .allSatisfy(s -> assertThat(s.safetyNote()).as(s.id()).isPresent());
    }

    @Test
    void germanTextsAreTranslatedNotEnglish() {
        assertThat(GERMAN.all()).hasSameSizeAs(ENGLISH.all());
        for (Suggestion de : GERMAN.all()) {
            Suggestion en = ENGLISH.byId(de.id()).orElseThrow();
            assertThat(de.steps()).as(de.id()).hasSameSizeAs(en.steps());
            assertThat(de.steps()).as(de.id()).doesNotContainAnyElementsOf(en.steps());
            assertThat(de.safetyNote().isPresent()).as(de.id()).isEqualTo(en.safetyNote().isPresent());
        }
        assertThat(GERMAN.byId("jumping-jacks").orElseThrow().title()).isEqualTo("Hampelmann");
    }

    @Test
    void theBundleFilesHaveTheSameKeysInEnglishAndGerman() {
        Properties en = Bundles.file("suggestions.properties");
        Properties de = Bundles.file("suggestions_de.properties");

        assertThat(de.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(de.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
        for (Suggestion s : ENGLISH.all()) {
            assertThat(de.stringPropertyNames()).as(s.id()).contains(s.id() + ".title", s.id() + ".step1");
        }
    }

    @Test
    void everyCategoryAreaAndFocusHasADisplayName() {
        for (String file : List.of("suggestions.properties", "suggestions_de.properties")) {
            Set<String> keys = Bundles.file(file).stringPropertyNames();
            Stream.of(Category.values()).forEach(c -> assertThat(keys).as(file).contains("category." + c.name()));
            Stream.of(BodyArea.values()).forEach(a -> assertThat(keys).as(file).contains("area." + a.name()));
            Stream.of(FocusArea.values()).forEach(f -> assertThat(keys).as(file).contains("focus." + f.name()));
        }
    }

    @Test
    void everyIllustrationFileIsUsedAndIsSingleColourStrokeArtOnTheSameCanvas() throws IOException {
        Set<String> used = ENGLISH.all().stream().map(Suggestion::illustration).collect(Collectors.toSet());
        used.add(Illustrations.DEFAULT);
        Path folder = Path.of("assets", "illustrations");
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> svgs = files.filter(p -> p.toString().endsWith(".svg")).toList();
            assertThat(svgs.stream().map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(used);
            for (Path svg : svgs) {
                String text = Files.readString(svg);
                assertThat(text).as(svg.toString()).contains("viewBox=\"0 0 200 200\"", "fill=\"none\"",
                        "stroke=\"#4a6fa5\"");
                assertThat(text.split("#", -1)).as(svg + " uses one colour").hasSize(2);
            }
        }
    }

    @Test
    void eachNeedCoversSeveralBodyAreas() {
        for (SuggestionNeed need : EnumSet.complementOf(EnumSet.of(SuggestionNeed.MICRO))) {
            assertThat(ENGLISH.forNeed(need).stream().map(Suggestion::area).distinct().count())
                    .as("areas for %s", need).isGreaterThanOrEqualTo(4);
        }
        assertThat(ENGLISH.forNeed(SuggestionNeed.MICRO).stream().map(Suggestion::area).distinct().count())
                .isGreaterThanOrEqualTo(5);
    }

    private static String safety(String id) {
        return ENGLISH.byId(id).orElseThrow().safetyNote().orElseThrow();
    }
}
