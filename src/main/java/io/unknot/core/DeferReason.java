package io.unknot.core;

/** Why breaks are waiting. {@link #id()} is the name scripts see in {@code status --json}'s {@code deferredBy}. */
public enum DeferReason {
    FULLSCREEN("fullscreen"),
    CAMERA("camera"),
    MICROPHONE("microphone"),
    DESKTOP_DND("desktop-dnd"),
    INHIBITED("inhibited");

    private final String id;

    DeferReason(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
