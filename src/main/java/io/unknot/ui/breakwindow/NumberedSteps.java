package io.unknot.ui.breakwindow;

import java.util.List;

/** A suggestion's steps as the break window and the notices show them: "1. …", one per line. */
final class NumberedSteps {

    private NumberedSteps() {
    }

    static String of(List<String> steps) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            text.append(i + 1).append(". ").append(steps.get(i));
            if (i < steps.size() - 1) {
                text.append('\n');
            }
        }
        return text.toString();
    }
}
