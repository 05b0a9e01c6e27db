package io.unknot.platform.dnd;

/** One do-not-disturb signal read from the desktop: a full-screen window, a camera in use. */
@FunctionalInterface
public interface Probe {

    /** True while the user should not be interrupted. Cheap enough to call every few seconds. */
    boolean detected();
}
