package io.unknot.settings;

import io.unknot.core.BreakKind;
import io.unknot.core.BreakRule;
import io.unknot.core.BreakSettings;
import io.unknot.core.suggest.Category;
import io.unknot.core.suggest.FocusArea;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting Unknot has, with key, default and range. Break defaults come from {@link BreakSettings#DEFAULTS}
 * so that they live in one place. docs/settings.md lists these keys.
 */
public final class Keys {

    /** The per-kind break settings. */
    public record BreakKeys(Setting<Boolean> enabled, Setting<Duration> interval, Setting<Duration> duration,
                            Setting<Duration> postpone, Setting<Integer> postponeLimit, Setting<Boolean> strict) {

        static BreakKeys of(BreakKind kind, Duration minInterval, Duration maxInterval, Duration minDuration,
                            Duration maxDuration) {
            BreakRule d = BreakSettings.DEFAULTS.rule(kind);
            String p = kind.id() + ".";
            return new BreakKeys(
                    Setting.bool(p + "enabled", d.enabled()),
                    Setting.duration(p + "interval", d.interval(), minInterval, maxInterval),
                    Setting.duration(p + "duration", d.duration(), minDuration, maxDuration),
                    Setting.duration(p + "postpone", d.postponeLength(), Duration.ofMinutes(1), Duration.ofMinutes(60)),
                    Setting.integer(p + "postponeLimit", d.postponeLimit(), 0, 10),
                    Setting.bool(p + "strict", d.strict()));
        }

        public List<Setting<?>> all() {
            return List.of(enabled, interval, duration, postpone, postponeLimit, strict);
        }
    }

    private static final BreakSettings D = BreakSettings.DEFAULTS;

    public static final BreakKeys MICRO = BreakKeys.of(BreakKind.MICRO,
            Duration.ofMinutes(2), Duration.ofMinutes(60), Duration.ofSeconds(10), Duration.ofMinutes(5));
    public static final BreakKeys STRETCH = BreakKeys.of(BreakKind.STRETCH,
            Duration.ofMinutes(10), Duration.ofHours(4), Duration.ofMinutes(1), Duration.ofMinutes(30));
    public static final BreakKeys MOVEMENT = BreakKeys.of(BreakKind.MOVEMENT,
            Duration.ofMinutes(30), Duration.ofHours(8), Duration.ofMinutes(1), Duration.ofMinutes(30));
    public static final BreakKeys DRIVING = BreakKeys.of(BreakKind.DRIVING,
            Duration.ofMinutes(30), Duration.ofHours(4), Duration.ofMinutes(5), Duration.ofMinutes(60));

    // Timing rules
    public static final Setting<Duration> WARNING_LEAD =
            Setting.duration("warningLead", D.warningLead(), Duration.ZERO, Duration.ofMinutes(5));
    public static final Setting<Duration> IDLE_THRESHOLD =
            Setting.duration("idleThreshold", D.idleThreshold(), Duration.ofSeconds(5), Duration.ofMinutes(10));
    public static final Setting<Boolean> FIXED_INTERVAL = Setting.bool("fixedInterval", D.fixedInterval());
    public static final Setting<Duration> DAILY_SITTING_LIMIT =
            Setting.duration("dailySittingLimit", D.dailySittingLimit(), Duration.ofHours(1), Duration.ofHours(16));
    public static final Setting<Integer> ESCALATE_AFTER =
            Setting.integer("escalateAfter", D.escalateAfter(), 0, 20);

    // Schedule
    public static final Setting<Boolean> WORKING_HOURS_ENABLED =
            Setting.bool("workingHours.enabled", D.workingHours().enabled());
    public static final Setting<java.util.Set<DayOfWeek>> WORKING_DAYS =
            Setting.enumSet("workingHours.days", DayOfWeek.class, D.workingHours().days(), 1);
    public static final Setting<java.time.LocalTime> WORKING_START =
            Setting.timeOfDay("workingHours.start", D.workingHours().start());
    public static final Setting<java.time.LocalTime> WORKING_END =
            Setting.timeOfDay("workingHours.end", D.workingHours().end());
    public static final Setting<Boolean> DEFER_FULLSCREEN = Setting.bool("defer.fullscreen", true);
    public static final Setting<Boolean> DEFER_CAMERA = Setting.bool("defer.camera", true);
    public static final Setting<Duration> DEFER_LIMIT =
            Setting.duration("defer.limit", D.deferLimit(), Duration.ZERO, Duration.ofHours(4));

    // Suggestions
    public static final Setting<java.util.Set<Category>> CATEGORIES =
            Setting.enumSet("suggestions.categories", Category.class, EnumSet.allOf(Category.class), 1);
    public static final Setting<FocusArea> FOCUS_AREA =
            Setting.enumeration("suggestions.focus", FocusArea.class, FocusArea.NONE);

    // Driving
    public static final Setting<Boolean> DRIVING_CUES = Setting.bool("driving.cues", true);

    // Pop-ups and sound
    public static final Setting<BreakPlacement> BREAK_PLACEMENT =
            Setting.enumeration("popup.placement", BreakPlacement.class, BreakPlacement.POINTER_MONITOR);
    public static final Setting<Boolean> FULLSCREEN_LONG_BREAKS = Setting.bool("popup.fullscreenLongBreaks", false);
    public static final Setting<Boolean> SOUNDS = Setting.bool("sound.enabled", true);

    // System
    public static final Setting<Theme> THEME = Setting.enumeration("theme", Theme.class, Theme.SYSTEM);
    public static final Setting<Boolean> START_AT_LOGIN = Setting.bool("startAtLogin", false);
    public static final Setting<Language> LANGUAGE = Setting.enumeration("language", Language.class, Language.SYSTEM);
    public static final Setting<Duration> HISTORY_RETENTION =
            Setting.duration("history.retention", Duration.ofDays(365), Duration.ofDays(7), Duration.ofDays(3650));

    public static final Map<BreakKind, BreakKeys> BREAKS = Map.of(
            BreakKind.MICRO, MICRO, BreakKind.STRETCH, STRETCH, BreakKind.MOVEMENT, MOVEMENT,
            BreakKind.DRIVING, DRIVING);

    private Keys() {
    }

    /** The setting stored under {@code key} (as written in the preferences node or an exported file). */
    public static Optional<Setting<?>> byKey(String key) {
        return all().stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** Every setting, in the order docs/settings.md and export list them. */
    public static List<Setting<?>> all() {
        List<Setting<?>> all = new java.util.ArrayList<>();
        for (BreakKind kind : BreakKind.values()) {
            all.addAll(BREAKS.get(kind).all());
        }
        all.addAll(List.of(WARNING_LEAD, IDLE_THRESHOLD, FIXED_INTERVAL, DAILY_SITTING_LIMIT, ESCALATE_AFTER,
                WORKING_HOURS_ENABLED, WORKING_DAYS, WORKING_START, WORKING_END,
                DEFER_FULLSCREEN, DEFER_CAMERA, DEFER_LIMIT, CATEGORIES, FOCUS_AREA, DRIVING_CUES,
                BREAK_PLACEMENT, FULLSCREEN_LONG_BREAKS, SOUNDS, THEME, START_AT_LOGIN, LANGUAGE,
                HISTORY_RETENTION));
        return List.copyOf(all);
    }
}
