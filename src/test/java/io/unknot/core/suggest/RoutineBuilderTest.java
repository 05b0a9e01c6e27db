package io.unknot.core.suggest;

import io.unknot.catalog.CatalogFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Routines from the built-in catalog through the real picker, break after break on a moving (fake) clock: the
 * moves fill the break, fit its kind, honour categories and the focus area, and never repeat within a routine or
 * from the previous break.
 */
class RoutineBuilderTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final SuggestionCatalog CATALOG = CatalogFiles.load(Locale.ENGLISH, Optional.empty());
    private static final Instant MONDAY_9 = LocalDateTime.parse("2025-03-03T09:00").atZone(ZONE).toInstant();
    private static final Set<Category> ALL = EnumSet.allOf(Category.class);

    @TempDir
    Path dir;

    @Test
    void everyKindAndLengthIsFilledWithinTenPercentWithoutRepeats() {
        Map<SuggestionNeed, List<Duration>> lengths = Map.of(
                SuggestionNeed.MICRO, List.of(ofSeconds(10), ofSeconds(20), ofSeconds(30), ofMinutes(1), ofMinutes(5)),
                SuggestionNeed.STRETCH, List.of(ofMinutes(1), ofMinutes(3), ofMinutes(5), ofMinutes(10), ofMinutes(30)),
                SuggestionNeed.MOVEMENT, List.of(ofMinutes(1), ofMinutes(3), ofMinutes(5), ofMinutes(10), ofMinutes(30)),
                SuggestionNeed.DRIVING, List.of(ofMinutes(5), ofMinutes(10), ofMinutes(15), ofMinutes(30), ofMinutes(60)));
        for (long seed = 0; seed < 20; seed++) {
            for (Map.Entry<SuggestionNeed, List<Duration>> kind : lengths.entrySet()) {
                for (Duration length : kind.getValue()) {
                    SuggestionPicker picker = picker(ALL, FocusArea.NONE, seed);
                    Routine previous = null;
                    for (int i = 0; i < 8; i++) {
                        Routine routine = picker.routine(kind.getKey(), length, at(i));
                        String what = kind.getKey() + " " + length + " seed " + seed + " break " + i;
                        assertThat(routine.fills(length)).as("%s: %s", what, routine.total()).isTrue();
                        assertThat(ids(routine)).as(what).doesNotHaveDuplicates();
                        if (previous != null) {
                            assertThat(ids(routine)).as(what).doesNotContainAnyElementsOf(ids(previous));
                        }
                        previous = routine;
                    }
                }
            }
        }
    }

    @Test
    void aMicroBreakIsOneMoveThatFitsInIt() {
        SuggestionPicker picker = picker(ALL, FocusArea.NONE, 1);
        for (int i = 0; i < 50; i++) {
            Routine routine = picker.routine(SuggestionNeed.MICRO, ofSeconds(20), at(i));

            assertThat(routine.size()).isEqualTo(1);
            assertThat(routine.move(0).length()).isEqualTo(ofSeconds(20));
            assertThat(routine.move(0).suggestion().duration()).isLessThanOrEqualTo(ofSeconds(22));
            assertThat(routine.move(0).suggestion().needs()).contains(SuggestionNeed.MICRO);
        }
    }

    @Test
    void aStretchBreakHasSeveralMovesForDifferentBodyAreasAtTheirOwnDurations() {
        SuggestionPicker picker = picker(ALL, FocusArea.NONE, 2);
        for (int i = 0; i < 50; i++) {
            Routine routine = picker.routine(SuggestionNeed.STRETCH, ofMinutes(3), at(i));

            assertThat(routine.size()).isBetween(3, 9);
            assertThat(routine.moves()).allSatisfy(m -> {
                assertThat(m.length()).isEqualTo(m.suggestion().duration());
                assertThat(m.suggestion().needs()).contains(SuggestionNeed.STRETCH);
            });
            assertThat(routine.moves().stream().map(m -> m.suggestion().area()).distinct().count())
                    .isEqualTo(routine.size());
        }
    }

    @Test
    void aMovementBreakMixesAerobicMovesWithStretchesStartingWithAnAerobicOne() {
        SuggestionPicker picker = picker(ALL, FocusArea.NONE, 3);
        for (int i = 0; i < 50; i++) {
            Routine routine = picker.routine(SuggestionNeed.MOVEMENT, ofMinutes(5), at(i));

            assertThat(routine.move(0).suggestion().category()).isEqualTo(Category.AEROBIC);
            assertThat(routine.moves()).extracting(m -> m.suggestion().category())
                    .contains(Category.AEROBIC).containsAnyOf(Category.STRETCH, Category.SELF_MASSAGE);
        }
    }

    @Test
    void withAerobicMovesOffAMovementBreakIsVariedStretchesNotTheSameHipCircles() {
        Set<Category> noAerobic = EnumSet.complementOf(EnumSet.of(Category.AEROBIC));
        SuggestionPicker picker = picker(noAerobic, FocusArea.NONE, 4);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            Routine routine = picker.routine(SuggestionNeed.MOVEMENT, ofMinutes(5), at(i));

            assertThat(routine.moves()).extracting(m -> m.suggestion().category()).doesNotContain(Category.AEROBIC);
            assertThat(routine.size()).isGreaterThanOrEqualTo(4);
            seen.addAll(ids(routine));
        }
        assertThat(seen).hasSizeGreaterThan(15);
    }

    @Test
    void aDrivingStopIsAWalkThenRoadsideStretchesAndTheWalkTakesTheTimeLeft() {
        SuggestionPicker picker = picker(ALL, FocusArea.NONE, 5);
        for (int i = 0; i < 30; i++) {
            Routine routine = picker.routine(SuggestionNeed.DRIVING, ofMinutes(15), at(i));

            Routine.Move walk = routine.move(0);
            assertThat(walk.suggestion().area()).isEqualTo(BodyArea.WHOLE_BODY);
            assertThat(walk.length()).isGreaterThanOrEqualTo(walk.suggestion().duration());
            assertThat(routine.size()).isGreaterThanOrEqualTo(4);
            assertThat(routine.moves()).allSatisfy(m -> {
                assertThat(m.suggestion().needs()).contains(SuggestionNeed.DRIVING);
                assertThat(m.suggestion().safetyNote()).hasValueSatisfying(
                        note -> assertThat(note).contains("parked", "engine off", "away from traffic"));
            });
            assertThat(routine.moves().subList(1, routine.size()))
                    .allSatisfy(m -> assertThat(m.length()).isEqualTo(m.suggestion().duration()));
            assertThat(routine.total()).isEqualTo(ofMinutes(15));
        }
    }

    @Test
    void drivingStopsStayOnTheRoadsideEvenWhenTheUserSwitchedDrivingStopsOff() {
        SuggestionPicker picker = picker(EnumSet.of(Category.STRETCH, Category.EYES), FocusArea.NONE, 6);

        Routine routine = picker.routine(SuggestionNeed.DRIVING, ofMinutes(15), at(0));

        assertThat(routine.moves()).allSatisfy(m -> assertThat(m.suggestion().category()).isEqualTo(Category.DRIVING));
    }

    @Test
    void onlyEnabledCategoriesAppear() {
        Set<Category> enabled = EnumSet.of(Category.STRETCH, Category.EYES);
        SuggestionPicker picker = picker(enabled, FocusArea.NONE, 7);
        for (int i = 0; i < 30; i++) {
            for (SuggestionNeed need : List.of(SuggestionNeed.MICRO, SuggestionNeed.STRETCH, SuggestionNeed.MOVEMENT)) {
                Routine routine = picker.routine(need, need == SuggestionNeed.MICRO ? ofSeconds(20) : ofMinutes(5),
                        at(i));
                assertThat(routine.moves()).as("%s", need).allSatisfy(
                        m -> assertThat(m.suggestion().category()).isIn(enabled));
            }
        }
    }

    @Test
    void theFocusAreaComesUpInMoreRoutinesThanWithoutFocus() {
        int withFocus = 0;
        int withoutFocus = 0;
        for (long seed = 0; seed < 20; seed++) {
            SuggestionPicker focused = picker(ALL, FocusArea.LEGS, seed);
            SuggestionPicker plain = picker(ALL, FocusArea.NONE, seed);
            for (int i = 0; i < 10; i++) {
                withFocus += legMoves(focused.routine(SuggestionNeed.STRETCH, ofMinutes(2), at(i)));
                withoutFocus += legMoves(plain.routine(SuggestionNeed.STRETCH, ofMinutes(2), at(i)));
            }
        }

        assertThat(withFocus).isGreaterThan(withoutFocus * 3 / 2);
    }

    @Test
    void theUsersOwnMovesTakePart() throws IOException {
        Path file = dir.resolve("suggestions.txt");
        Files.writeString(file, "towel-hang | STRETCH | SHOULDERS | STRETCH | 40s | - | Towel hang"
                + " | Hold a towel overhead; Pull it apart gently; Breathe\n");
        SuggestionCatalog catalog = CatalogFiles.load(Locale.ENGLISH, Optional.of(file));
        SuggestionPicker picker = new SuggestionPicker(catalog, () -> ALL, () -> FocusArea.NONE, new Random(8),
                ZONE);
        int shown = 0;
        for (int i = 0; i < 30; i++) {
            shown += ids(picker.routine(SuggestionNeed.STRETCH, ofMinutes(3), at(i))).contains("towel-hang") ? 1 : 0;
        }

        assertThat(shown).isGreaterThan(3);
    }

    @Test
    void aCatalogTooSmallToFillTheBreakHoldsEveryMoveProportionallyLongerAndKeepsHalfForTheNextBreak() {
        SuggestionCatalog four = SuggestionCatalog.of(List.of(suggestion("neck", BodyArea.NECK, ofSeconds(30)),
                suggestion("legs", BodyArea.LEGS, ofSeconds(60)), suggestion("hips", BodyArea.HIPS, ofSeconds(30)),
                suggestion("back", BodyArea.LOWER_BACK, ofSeconds(60))));
        SuggestionPicker picker = new SuggestionPicker(four, () -> ALL, () -> FocusArea.NONE, new Random(9), ZONE);

        Routine first = picker.routine(SuggestionNeed.STRETCH, ofMinutes(6), at(0));
        Routine second = picker.routine(SuggestionNeed.STRETCH, ofMinutes(6), at(1));

        for (Routine routine : List.of(first, second)) {
            assertThat(routine.size()).isEqualTo(2);
            assertThat(routine.total()).isEqualTo(ofMinutes(6));
            double stretch = (double) ofMinutes(6).toSeconds()
                    / routine.moves().stream().mapToLong(m -> m.suggestion().duration().toSeconds()).sum();
            assertThat(routine.moves()).allSatisfy(m -> assertThat((double) m.length().toSeconds())
                    .isCloseTo(m.suggestion().duration().toSeconds() * stretch, org.assertj.core.data.Offset.offset(1.0)));
        }
        assertThat(ids(second)).doesNotContainAnyElementsOf(ids(first));
    }

    @Test
    void theSameSeedGivesTheSameRoutines() {
        List<Routine> first = new ArrayList<>();
        List<Routine> second = new ArrayList<>();
        SuggestionPicker a = picker(ALL, FocusArea.NECK, 10);
        SuggestionPicker b = picker(ALL, FocusArea.NECK, 10);
        for (int i = 0; i < 10; i++) {
            first.add(a.routine(SuggestionNeed.MOVEMENT, ofMinutes(5), at(i)));
            second.add(b.routine(SuggestionNeed.MOVEMENT, ofMinutes(5), at(i)));
        }

        assertThat(first).isEqualTo(second);
    }

    private static int legMoves(Routine routine) {
        return (int) routine.moves().stream().filter(m -> m.suggestion().area() == BodyArea.LEGS).count();
    }

    private static List<String> ids(Routine routine) {
        return routine.moves().stream().map(Routine.Move::id).toList();
    }

    private static Instant at(int breakNumber) {
        return MONDAY_9.plus(Duration.ofMinutes(45L * breakNumber));
    }

    private static SuggestionPicker picker(Set<Category> categories, FocusArea focus, long seed) {
        return new SuggestionPicker(CATALOG, () -> categories, () -> focus, new Random(seed), ZONE);
    }

    private static Suggestion suggestion(String id, BodyArea area, Duration duration) {
        return new Suggestion(id, id, List.of("one", "two"), duration, area, Category.STRETCH,
                Set.of(SuggestionNeed.STRETCH), Suggestion.DEFAULT_ILLUSTRATION, Optional.empty());
    }
}
