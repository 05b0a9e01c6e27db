package io.unknot.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Which breaks an idle stretch or a suspend has covered: every kind whose duration fits, each once per stretch. */
final class NaturalBreaks {

    private long stretchId = -1;
    private final Set<BreakKind> credited = EnumSet.noneOf(BreakKind.class);

    /** Kinds this stretch has newly covered, shortest first. */
    List<BreakKind> reached(ActivityTracker.Stretch stretch, BreakSettings settings) {
        if (stretch.id() != stretchId) {
            stretchId = stretch.id();
            credited.clear();
        }
        List<BreakKind> reached = new ArrayList<>(1);
        for (BreakKind kind : covered(stretch.length(), settings)) {
            if (credited.add(kind)) {
                reached.add(kind);
            }
        }
        return reached;
    }

    /** Every kind whose duration fits in {@code away}, shortest first. */
    static List<BreakKind> covered(Duration away, BreakSettings settings) {
        List<BreakKind> covered = new ArrayList<>(BreakKind.values().length);
        for (BreakKind kind : BreakKind.values()) {
            if (settings.rule(kind).duration().compareTo(away) <= 0) {
                covered.add(kind);
            }
        }
        if (covered.size() > 1) {
            covered.sort(Comparator.comparing(kind -> settings.rule(kind).duration()));
        }
        return covered;
    }
}
