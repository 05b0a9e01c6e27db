package io.unknot.ui.breakwindow;

import io.unknot.core.BreakKind;
import io.unknot.core.EngineEvent;
import io.unknot.core.EngineEvent.BreakCompleted;
import io.unknot.core.EngineEvent.BreakDue;
import io.unknot.core.EngineEvent.BreakPostponed;
import io.unknot.core.EngineEvent.BreakSkipped;
import io.unknot.core.EngineEvent.BreakStepChanged;
import io.unknot.core.EngineEvent.BreakWarning;
import io.unknot.core.EngineEvent.DailyLimitReached;
import io.unknot.core.EngineEvent.DriveEnded;
import io.unknot.core.EngineEvent.DriveStarted;
import io.unknot.core.EngineEvent.StateChanged;
import io.unknot.core.EngineListener;
import io.unknot.core.EngineState;
import io.unknot.core.EngineStatus.CurrentBreak;
import io.unknot.core.suggest.Suggestion;
import io.unknot.i18n.Language;
import io.unknot.i18n.Messages;
import io.unknot.settings.Keys;
import io.unknot.settings.Settings;
import io.unknot.ui.StatusText;
import io.unknot.ui.WindowWork;
import io.unknot.ui.sound.Sounds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.GraphicsConfiguration;
import java.awt.Window;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Turns engine events into what the user sees and hears: the warning notice, the break window (whose buttons are
 * {@link BreakCommands} of the app), the notices after a drive and after a long day, and the sounds. Events arrive on the scheduler
 * thread; all Swing work happens on the EDT.
 */
public final class BreakWindows implements EngineListener {

    private static final Logger LOG = LoggerFactory.getLogger(BreakWindows.class);
    private final Language language;
    private final Messages texts;
    private final StatusText statusText;
    /** How long Skip must be held in a break after several skipped ones. */
    static final Duration SKIP_HOLD = Duration.ofSeconds(3);
    private static final Duration WARNING_MIN = Duration.ofSeconds(5);
    private static final Duration WARNING_MAX = Duration.ofSeconds(15);

    private final BreakCommands commands;
    private final Settings settings;
    private final Sounds sounds;
    private final Duration skipHold;
    /** Swing work goes through here, so that events before the first window never start AWT. */
    private final WindowWork swing = new WindowWork();
    private BreakWindow breakWindow;
    private Notice notice;
    /** Set when the user pressed Done, so the end chime only sounds for a break that ran out on its own. */
    private boolean endedByUser;
    /** True when the desktop has shown the last warning as its own notification. */
    private BooleanSupplier warnedElsewhere = () -> false;
    /** Opens the health tips from a break; until set, the break window shows no link to them. */
    private Optional<HealthTipsOpener> healthTips = Optional.empty();

    public BreakWindows(Language language, BreakCommands commands, Settings settings, Sounds sounds) {
        this(language, commands, settings, sounds, SKIP_HOLD);
    }

    BreakWindows(Language language, BreakCommands commands, Settings settings, Sounds sounds, Duration skipHold) {
        this.language = language;
        this.texts = language.messages("break");
        this.statusText = StatusText.systemDefault(language);
        this.commands = commands;
        this.settings = settings;
        this.sounds = sounds;
        this.skipHold = skipHold;
    }

    /** Lets a desktop notification stand in for the warning notice; the notice still shows when it did not. */
    public void warnedElsewhere(BooleanSupplier shown) {
        warnedElsewhere = shown;
    }

    /** Lets the break window link to the health tips, opened through the app's own tips window. */
    public void healthTips(HealthTipsOpener opener) {
        healthTips = Optional.of(opener);
    }

    @Override
    public void onEvent(EngineEvent event) {
        Runnable work = () -> {
            try {
                handle(event);
            } catch (RuntimeException e) {
                LOG.error("could not show {}", event, e);
            }
        };
        if (event instanceof BreakWarning || event instanceof BreakDue || event instanceof DriveEnded
                || event instanceof DailyLimitReached) {
            swing.show(work);
        } else if (event instanceof DriveStarted) {
            sounds.driveStarted(); // a cue only: no window, so no Swing
        } else {
            swing.update(work); // closes or changes what was shown; with nothing shown yet, nothing to do
        }
    }

