package io.unknot.ui.stats;

import java.time.LocalDate;

/** Dataset keys that carry data for code and tests while JFreeChart shows their label. */
final class ChartKeys {

    private ChartKeys() {
    }

    /** A day column of a chart, labelled for its axis. */
    record Day(LocalDate date, String label) implements Comparable<Day> {
        @Override
        public int compareTo(Day other) {
            return date.compareTo(other.date);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** A series (row) of a chart, with a stable id and a translated label for the legend. */
    record Series(String id, String label) implements Comparable<Series> {
        @Override
        public int compareTo(Series other) {
            return id.compareTo(other.id);
        }

        @Override
        public String toString() {
            return label;
        }
    }
}
