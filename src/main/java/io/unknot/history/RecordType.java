package io.unknot.history;

import java.util.Locale;
import java.util.Optional;

/** What a history record says happened. {@link #id()} is the stable name written to the journal and to CSV. */
public enum RecordType {
    BREAK_DUE(false),
    BREAK_SHOWN(false),
    BREAK_DONE(true),
    BREAK_POSTPONED(true),
    BREAK_SKIPPED(true),
    BREAK_TAKEN_NATURALLY(true),
    /** The break ran its course while the user kept typing or moving the mouse: it ended but was not taken. */
    BREAK_IGNORED(true),
    /**
     * The break that follows came after too many skipped, postponed or ignored breaks in a row (those records
     * precede it) and was made harder to dismiss; its outcome is the break record that follows.
     */
    BREAK_ESCALATED(true),
    DRIVE_STARTED(false),
    DRIVE_ENDED(true),
    DAILY_LIMIT_REACHED(true),
    /** Desk or driving time within one minute (the record's moment is the minute's start). */
    SITTING(false),
    /** A drive made away from the computer, logged by hand; the record's moment is the drive's start. */
    PAST_DRIVE(true);

    private final boolean outcome;

    RecordType(boolean outcome) {
        this.outcome = outcome;
    }

    /** True for the records worth forcing to disk at once: what the user decided or logged, not routine minutes. */
    public boolean outcome() {
        return outcome;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RecordType> fromId(String id) {
        for (RecordType type : values()) {
            if (type.id().equals(id)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
