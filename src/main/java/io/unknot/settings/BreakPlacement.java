package io.unknot.settings;

/** Where the break window appears. */
public enum BreakPlacement {
    /** On the monitor that has the mouse pointer. */
    POINTER_MONITOR,
    /** On the primary monitor. */
    PRIMARY_MONITOR
}