    private void handle(EngineEvent event) {
        if (event instanceof BreakWarning warning && !warnedElsewhere.getAsBoolean()) {
            showNotice(texts.text("warning.title", statusText.kindTitle(warning.kind()),
                            statusText.untilShort(warning.in())), texts.text("warning.body"),
                    Optional.of(clamp(warning.in(), WARNING_MIN, WARNING_MAX)));
        } else if (event instanceof BreakDue due) {
            openBreak(due);
        } else if (event instanceof BreakStepChanged) {
            // Shown at once rather than at the next turn of the second, so Next answers without delay.
            breakWindow().ifPresent(BreakWindow::refresh);
        } else if (event instanceof BreakCompleted completed) {
            closeBreak();
            if (!endedByUser) {
                sounds.breakEnded(completed.kind());
            }
            endedByUser = false;
        } else if (event instanceof BreakSkipped || event instanceof BreakPostponed) {
            closeBreak();
        } else if (event instanceof StateChanged changed && changed.to() != EngineState.ON_BREAK) {
            // Paused or quit in the middle of a break: the window has nothing left to show.
            closeBreak();
        } else if (event instanceof DriveEnded ended) {
            sounds.driveEnded();
            showSuggestion(texts.text("driveEnded.title", statusText.elapsed(ended.length())),
                    texts.text("driveEnded.body", ended.stretch().title()), ended.stretch());
        } else if (event instanceof DailyLimitReached limit) {
            showSuggestion(texts.text("dailyLimit.title", statusText.elapsed(limit.sittingToday())),
                    texts.text("dailyLimit.body", limit.rest().title()), limit.rest());
        }
    }

    private void openBreak(BreakDue due) {
        closeNotice();
        closeBreak();
        endedByUser = false;
        if (due.kind() == BreakKind.DRIVING && settings.get(Keys.DRIVING_CUES)) {
            // "Sounds instead of pop-ups": the driver's eyes stay on the road; the cue is how the break is shown.
            sounds.breakStarted(due.kind());
            commands.breakShown();
            return;
        }
        GraphicsConfiguration screen = Screens.target(settings.get(Keys.BREAK_PLACEMENT));
        boolean fullScreen = settings.get(Keys.FULLSCREEN_LONG_BREAKS) && due.kind() != BreakKind.MICRO;
        BreakWindow.Behavior behavior = new BreakWindow.Behavior(fullScreen, settings.get(Keys.INPUT_GRACE), skipHold,
                healthTips.isPresent());
        breakWindow = new BreakWindow(language, due, this::current, screen, behavior, new BreakWindow.Choices() {
            @Override
            public void done() {
                // The engine's events reach this window later on the EDT, after this flag is set.
                endedByUser = commands.completeBreak();
                answered(endedByUser);
            }

            @Override
            public void next() {
                commands.nextMove();
            }

            @Override
            public void postpone() {
                answered(commands.postponeBreak());
            }

            @Override
            public void skip() {
                answered(commands.skipBreak());
            }

            @Override
            public void gone() {
                closeBreak();
            }

            @Override
            public Optional<Window> healthTips() {
                // Neither ends nor pauses the break: the engine is not told.
                return healthTips.flatMap(HealthTipsOpener::open);
            }
        }, commands::breakShown);
        breakWindow.show();
        sounds.breakStarted(due.kind());
    }

    /** After a button: the engine may refuse (no postpone left, strict break), and then the window stays. */
    private void answered(boolean accepted) {
        if (accepted) {
            closeBreak();
        }
    }

    private Optional<CurrentBreak> current() {
        return commands.currentBreak();
    }

    private void closeBreak() {
        if (breakWindow != null) {
            breakWindow.close();
            breakWindow = null;
        }
    }

    private void showNotice(String title, String body, Optional<Duration> visibleFor) {
        closeNotice();
        notice = new Notice(language, title, body, Optional.empty(), visibleFor);
        notice.show();
    }

    /** A suggestion stays until the user closes it: one that vanished unseen would be a suggestion lost. */
    private void showSuggestion(String title, String lead, Suggestion suggestion) {
        closeNotice();
        notice = new Notice(language, title, lead, Optional.of(suggestion), Optional.empty());
        notice.show();
    }

    private void closeNotice() {
        if (notice != null) {
            notice.close();
            notice = null;
        }
    }

    /** The break window on screen, for tests. EDT only. */
    Optional<BreakWindow> breakWindow() {
        return Optional.ofNullable(breakWindow);
    }

    /** The notice on screen, for tests. EDT only. */
    Optional<Notice> notice() {
        return Optional.ofNullable(notice).filter(Notice::isShowing);
    }

    private static Duration clamp(Duration value, Duration min, Duration max) {
        return value.compareTo(min) < 0 ? min : value.compareTo(max) > 0 ? max : value;
    }
}
