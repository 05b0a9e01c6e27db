package io.unknot.core.suggest;

import io.unknot.catalog.HealthTipTexts;
import io.unknot.catalog.CatalogFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every built-in entry, checked for an honest duration, usable steps and the cautions its setting calls for:
 * roadside moves say parked, engine off and away from traffic; aerobic moves say when to stop; moves on a chair
 * warn about rolling chairs. Checked in English and German.
 */
class CatalogSafetyTest {

    private static final SuggestionCatalog ENGLISH = CatalogFiles.load(Locale.ENGLISH, Optional.empty());
    private static final SuggestionCatalog GERMAN = CatalogFiles.load(Locale.GERMAN, Optional.empty());
    /** id to the cautions its catalog line lists. */
    private static final Map<String, Set<String>> CAUTIONS = cautions();

    private static final Pattern SECONDS = Pattern.compile("(\\d+)(?: to \\d+)? seconds");
    private static final Pattern MINUTES = Pattern.compile("(\\d+)(?: to \\d+)? minutes");
    private static final Pattern BOTH_SIDES = Pattern.compile(
            "switch|change (?:sides|legs|arms)|swap arms|other side|each side|then change|to the left");

    @Test
    void everyEntryHasADurationAtLeastAsLongAsTheHoldsItsStepsName() {
        for (Suggestion s : ENGLISH.all()) {
            String steps = String.join(" ", s.steps());
            long named = sum(SECONDS.matcher(steps)) + 60 * sum(MINUTES.matcher(steps));
            long sides = BOTH_SIDES.matcher(steps).find() ? 2 : 1;
            assertThat(s.duration().toSeconds()).as("%s: %s", s.id(), steps).isGreaterThanOrEqualTo(named * sides);
            assertThat(s.duration()).as(s.id()).isPositive().isLessThanOrEqualTo(Duration.ofHours(1));
            assertThat(s.steps()).as(s.id()).hasSizeBetween(2, 5).allSatisfy(step -> assertThat(step).isNotBlank());
        }
    }

