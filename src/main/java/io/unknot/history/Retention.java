package io.unknot.history;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Where history retention cuts: at the start of the local day {@code keep} days before today. */
public final class Retention {

    private Retention() {
    }

    /** Records before the returned moment are removed; whole local days are kept. */
    public static Instant cutoff(Instant now, ZoneId zone, Duration keep) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        return today.minusDays(keep.toDays()).atStartOfDay(zone).toInstant();
    }
}
