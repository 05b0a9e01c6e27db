package io.unknot.platform.idle;

import io.unknot.core.IdleSource;

/**
 * The idle source picked for this session and its name in {@code status --json}'s {@code idleSource}:
 * {@code mutter}, {@code freedesktop-screensaver}, {@code x11}, {@code windows}, {@code macos} or {@code none}.
 */
public record IdleChoice(String id, IdleSource source) {
}
