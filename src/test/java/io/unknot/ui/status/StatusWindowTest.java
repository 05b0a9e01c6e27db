package io.unknot.ui.status;

import io.unknot.core.EngineState;
import io.unknot.core.EngineStatus;
import io.unknot.ui.BritishEnglish;
import io.unknot.ui.Statuses;
import io.unknot.ui.tray.RecordingActions;
import io.unknot.ui.tray.StatusNotice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.text.JTextComponent;
import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static io.unknot.core.BreakKind.STRETCH;
import static io.unknot.ui.SwingTesting.all;
import static io.unknot.ui.SwingTesting.disposeAllWindows;
import static io.unknot.ui.SwingTesting.doOnEdt;
import static io.unknot.ui.SwingTesting.eventually;
import static io.unknot.ui.SwingTesting.onEdt;
import static io.unknot.ui.SwingTesting.requireDisplay;
import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;

/** The window that stands in for the tray, on the test display. */
class StatusWindowTest {

    private final RecordingActions actions = new RecordingActions();
    private final AtomicReference<EngineStatus> status = new AtomicReference<>(
            Statuses.at(EngineState.ACTIVE).sitting(ofMinutes(42)).next(STRETCH, ofMinutes(8)).build());
    private final AtomicReference<Optional<StatusNotice>> notice = new AtomicReference<>(Optional.empty());
    private StatusWindow window;

    @BeforeEach
    void show() {
        requireDisplay();
        window = onEdt(() -> new StatusWindow(BritishEnglish.language(), actions, status::get,
                Optional.of("This desktop has no system tray (notification area)."), notice::get));
        doOnEdt(window::showWindow);
        eventually("the status window is shown", () -> window.frame().isShowing());
    }

    @AfterEach
    void close() {
        disposeAllWindows();
    }

    @Test
    void showsTheStatusLineAndWhyThereIsNoTray() {
        List<String> texts = onEdt(() -> texts(window.frame()));

        assertThat(texts).contains("Sitting 42 min · stretch break in 8 min");
        assertThat(texts).anyMatch(text -> text.startsWith("This desktop has no system tray (notification area). "
                + "Unknot shows its status and menu in this window instead."));
        assertThat(onEdt(() -> visibleTexts(window.frame())))
                .noneMatch(text -> text.startsWith("This desktop does not tell Unknot"));
    }

    @Test
    void theHistoryNoticeIsShownUnderTheStatusLineWhileItLasts() {
        assertThat(onEdt(() -> visibleTexts(window.frame()))).doesNotContain("Your history is not being saved");

        notice.set(Optional.of(new StatusNotice("Your history is not being saved",
                "Unknot may not write to /data/history. Your breaks come as usual.")));
        window.refresh();
        eventually("the notice appears", () -> visibleTexts(window.frame())
                .contains("Your history is not being saved"));
        assertThat(onEdt(() -> visibleTexts(window.frame())))
                .contains("Unknot may not write to /data/history. Your breaks come as usual.");
        assertThat(onEdt(() -> buttons(window.frame()))).as("the line is no button")
                .containsExactly("Take a break now ▾", "Pause ▾", "Start drive", "More ▾");
        assertThat(onEdt(() -> cutOff(window.frame()))).as("the window grew to show it all").isEmpty();

        notice.set(Optional.empty());
        window.refresh();
        eventually("the notice goes once history is saved again", () -> !visibleTexts(window.frame())
                .contains("Your history is not being saved"));
    }

    @Test
    void offersTheTrayMenusActionsAsButtons() {
        assertThat(onEdt(() -> buttons(window.frame()))).containsExactly("Take a break now ▾", "Pause ▾",
                "Start drive", "More ▾");
        AbstractButton primary = onEdt(() -> all(window.frame(), AbstractButton.class).stream()
                .filter(b -> "status.primary".equals(b.getName())).findFirst().orElseThrow());
        assertThat(onEdt(primary::getText)).isEqualTo("Take a break now ▾");

        doOnEdt(() -> button("Start drive").doClick());
        doOnEdt(() -> button("More ▾").doClick());
        eventually("the other actions pop up", () -> popup().isPresent());
        List<String> more = onEdt(() -> all(popup().orElseThrow(), JMenuItem.class).stream()
                .map(JMenuItem::getText).toList());
        assertThat(more).containsExactly("Statistics…", "Settings…", "Health tips…", "Quit Unknot");
        doOnEdt(() -> all(popup().orElseThrow(), JMenuItem.class).get(1).doClick());

        assertThat(actions.calls()).containsExactly("startDrive", "openSettings");
    }

