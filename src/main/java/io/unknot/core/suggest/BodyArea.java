package io.unknot.core.suggest;

/** The part of the body a suggestion works on. */
public enum BodyArea {
    EYES, NECK, SHOULDERS, UPPER_BACK, LOWER_BACK, HIPS, LEGS, ARMS, WHOLE_BODY
}
