package io.unknot.core;

/** What kind of sitting a span of time was. */
public enum Activity {
    DESK, DRIVING
}
