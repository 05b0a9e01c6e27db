package io.unknot.ui.tips;

import io.unknot.catalog.HealthTipTexts;
import io.unknot.core.suggest.HealthTips;
import io.unknot.i18n.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.swing.JButton;
import javax.swing.JEditorPane;
import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.text.BadLocationException;
import javax.swing.text.Document;
import java.awt.Component;
import java.awt.GraphicsEnvironment;
import java.awt.Robot;
import java.awt.event.KeyEvent;
import java.time.Duration;
import java.util.Locale;

import static io.unknot.ui.SwingTesting.all;
import static io.unknot.ui.SwingTesting.doOnEdt;
import static io.unknot.ui.SwingTesting.eventually;
import static io.unknot.ui.SwingTesting.onEdt;
import static org.assertj.core.api.Assertions.assertThat;

/** Opens the real window on the test display (Xvfb in CI). */
class HealthTipsWindowTest {

    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private HealthTipsWindow window;

    @BeforeAll
    static void display() {
        assertThat(GraphicsEnvironment.isHeadless())
                .as("GUI tests need a display: run them under Xvfb with DISPLAY set (scripts/test does this)")
                .isFalse();
        new io.unknot.ui.theme.Appearance().apply(io.unknot.settings.Theme.LIGHT);
    }

    @AfterEach
    void close() {
        doOnEdt(() -> window.frame().ifPresent(JFrame::dispose));
    }

    @Test
    void showsTheTipsReadablyWithAnAccessibleNameAndScrolls() throws Exception {
        HealthTips tips = HealthTipTexts.load(Locale.ENGLISH);
        JFrame frame = show(tips);

        String shown = onEdt(() -> text(editor(frame).getDocument()));
        assertThat(shown).contains(tips.title(), "Talk to your doctor or physical therapist", "Dry needling",
                "Trigger-point injection", "Myofascial release", "Ultrasound", "TENS", "Unknot is not a doctor");
        assertThat(onEdt(frame::getTitle)).isEqualTo(tips.title());
        assertThat(onEdt(() -> frame.getAccessibleContext().getAccessibleName())).isEqualTo(tips.title());
        assertThat(onEdt(() -> editor(frame).getAccessibleContext().getAccessibleName())).isEqualTo(tips.title());
        assertThat(onEdt(() -> editor(frame).isEditable())).isFalse();
        // The text is longer than the window, so the scroll pane must offer a vertical scroll bar.
        assertThat(onEdt(() -> {
            JScrollPane scroll = all(frame, JScrollPane.class).get(0);
            return scroll.getViewport().getViewSize().height > scroll.getViewport().getExtentSize().height;
        })).isTrue();
        assertThat(onEdt(() -> all(frame, JButton.class).stream().map(JButton::getText).toList())).contains("Close");
    }

    @Test
    void germanTipsShowGermanText() throws Exception {
        HealthTips tips = HealthTipTexts.load(Locale.GERMAN);
        JFrame frame = show(tips);

        assertThat(onEdt(() -> text(editor(frame).getDocument())))
                .contains("Gesundheitstipps", "Wenn der Schmerz nicht weggeht", "Unknot ist kein Arzt");
    }

    @Test
    void escapeClosesTheWindow() throws Exception {
        JFrame frame = show(HealthTipTexts.load(Locale.ENGLISH));
        doOnEdt(() -> {
            frame.toFront();
            frame.requestFocus();
        });
        eventually("the window to get the keyboard focus", PATIENCE, frame::isFocused);

        Robot robot = new Robot();
        robot.keyPress(KeyEvent.VK_ESCAPE);
        robot.keyRelease(KeyEvent.VK_ESCAPE);

        eventually("Escape to close the window", PATIENCE, () -> !frame.isDisplayable());
        assertThat(onEdt(() -> window.frame().isPresent())).isFalse();
    }

    @Test
    void showingAgainReusesTheOpenWindow() throws Exception {
        window = new HealthTipsWindow(new Language(Locale.ENGLISH), HealthTipTexts.load(Locale.ENGLISH));
        window.showWindow();
        JFrame first = waitForShowing();
        window.showWindow();
        onEdt(() -> null); // let the second request run

        assertThat(onEdt(() -> window.frame().orElseThrow())).isSameAs(first);
    }

    /** Opens a tips window on {@code tips} and returns its frame once it shows. */
    private JFrame show(HealthTips tips) throws Exception {
        window = new HealthTipsWindow(new Language(Locale.ENGLISH), tips);
        window.showWindow();
        return waitForShowing();
    }

    private JFrame waitForShowing() throws Exception {
        eventually("the window to show", PATIENCE, () -> window.frame().map(Component::isShowing).orElse(false));
        return onEdt(() -> window.frame().orElseThrow());
    }

    private static JEditorPane editor(JFrame frame) {
        return all(frame, JEditorPane.class).get(0);
    }

    private static String text(Document doc) {
        try {
            return doc.getText(0, doc.getLength());
        } catch (BadLocationException e) {
            throw new AssertionError(e);
        }
    }
}
