package io.unknot.ui.tips;

import com.formdev.flatlaf.FlatLightLaf;
import io.unknot.core.suggest.HealthTips;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.swing.JButton;
import javax.swing.JEditorPane;
import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import javax.swing.text.BadLocationException;
import javax.swing.text.Document;
import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.awt.Robot;
import java.awt.event.KeyEvent;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Opens the real window on the test display (Xvfb in CI). */
class HealthTipsWindowTest {

    private static final long TIMEOUT_MS = 5_000;

    private HealthTipsWindow window;

    @BeforeAll
    static void display() {
        assertThat(GraphicsEnvironment.isHeadless())
                .as("GUI tests need a display: run them under Xvfb with DISPLAY set (scripts/test does this)")
                .isFalse();
        FlatLightLaf.setup();
    }

    @AfterEach
    void close() throws Exception {
        onEdt(() -> {
            window.frame().ifPresent(JFrame::dispose);
            return null;
        });
    }

    @Test
    void showsTheTipsReadablyWithAnAccessibleNameAndScrolls() throws Exception {
        HealthTips tips = HealthTips.load(Locale.ENGLISH);
        window = new HealthTipsWindow(tips);
        window.showWindow();
        JFrame frame = waitForShowing();

        String shown = onEdt(() -> text(editor(frame).getDocument()));
        assertThat(shown).contains(tips.title(), "Talk to your doctor or physical therapist", "Dry needling",
                "Trigger-point injection", "Myofascial release", "Ultrasound", "TENS", "Unknot is not a doctor");
        assertThat(onEdt(frame::getTitle)).isEqualTo(tips.title());
        assertThat(onEdt(() -> frame.getAccessibleContext().getAccessibleName())).isEqualTo(tips.title());
        assertThat(onEdt(() -> editor(frame).getAccessibleContext().getAccessibleName())).isEqualTo(tips.title());
        assertThat(onEdt(() -> editor(frame).isEditable())).isFalse();
        // The text is longer than the window, so the scroll pane must offer a vertical scroll bar.
        assertThat(onEdt(() -> {
            JScrollPane scroll = find(frame, JScrollPane.class).get(0);
            return scroll.getViewport().getViewSize().height > scroll.getViewport().getExtentSize().height;
        })).isTrue();
        assertThat(onEdt(() -> find(frame, JButton.class).stream().map(JButton::getText).toList())).contains("Close");
    }

    @Test
    void germanTipsShowGermanText() throws Exception {
        HealthTips tips = HealthTips.load(Locale.GERMAN);
        window = new HealthTipsWindow(tips);
        window.showWindow();
        JFrame frame = waitForShowing();

        assertThat(onEdt(() -> text(editor(frame).getDocument())))
                .contains("Gesundheitstipps", "Wenn der Schmerz nicht weggeht", "Unknot ist kein Arzt");
    }

    @Test
    void escapeClosesTheWindow() throws Exception {
        window = new HealthTipsWindow(HealthTips.load(Locale.ENGLISH));
        window.showWindow();
        JFrame frame = waitForShowing();
        onEdt(() -> {
            frame.toFront();
            frame.requestFocus();
            return null;
        });
        waitUntil(() -> frame.isFocused(), "the window to get the keyboard focus");

        Robot robot = new Robot();
        robot.keyPress(KeyEvent.VK_ESCAPE);
        robot.keyRelease(KeyEvent.VK_ESCAPE);

        waitUntil(() -> !frame.isDisplayable(), "Escape to close the window");
        assertThat(onEdt(() -> window.frame().isPresent())).isFalse();
    }

    @Test
    void showingAgainReusesTheOpenWindow() throws Exception {
        window = new HealthTipsWindow(HealthTips.load(Locale.ENGLISH));
        window.showWindow();
        JFrame first = waitForShowing();
        window.showWindow();
        onEdt(() -> null); // let the second request run

        assertThat(onEdt(() -> window.frame().orElseThrow())).isSameAs(first);
    }

    private JFrame waitForShowing() throws Exception {
        waitUntil(() -> window.frame().map(Component::isShowing).orElse(false), "the window to show");
        return onEdt(() -> window.frame().orElseThrow());
    }

    private static void waitUntil(Callable<Boolean> condition, String what) throws Exception {
        long end = System.currentTimeMillis() + TIMEOUT_MS;
        while (!onEdt(condition)) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20); // the GUI needs real time to map and focus the window
        }
    }

    private static JEditorPane editor(JFrame frame) {
        return find(frame, JEditorPane.class).get(0);
    }

    private static String text(Document doc) {
        try {
            return doc.getText(0, doc.getLength());
        } catch (BadLocationException e) {
            throw new AssertionError(e);
        }
    }

    private static <T extends Component> List<T> find(Container root, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Component c : root.getComponents()) {
            if (type.isInstance(c)) {
                found.add(type.cast(c));
            }
            if (c instanceof Container inner) {
                found.addAll(find(inner, type));
            }
        }
        return found;
    }

    private static <T> T onEdt(Callable<T> task) throws InterruptedException, InvocationTargetException {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(task.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw new InvocationTargetException(failure.get());
        }
        return result.get();
    }
}
