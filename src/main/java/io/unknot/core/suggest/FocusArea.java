package io.unknot.core.suggest;

/** Where the user feels knots; suggestions for that area are picked more often. */
public enum FocusArea {
    NONE, NECK, UPPER_BACK, LOWER_BACK, LEGS
}
