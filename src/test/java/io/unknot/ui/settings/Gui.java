package io.unknot.ui.settings;

import io.unknot.settings.Theme;
import io.unknot.ui.SwingTesting;
import io.unknot.ui.theme.Appearance;

import javax.swing.AbstractButton;
import javax.swing.JDialog;
import java.awt.Component;
import java.awt.Container;
import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.Window;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;

/** Drives real Swing windows from a test: everything touching components runs on the EDT. */
public final class Gui {

    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private Gui() {
    }

    /** GUI tests run whenever a display is there and fail clearly when it is not; they are never skipped. */
    public static void requireDisplay() {
        if (GraphicsEnvironment.isHeadless()) {
            throw new AssertionError("GUI tests need a display: start Xvfb and set DISPLAY (scripts/test does)");
        }
    }

    public static <T> T onEdt(Callable<T> task) {
        return SwingTesting.onEdt(task);
    }

    public static void run(Runnable task) {
        SwingTesting.doOnEdt(task);
    }

    /** Waits, polling on the EDT, until the condition holds; fails after a few seconds. */
    public static void await(String what, BooleanSupplier condition) {
        SwingTesting.eventually(what, PATIENCE, condition);
    }

    /** Closes the settings window if it is open and puts the light theme back, for the next test. */
    public static void closeInLightTheme(SettingsWindow window) {
        run(() -> {
            if (window.frame() != null) {
                window.frame().dispose();
            }
            new Appearance().apply(Theme.LIGHT);
        });
        await("the window has closed", () -> window.frame() == null);
    }

    /** The one component called {@code name} under {@code root}. */
    public static <T extends Component> T find(Container root, String name, Class<T> type) {
        return onEdt(() -> {
            List<T> found = all(root).stream().filter(c -> name.equals(c.getName())).filter(type::isInstance)
                    .map(type::cast).toList();
            if (found.size() != 1) {
                throw new AssertionError(found.size() + " components named " + name + " of type " + type);
            }
            return found.get(0);
        });
    }

    /** Every component under {@code root}, the root included. */
    public static List<Component> all(Component root) {
        List<Component> out = new ArrayList<>();
        out.add(root);
        if (root instanceof Container container) {
            for (Component child : container.getComponents()) {
                out.addAll(all(child));
            }
        }
        return out;
    }

    /** Waits for a showing dialog called {@code name}. */
    public static JDialog awaitDialog(String name) {
        await("dialog " + name + " shows", () -> dialog(name).isPresent());
        return onEdt(() -> dialog(name).orElseThrow());
    }

    /** Presses the button with this text inside {@code root} (e.g. a dialog's answer), without waiting for it. */
    public static void press(Container root, String text) {
        AbstractButton button = onEdt(() -> all(root).stream().filter(AbstractButton.class::isInstance)
                .map(AbstractButton.class::cast).filter(b -> text.equals(b.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text)));
        EventQueue.invokeLater(button::doClick);
    }

    private static Optional<JDialog> dialog(String name) {
        for (Window window : Window.getWindows()) {
            if (window instanceof JDialog d && name.equals(d.getName()) && d.isShowing()) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