    @Test
    void submenusOpenAsPopups() {
        doOnEdt(() -> button("Pause ▾").doClick());
        eventually("the pause choices pop up", () -> popup().isPresent());

        doOnEdt(() -> ((JMenuItem) popup().orElseThrow().getComponent(1)).doClick());

        assertThat(actions.calls()).containsExactly("pause PT1H");
    }

    @Test
    void followsTheEngineAndExplainsMissingIdleDetection() {
        status.set(Statuses.at(EngineState.PAUSED).withoutIdleDetection().build());

        window.refresh();

        eventually("the paused status appears", () -> texts(window.frame()).contains("Paused"));
        assertThat(onEdt(() -> buttons(window.frame()))).contains("Resume").doesNotContain("Pause ▾");
        assertThat(onEdt(() -> all(window.frame(), AbstractButton.class).stream()
                .filter(b -> "status.primary".equals(b.getName())).map(AbstractButton::getText).toList()))
                .containsExactly("Resume");
        assertThat(onEdt(() -> visibleTexts(window.frame())))
                .anyMatch(text -> text.startsWith("This desktop does not tell Unknot when you are away"));
    }

    @Test
    void everyTextReadsAtLeast4_5To1InLightAndDark() {
        status.set(Statuses.at(EngineState.PAUSED).withoutIdleDetection().build());
        window.refresh();
        eventually("the paused status appears", () -> texts(window.frame()).contains("Paused"));
        try {
            for (io.unknot.settings.Theme theme : List.of(io.unknot.settings.Theme.LIGHT,
                    io.unknot.settings.Theme.DARK)) {
                doOnEdt(() -> {
                    new io.unknot.ui.theme.Appearance().apply(theme);
                    com.formdev.flatlaf.FlatLaf.updateUI();
                });
                io.unknot.ui.SwingTesting.settle(java.time.Duration.ofMillis(800)); // FlatLaf's animated switch ends
                List<String> low = onEdt(() -> {
                    window.frame().pack(); // lay out what the theme switch and the new status changed
                    JComponent root = window.frame().getRootPane();
                    io.unknot.ui.Rendered page = io.unknot.ui.Rendered.paint(root);
                    List<String> found = new ArrayList<>();
                    for (JComponent c : all(root, JComponent.class)) {
                        boolean text = c instanceof JTextComponent || c instanceof javax.swing.JLabel
                                || c instanceof AbstractButton;
                        if (text && c.isShowing() && c.getWidth() > 0) {
                            double contrast = page.contrast(page.bounds(c));
                            if (contrast < 4.5) {
                                found.add(theme + " " + c.getClass().getSimpleName() + String.format(" %.2f:1",
                                        contrast));
                            }
                        }
                    }
                    return found;
                });
                assertThat(low).isEmpty();
            }
        } finally {
            doOnEdt(() -> {
                new io.unknot.ui.theme.Appearance().apply(io.unknot.settings.Theme.LIGHT);
                com.formdev.flatlaf.FlatLaf.updateUI();
            });
        }
    }

    private AbstractButton button(String label) {
        return all(window.frame(), AbstractButton.class).stream()
                .filter(b -> b.getText().equals(label)).findFirst().orElseThrow();
    }

    private static Optional<JPopupMenu> popup() {
        for (Window open : Window.getWindows()) {
            for (JPopupMenu menu : all(open, JPopupMenu.class)) {
                if (menu.isShowing()) {
                    return Optional.of(menu);
                }
            }
        }
        return Optional.empty();
    }

    /** Texts and buttons that do not fit in the window's content. */
    private static List<String> cutOff(javax.swing.JFrame frame) {
        Container content = frame.getContentPane();
        return all(content, JComponent.class).stream().filter(Component::isShowing)
                .filter(c -> c instanceof AbstractButton || c instanceof JTextComponent)
                .filter(c -> javax.swing.SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), content)
                        .getMaxY() > content.getHeight())
                .map(c -> c.getClass().getSimpleName()).toList();
    }

    private static List<String> buttons(Container root) {
        return all(root, AbstractButton.class).stream().filter(Component::isVisible).map(AbstractButton::getText)
                .toList();
    }

    private static List<String> texts(Container root) {
        List<String> texts = new ArrayList<>();
        all(root, javax.swing.JLabel.class).forEach(label -> texts.add(label.getText()));
        all(root, JTextComponent.class).forEach(area -> texts.add(area.getText()));
        return texts;
    }

    private static List<String> visibleTexts(Container root) {
        return all(root, JComponent.class).stream().filter(Component::isShowing)
                .map(c -> c instanceof JTextComponent t ? t.getText() : c instanceof javax.swing.JLabel l ? l.getText() : null)
                .filter(java.util.Objects::nonNull).toList();
    }
}
