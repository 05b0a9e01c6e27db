package io.unknot.core.suggest;

import io.unknot.catalog.CatalogFiles;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestionPickerTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final SuggestionCatalog CATALOG = CatalogFiles.load(Locale.ENGLISH, Optional.empty());
    private static final Instant MONDAY_9 = LocalDateTime.parse("2025-03-03T09:00").atZone(ZONE).toInstant();

    @Test
    void neverSuggestsTheSameMoveTwiceInARow() {
        SuggestionPicker picker = picker(EnumSet.allOf(Category.class), FocusArea.NONE, 1);
        Random needs = new Random(2);
        Suggestion previous = null;
        Instant now = MONDAY_9;
        for (int i = 0; i < 2_000; i++) {
            SuggestionNeed need = SuggestionNeed.values()[needs.nextInt(SuggestionNeed.values().length)];
            Suggestion next = picker.pick(need, now);
            assertThat(next).isNotEqualTo(previous);
            assertThat(next.needs()).contains(need);
            previous = next;
            now = now.plus(Duration.ofMinutes(7));
        }
    }

    @Test
    void repeatsOnlyWhenASingleSuggestionFits() {
        Suggestion only = suggestion("only", Category.STRETCH, BodyArea.NECK, SuggestionNeed.STRETCH);
        SuggestionPicker picker = new SuggestionPicker(SuggestionCatalog.of(List.of(only)),
                () -> EnumSet.allOf(Category.class), () -> FocusArea.NONE, new Random(1), ZONE);

        assertThat(picker.pick(SuggestionNeed.STRETCH, MONDAY_9)).isEqualTo(only);
        assertThat(picker.pick(SuggestionNeed.STRETCH, MONDAY_9.plusSeconds(60))).isEqualTo(only);
    }

    @Test
    void showsOnlyTheCategoriesTheUserEnabled() {
        Set<Category> enabled = EnumSet.of(Category.STRETCH, Category.EYES);
        SuggestionPicker picker = picker(enabled, FocusArea.NONE, 3);
        Instant now = MONDAY_9;
        for (int i = 0; i < 500; i++) {
            for (SuggestionNeed need : SuggestionNeed.values()) {
                Suggestion s = picker.pick(need, now);
                assertThat(s.category()).as("%s for %s", s.id(), need).isIn(enabled);
                now = now.plus(Duration.ofMinutes(3));
            }
        }
    }

    @Test
    void aCategoryChangeTakesEffectAtTheNextPick() {
        AtomicReference<Set<Category>> enabled = new AtomicReference<>(EnumSet.of(Category.EYES));
        SuggestionPicker picker = new SuggestionPicker(CATALOG, enabled::get, () -> FocusArea.NONE, new Random(4), ZONE);

        assertThat(picker.pick(SuggestionNeed.MICRO, MONDAY_9).category()).isEqualTo(Category.EYES);
        enabled.set(EnumSet.of(Category.SELF_MASSAGE));
        assertThat(picker.pick(SuggestionNeed.MICRO, MONDAY_9.plusSeconds(600)).category())
                .isEqualTo(Category.SELF_MASSAGE);
    }

    @Test
    void aMovementBreakWithAerobicMovesOffGetsTheNearestEnabledMoveInstead() {
        SuggestionPicker picker = picker(EnumSet.of(Category.STRETCH), FocusArea.NONE, 5);
        List<Suggestion> picks = picks(picker, SuggestionNeed.MOVEMENT, 20);

        // hip-circles is the only stretch tagged for movement breaks, so it repeats rather than showing jumping jacks
        assertThat(picks).extracting(Suggestion::id).containsOnly("hip-circles");

        SuggestionPicker eyesOnly = picker(EnumSet.of(Category.EYES), FocusArea.NONE, 5);
        assertThat(picks(eyesOnly, SuggestionNeed.DRIVING, 20)).extracting(Suggestion::category)
                .containsOnly(Category.EYES);
    }

    @Test
    void withEveryCategoryOffTheBreakStillGetsAMoveThatFitsIt() {
        SuggestionPicker picker = picker(EnumSet.noneOf(Category.class), FocusArea.NONE, 6);
        for (SuggestionNeed need : SuggestionNeed.values()) {
            assertThat(picker.pick(need, MONDAY_9).needs()).contains(need);
        }
    }

    @Test
    void theSameSeedGivesTheSameSequence() {
        List<Suggestion> first = picks(picker(EnumSet.allOf(Category.class), FocusArea.LEGS, 42),
                SuggestionNeed.STRETCH, 50);
        List<Suggestion> second = picks(picker(EnumSet.allOf(Category.class), FocusArea.LEGS, 42),
                SuggestionNeed.STRETCH, 50);

        assertThat(first).isEqualTo(second);
    }

    @Test
    void aDayOfStretchBreaksSpreadsOverTheBodyFarMoreEvenlyThanChance() {
        int areas = (int) CATALOG.forNeed(SuggestionNeed.STRETCH).stream().map(Suggestion::area).distinct().count();
        int picksPerDay = 2 * areas;
        double balancedSpread = 0;
        double unbalancedSpread = 0;
        int everyAreaUsed = 0;
        for (int seed = 0; seed < 100; seed++) {
            Map<BodyArea, Integer> oneDay = areaCounts(picker(EnumSet.allOf(Category.class), FocusArea.NONE, seed),
                    picksPerDay, Duration.ofMinutes(30));
            // the same number of picks, each on a different day, so no balancing applies
            Map<BodyArea, Integer> separateDays = areaCounts(
                    picker(EnumSet.allOf(Category.class), FocusArea.NONE, seed), picksPerDay, Duration.ofDays(1));
            balancedSpread += spread(oneDay, areas);
            unbalancedSpread += spread(separateDays, areas);
            everyAreaUsed += oneDay.size() == areas ? 1 : 0;
        }

        assertThat(balancedSpread / 100).isLessThanOrEqualTo(2.0).isLessThan(unbalancedSpread / 100 / 2);
        assertThat(everyAreaUsed).isGreaterThanOrEqualTo(95);
    }

    @Test
    void theBalanceStartsAfreshAtLocalMidnight() {
        Suggestion neckA = suggestion("neck-a", Category.STRETCH, BodyArea.NECK, SuggestionNeed.MICRO,
                SuggestionNeed.STRETCH);
        Suggestion neckB = suggestion("neck-b", Category.STRETCH, BodyArea.NECK, SuggestionNeed.MICRO,
                SuggestionNeed.STRETCH);
        Suggestion legs = suggestion("legs", Category.STRETCH, BodyArea.LEGS, SuggestionNeed.STRETCH);
        SuggestionCatalog catalog = SuggestionCatalog.of(List.of(neckA, neckB, legs));
        Instant evening = LocalDateTime.parse("2025-03-03T23:00").atZone(ZONE).toInstant();
        int neckAfterMidnight = 0;
        int neckBeforeMidnight = 0;
        for (int seed = 0; seed < 200; seed++) {
            SuggestionPicker picker = new SuggestionPicker(catalog, () -> EnumSet.allOf(Category.class),
                    () -> FocusArea.NONE, new Random(seed), ZONE);
            for (int i = 0; i < 6; i++) {
                picker.pick(SuggestionNeed.MICRO, evening.plusSeconds(i)); // only the neck fits: neck used 6 times
            }
            // 23:59 is still the same day: the neck is strongly avoided
            if (picker.pick(SuggestionNeed.STRETCH, evening.plus(Duration.ofMinutes(59))).area() == BodyArea.NECK) {
                neckBeforeMidnight++;
            }
            SuggestionPicker fresh = new SuggestionPicker(catalog, () -> EnumSet.allOf(Category.class),
                    () -> FocusArea.NONE, new Random(seed), ZONE);
            for (int i = 0; i < 6; i++) {
                fresh.pick(SuggestionNeed.MICRO, evening.plusSeconds(i));
            }
            // 00:01 in Berlin is a new day there (though still the same UTC day): the count starts again
            if (fresh.pick(SuggestionNeed.STRETCH, evening.plus(Duration.ofMinutes(61))).area() == BodyArea.NECK) {
                neckAfterMidnight++;
            }
        }

        assertThat(neckBeforeMidnight).isLessThanOrEqualTo(2);
        assertThat(neckAfterMidnight).isBetween(60, 140);
    }

    @Test
    void aFocusAreaComesUpAboutThreeTimesAsOftenAsTheOthers() {
        Map<BodyArea, Integer> plain = new EnumMap<>(BodyArea.class);
        Map<BodyArea, Integer> focused = new EnumMap<>(BodyArea.class);
        for (int seed = 0; seed < 20; seed++) {
            Instant day = MONDAY_9;
            SuggestionPicker withoutFocus = picker(EnumSet.allOf(Category.class), FocusArea.NONE, seed);
            SuggestionPicker withFocus = picker(EnumSet.allOf(Category.class), FocusArea.LOWER_BACK, seed);
            for (int d = 0; d < 10; d++) {
                for (int i = 0; i < 12; i++) {
                    Instant at = day.plus(Duration.ofMinutes(45L * i));
                    plain.merge(withoutFocus.pick(SuggestionNeed.STRETCH, at).area(), 1, Integer::sum);
                    focused.merge(withFocus.pick(SuggestionNeed.STRETCH, at).area(), 1, Integer::sum);
                }
                day = day.plus(Duration.ofDays(1));
            }
        }
        double total = 20 * 10 * 12;
        double plainShare = plain.get(BodyArea.LOWER_BACK) / total;
        double focusedShare = focused.get(BodyArea.LOWER_BACK) / total;
        double otherAreasAverage = focused.entrySet().stream().filter(e -> e.getKey() != BodyArea.LOWER_BACK)
                .mapToInt(Map.Entry::getValue).average().orElseThrow();

        assertThat(focused.get(BodyArea.LOWER_BACK) / otherAreasAverage).isBetween(2.2, 3.5);
        assertThat(focusedShare / plainShare).isGreaterThan(1.8);
    }

    private static SuggestionPicker picker(Set<Category> categories, FocusArea focus, long seed) {
        return new SuggestionPicker(CATALOG, () -> categories, () -> focus, new Random(seed), ZONE);
    }

    private static List<Suggestion> picks(SuggestionPicker picker, SuggestionNeed need, int count) {
        List<Suggestion> picks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            picks.add(picker.pick(need, MONDAY_9.plus(Duration.ofMinutes(10L * i))));
        }
        return picks;
    }

    private static Map<BodyArea, Integer> areaCounts(SuggestionPicker picker, int picks, Duration step) {
        Map<BodyArea, Integer> counts = new EnumMap<>(BodyArea.class);
        for (int i = 0; i < picks; i++) {
            counts.merge(picker.pick(SuggestionNeed.STRETCH, MONDAY_9.plus(step.multipliedBy(i))).area(), 1,
                    Integer::sum);
        }
        return counts;
    }

    private static int spread(Map<BodyArea, Integer> counts, int areas) {
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int min = counts.size() < areas ? 0 : counts.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        return max - min;
    }

    private static Suggestion suggestion(String id, Category category, BodyArea area, SuggestionNeed... needs) {
        return new Suggestion(id, id, List.of("one", "two"), Duration.ofSeconds(30), area, category,
                Set.of(needs), Suggestion.DEFAULT_ILLUSTRATION, Optional.empty());
    }
}