    @Test
    void microMovesAreShortAndSeveralFitTheDefaultTwentySeconds() {
        List<Suggestion> micro = ENGLISH.forNeed(SuggestionNeed.MICRO);

        assertThat(micro).allSatisfy(s -> assertThat(s.duration()).as(s.id()).isLessThanOrEqualTo(Duration.ofMinutes(1)));
        assertThat(micro.stream().filter(s -> s.duration().compareTo(Duration.ofSeconds(22)) <= 0)
                .map(Suggestion::area).distinct().count()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void everyRoadsideMoveSaysParkedEngineOffAndOnTheSideAwayFromTraffic() {
        assertThat(ENGLISH.forNeed(SuggestionNeed.DRIVING)).hasSizeGreaterThanOrEqualTo(6).allSatisfy(s -> {
            assertThat(CAUTIONS.get(s.id())).as(s.id()).contains("roadside");
            assertThat(s.category()).as(s.id()).isEqualTo(Category.DRIVING);
            assertThat(s.safetyNote()).as(s.id()).hasValueSatisfying(note -> assertThat(note)
                    .contains("parked", "engine off", "side away from traffic", "curb", "gutter"));
        });
        assertThat(GERMAN.forNeed(SuggestionNeed.DRIVING)).allSatisfy(s -> assertThat(s.safetyNote()).as(s.id())
                .hasValueSatisfying(note -> assertThat(note).contains("geparkt", "Motor", "Verkehr abgewandten Seite")));
    }

    @Test
    void noRoadsideMoveUsesTheCurbWalksBackwardsOrCrossesTheTrafficSide() {
        for (Suggestion s : ENGLISH.forNeed(SuggestionNeed.DRIVING)) {
            String steps = String.join(" ", s.steps()).toLowerCase(Locale.ROOT);
            assertThat(steps).as(s.id()).doesNotContain("curb", "gutter", "walk backward", "step back",
                    "walk your feet back", "around the car", "laps");
        }
        assertThat(ENGLISH.byId("curb-hamstring")).isEmpty();
    }

    @Test
    void everyAerobicMoveSaysToStopWhenBreathlessDizzyOrInChestPain() {
        assertThat(ENGLISH.all()).filteredOn(s -> s.category() == Category.AEROBIC).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(s -> {
                    assertThat(CAUTIONS.get(s.id())).as(s.id()).contains("exertion");
                    assertThat(s.safetyNote()).as(s.id()).hasValueSatisfying(
                            note -> assertThat(note).contains("stop", "breathless", "dizzy", "chest"));
                });
        assertThat(GERMAN.byId("stairs").orElseThrow().safetyNote()).hasValueSatisfying(
                note -> assertThat(note).contains("außer Atem", "schwindlig", "Brust"));
    }

    @Test
    void everyMoveOnAChairWarnsAboutRollingChairs() {
        Pattern chair = Pattern.compile("\\b(?:chair|seat|backrest)\\b");
        List<Suggestion> onChairs = ENGLISH.all().stream()
                .filter(s -> chair.matcher(String.join(" ", s.steps()).toLowerCase(Locale.ROOT)).find()).toList();

        assertThat(onChairs).extracting(Suggestion::id).contains("seated-cat-cow", "knee-to-chest",
                "seated-forward-fold", "sit-to-stand", "legs-up-rest");
        assertThat(onChairs).allSatisfy(s -> {
            assertThat(CAUTIONS.get(s.id())).as(s.id()).contains("chair");
            assertThat(s.safetyNote()).as(s.id()).hasValueSatisfying(note -> assertThat(note).contains("rolling"));
        });
        assertThat(GERMAN.byId("seated-cat-cow").orElseThrow().safetyNote())
                .hasValueSatisfying(note -> assertThat(note).contains("Rollen"));
    }

    @Test
    void sharedCautionsComeFirstAndTheMovesOwnNoteFollows() {
        Properties en = Bundles.file("suggestions.properties");
        Suggestion roof = ENGLISH.byId("car-roof-stretch").orElseThrow();

        assertThat(roof.safetyNote()).contains(en.getProperty("caution.roadside") + " "
                + en.getProperty("car-roof-stretch.safety"));
        assertThat(ENGLISH.byId("eyes-far-look").orElseThrow().safetyNote()).isEmpty();
    }

    @Test
    void theNoticesListsFitTheirTexts() {
        // "Before you sit down again, try this:" names a short move, not lying down for ten minutes.
        assertThat(ENGLISH.forNeed(SuggestionNeed.POST_DRIVE)).allSatisfy(s -> {
            assertThat(s.duration()).as(s.id()).isLessThanOrEqualTo(Duration.ofMinutes(2));
            assertThat(s.category()).as(s.id()).isNotIn(Category.REST, Category.COMPRESS);
        });
        // The end-of-day notice eases the muscles; a workday exercise such as a brisk walk is not on its list.
        assertThat(ENGLISH.forNeed(SuggestionNeed.REST)).allSatisfy(s -> assertThat(s.needs()).as(s.id())
                .doesNotContain(SuggestionNeed.MOVEMENT, SuggestionNeed.DRIVING));
        Properties en = Bundles.file("break.properties");
        assertThat(en.getProperty("driveEnded.body")).doesNotContain("stretch");
        assertThat(en.getProperty("dailyLimit.body")).doesNotContain("rest for the day");
    }

    @Test
    void germanTextsSayDuNotSie() {
        Pattern formal = Pattern.compile("\\b(?:Sie|Ihnen|Ihr|Ihre|Ihren)\\b");
        for (String file : List.of("suggestions_de.properties", "break_de.properties")) {
            Properties de = Bundles.file(file);
            for (String key : de.stringPropertyNames()) {
                assertThat(formal.matcher(de.getProperty(key)).find()).as("%s %s", file, key).isFalse();
            }
        }
    }

    @Test
    void theHealthTipsSayStretchingOnlySometimesHelpsAndARecurringKnotNeedsADoctor() {
        HealthTips.Item stretch = HealthTipTexts.load(Locale.ENGLISH).sections().stream()
                .filter(s -> s.id().equals("self")).findFirst().orElseThrow().items().get(1);
        HealthTips.Item dehnen = HealthTipTexts.load(Locale.GERMAN).sections().stream()
                .filter(s -> s.id().equals("self")).findFirst().orElseThrow().items().get(1);

        assertThat(stretch.text()).contains("sometimes", "keeps coming back", "doctor", "physical therapist");
        assertThat(dehnen.text()).contains("manchmal", "immer wieder", "Ärztin", "Physiotherapie");
    }

    private static long sum(Matcher m) {
        long total = 0;
        while (m.find()) {
            total += Long.parseLong(m.group(1));
        }
        return total;
    }

    private static Map<String, Set<String>> cautions() {
        try (var in = CatalogSafetyTest.class.getResourceAsStream(CatalogFiles.BUILT_IN_RESOURCE)) {
            Map<String, Set<String>> cautions = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> fields = new ArrayList<>(CatalogFields.split(line));
                cautions.put(fields.get(0), CatalogParser.cautions(fields.get(6)));
            }
            return cautions;
        } catch (IOException | MalformedEntry e) {
            throw new AssertionError(e);
        }
    }
}
