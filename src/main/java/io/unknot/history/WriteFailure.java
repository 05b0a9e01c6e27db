package io.unknot.history;

import java.time.Instant;

/** The last append that could not be written (disk full, no permission...); the record was not acknowledged. */
public record WriteFailure(Instant at, String reason) {}
