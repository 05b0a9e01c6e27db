package io.unknot.history;

import java.nio.file.Path;
import java.util.List;

/** What opening the history found: empty when every file was intact. */
public record OpenReport(List<Damage> damages) {

    /**
     * A segment whose damaged part was moved aside.
     *
     * @param segment     the journal file, now holding only intact records
     * @param keptAside   the file holding the damaged bytes exactly as found
     * @param bytesAside  how many bytes were moved aside
     * @param intact      records the segment still holds
     * @param recovered   of those, intact records found after the damage
     * @param lost        damaged lines that could not be read: the records lost
     */
    public record Damage(Path segment, Path keptAside, long bytesAside, int intact, int recovered, int lost) {}

    public OpenReport {
        damages = List.copyOf(damages);
    }

    public boolean clean() {
        return damages.isEmpty();
    }

    /** Records lost to damage, over all segments. */
    public int lost() {
        return damages.stream().mapToInt(Damage::lost).sum();
    }
}
