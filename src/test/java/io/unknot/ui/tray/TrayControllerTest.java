package io.unknot.ui.tray;

import io.unknot.core.EngineState;
import io.unknot.core.EngineStatus;
import io.unknot.ui.BritishEnglish;
import io.unknot.ui.StatusText;
import io.unknot.ui.Statuses;
import io.unknot.ui.icons.TrayIconState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static io.unknot.core.BreakKind.STRETCH;
import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

class TrayControllerTest {

    private final RecordingView view = new RecordingView();
    private final AtomicReference<EngineStatus> status = new AtomicReference<>(
            Statuses.at(EngineState.ACTIVE).sitting(ofMinutes(42)).next(STRETCH, ofMinutes(8)).build());
    private final AtomicReference<java.util.Optional<StatusNotice>> notice =
            new AtomicReference<>(java.util.Optional.empty());
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor();
    private final TrayController controller = new TrayController(view, status::get,
            new StatusText(BritishEnglish.language(), ZoneId.of("Europe/Berlin")), notice::get, background);

    @AfterEach
    void remove() {
        controller.remove();
        background.shutdownNow();
    }

    @Test
    void theFirstRefreshBuildsTheMenuBeforeTheIconAppears() {
        controller.refresh();

        // The tray library shows the icon with its first picture: by then the menu must be complete.
        assertThat(view.calls).containsExactly("menu", "tooltip Unknot · Sitting 42 min · stretch break in 8 min",
                "icon COUNTING");
        assertThat(MenuLines.of(controller.menu()).get(0)).isEqualTo("(Sitting 42 min · stretch break in 8 min)");
    }

    @Test
    void nothingIsTouchedWhenNothingChanged() {
        controller.refresh();
        view.calls.clear();

        controller.refresh();
        controller.refresh();

        assertThat(view.calls).isEmpty();
    }

    @Test
    void theHistoryNoticeLineComesAndGoesWithTheTrouble() {
        controller.refresh();
        view.calls.clear();

        notice.set(java.util.Optional.of(new StatusNotice("Your history is read-only", "Unknot may not write.")));
        controller.refresh();
        assertThat(view.calls).containsExactly("menu");
        assertThat(MenuLines.of(controller.menu())).contains("(Your history is read-only)");

        view.calls.clear();
        notice.set(java.util.Optional.empty());
        controller.refresh();
        assertThat(view.calls).containsExactly("menu");
        assertThat(MenuLines.of(controller.menu())).doesNotContain("(Your history is read-only)");
    }

    @Test
    void onlyWhatChangedIsUpdated() {
        controller.refresh();
        view.calls.clear();

        status.set(Statuses.at(EngineState.ACTIVE).sitting(ofMinutes(43)).next(STRETCH, ofMinutes(7)).build());
        controller.refresh();
        assertThat(view.calls).containsExactly("menu", "tooltip Unknot · Sitting 43 min · stretch break in 7 min");

        view.calls.clear();
        status.set(Statuses.at(EngineState.ACTIVE).sitting(ofMinutes(49)).next(STRETCH, ofSeconds(59)).build());
        controller.refresh();
        assertThat(view.calls).endsWith("icon DUE_SOON");

        view.calls.clear();
        status.set(Statuses.at(EngineState.PAUSED).build());
        controller.refresh();
        assertThat(view.calls).containsExactly("menu", "tooltip Unknot · Paused", "icon PAUSED");
        assertThat(MenuLines.of(controller.menu())).contains("Resume");
    }

    @Test
    void theRingMovesWithTheSittingButRedrawsAtMostOnceAMinute() {
        status.set(Statuses.at(EngineState.ACTIVE).sitting(ofMinutes(10)).next(STRETCH, ofMinutes(40)).build());
        controller.refresh();
        view.calls.clear();

        // 12 of 50 minutes: the ring's step changed, but only 30 s after the last drawing.
        status.set(Statuses.at(EngineState.ACTIVE).sitting(ofMinutes(12)).next(STRETCH, ofMinutes(38))
                .taken(Statuses.NOW.plusSeconds(30)).build());
        controller.refresh();
        assertThat(view.calls).noneMatch(call -> call.startsWith("icon"));

        status.set(Statuses.at(EngineState.ACTIVE).sitting(ofMinutes(12)).next(STRETCH, ofMinutes(38))
                .taken(Statuses.NOW.plusSeconds(61)).build());
        controller.refresh();
        assertThat(view.calls).contains("icon COUNTING");
        assertThat(TrayController.progress(status.get())).isEqualTo(12.0 / 50);
    }

    /** A tray that only writes down what it was asked to show. */
    private static final class RecordingView implements TrayView {
        final List<String> calls = new ArrayList<>();

        @Override
        public void showMenu(List<MenuEntry> menu) {
            calls.add("menu");
        }

        @Override
        public void showIcon(TrayIconState state, double progress) {
            calls.add("icon " + state);
        }

        @Override
        public void showTooltip(String text) {
            calls.add("tooltip " + text);
        }

        @Override
        public void remove() {
            calls.add("remove");
        }

        @Override
        public boolean dependsOnXEmbedHost() {
            return true;
        }
    }
}
