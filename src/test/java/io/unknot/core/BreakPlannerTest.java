package io.unknot.core;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.unknot.core.BreakKind.DRIVING;
import static io.unknot.core.BreakKind.MICRO;
import static io.unknot.core.BreakKind.MOVEMENT;
import static io.unknot.core.BreakKind.STRETCH;
import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

class BreakPlannerTest {

    private final BreakSettings settings = BreakSettings.DEFAULTS;
    private final BreakPlanner planner = new BreakPlanner();

    @Test
    void theMicroBreakComesFirstOnAFreshDay() {
        BreakPlanner.Plan plan = planner.plan(settings, false, Duration.ZERO).orElseThrow();

        assertThat(plan.kind()).isEqualTo(MICRO);
        assertThat(plan.in()).isEqualTo(ofMinutes(10));
    }

    @Test
    void pendingTimeCountsTowardsTheNextBreak() {
        planner.addDesk(ofMinutes(9));

        assertThat(planner.plan(settings, false, ofSeconds(30)).orElseThrow().in()).isEqualTo(ofSeconds(30));
    }

    @Test
    void aLongerBreakDueWithinTheWarningLeadAbsorbsTheShorterOne() {
        planner.addDesk(ofMinutes(34).plusSeconds(35));
        planner.timer(MICRO).reset();
        planner.addDesk(ofMinutes(9).plusSeconds(55)); // micro in 5 s, stretch in 30 s

        BreakPlanner.Plan plan = planner.plan(settings, false, Duration.ZERO).orElseThrow();

        assertThat(plan.kind()).isEqualTo(STRETCH);
        assertThat(plan.in()).isEqualTo(ofSeconds(5));
        assertThat(plan.absorbed()).containsExactly(MICRO);
    }

    @Test
    void movementStandsInForTheStretchOnceSittingPassedItsInterval() {
        planner.addDriving(ofMinutes(100));
        planner.addDesk(ofMinutes(45));
        planner.timer(MICRO).reset();

        BreakPlanner.Plan plan = planner.plan(settings, false, Duration.ZERO).orElseThrow();

        assertThat(plan.kind()).isEqualTo(MOVEMENT);
        assertThat(plan.absorbed()).containsExactly(STRETCH);
    }

    @Test
    void aBreakTakenRestartsEveryBreakNoLongerThanIt() {
        planner.addDesk(ofMinutes(30));
        planner.addDriving(ofMinutes(30));

        planner.taken(settings, STRETCH);

        assertThat(planner.timer(MICRO).elapsed()).isZero();
        assertThat(planner.timer(STRETCH).elapsed()).isZero();
        assertThat(planner.timer(MOVEMENT).elapsed()).isEqualTo(ofMinutes(60));
        assertThat(planner.timer(DRIVING).elapsed()).isEqualTo(ofMinutes(30));
    }

    @Test
    void aPostponedBreakComesBackAfterThePostponeLengthOfSittingWithTheBreaksItStoodFor() {
        planner.addDesk(ofMinutes(45));

        planner.postponed(STRETCH, java.util.Set.of(MICRO), ofMinutes(5));

        BreakPlanner.Plan plan = planner.plan(settings, false, Duration.ZERO).orElseThrow();
        assertThat(plan.kind()).isEqualTo(STRETCH);
        assertThat(plan.in()).isEqualTo(ofMinutes(5));
        assertThat(planner.postponesLeft(settings, STRETCH)).isEqualTo(2);
    }

    @Test
    void onTheRoadOnlyTheDrivingBreakIsPlanned() {
        planner.addDesk(ofMinutes(44));
        planner.addDriving(ofMinutes(30));

        BreakPlanner.Plan plan = planner.plan(settings, true, Duration.ZERO).orElseThrow();

        assertThat(plan.kind()).isEqualTo(DRIVING);
        assertThat(plan.in()).isEqualTo(ofMinutes(90));
    }

    @Test
    void withEveryDeskBreakOffNothingIsPlannedAtTheDesk() {
        BreakSettings none = settings;
        for (BreakKind kind : new BreakKind[] {MICRO, STRETCH, MOVEMENT}) {
            none = none.withRule(kind, none.rule(kind).withEnabled(false));
        }

        assertThat(planner.plan(none, false, Duration.ZERO)).isEmpty();
    }
}
