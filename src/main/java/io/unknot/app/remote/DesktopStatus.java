package io.unknot.app.remote;

import io.unknot.core.DeferReason;

import java.util.Set;

/**
 * What {@code status --json} reports about the desktop beside the engine's state: where idle time comes from, and
 * why breaks wait.
 *
 * @param idleSource {@code mutter}, {@code freedesktop-screensaver}, {@code x11}, {@code windows}, {@code macos}
 *                   or {@code none}
 */
public record DesktopStatus(String idleSource, Set<DeferReason> deferredBy) {
}
