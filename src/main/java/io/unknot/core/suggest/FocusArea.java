package io.unknot.core.suggest;

import java.util.Optional;

/** Where the user feels knots; suggestions for that area are picked more often. */
public enum FocusArea {
    NONE, NECK, UPPER_BACK, LOWER_BACK, LEGS;

    /** The body area whose suggestions this focus favours; none for {@link #NONE}. */
    public Optional<BodyArea> bodyArea() {
        return switch (this) {
            case NONE -> Optional.empty();
            case NECK -> Optional.of(BodyArea.NECK);
            case UPPER_BACK -> Optional.of(BodyArea.UPPER_BACK);
            case LOWER_BACK -> Optional.of(BodyArea.LOWER_BACK);
            case LEGS -> Optional.of(BodyArea.LEGS);
        };
    }
}
