package io.unknot.ui.settings;

import javax.swing.AbstractSpinnerModel;
import java.time.Duration;
import java.util.Objects;

/** A spinner over a duration whose arrows step in the unit it is shown in ({@link DurationShown}). */
final class DurationModel extends AbstractSpinnerModel {

    private final Duration min;
    private final Duration max;
    private final DurationUnit finest;
    private Duration value;

    DurationModel(Duration value, Duration min, Duration max, DurationUnit finest) {
        this.min = min;
        this.max = max;
        this.finest = finest;
        this.value = clamp(value);
    }

    DurationUnit finest() {
        return finest;
    }

    Duration min() {
        return min;
    }

    Duration max() {
        return max;
    }

    @Override
    public Object getValue() {
        return value;
    }

    @Override
    public void setValue(Object newValue) {
        Duration d = (Duration) Objects.requireNonNull(newValue);
        if (!d.equals(value)) {
            value = d;
            fireStateChanged();
        }
    }

    @Override
    public Object getNextValue() {
        Duration next = DurationShown.next(value, finest);
        return next.compareTo(max) > 0 ? null : next;
    }

    @Override
    public Object getPreviousValue() {
        Duration previous = DurationShown.previous(value, finest);
        return previous.compareTo(min) < 0 ? null : previous;
    }

    Duration clamp(Duration d) {
        return d.compareTo(min) < 0 ? min : d.compareTo(max) > 0 ? max : d;
    }
}
