package io.unknot.core.suggest;

/** Kinds of suggestion the user can switch on and off. */
public enum Category {
    STRETCH, AEROBIC, REST, COMPRESS, SELF_MASSAGE, DRIVING, EYES
}
