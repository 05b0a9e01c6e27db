package io.unknot.ui.breakwindow;

import io.unknot.core.BreakKind;
import io.unknot.core.suggest.Routine;
import io.unknot.ui.BritishEnglish;
import io.unknot.ui.Statuses;
import org.junit.jupiter.api.Test;

import javax.swing.plaf.basic.BasicHTML;
import java.time.Duration;

import static io.unknot.ui.SwingTesting.onEdt;
import static io.unknot.ui.SwingTesting.requireDisplay;
import static org.assertj.core.api.Assertions.assertThat;

/** A suggestion title is the user's text: shown as typed, never rendered as HTML (which may fetch images). */
class PlainTitleTest {

    @Test
    void aTitleThatLooksLikeHtmlIsShownAsPlainText() {
        requireDisplay();
        String title = "<html><img src=http://127.0.0.1:9/x.png>Neck roll";

        BreakPanel panel = onEdt(() -> new BreakPanel(BritishEnglish.language(), BreakKind.STRETCH,
                Routine.single(Statuses.suggestion(title), Duration.ofMinutes(1)), Duration.ofMinutes(1),
                new BreakPanel.Rules(false, 1, false, 0)));

        assertThat(panel.title.getText()).isEqualTo(title);
        assertThat(panel.title.getClientProperty(BasicHTML.propertyKey)).as("an HTML view").isNull();
        assertThat(onEdt(() -> panel.title.getPreferredSize().width))
                .as("as wide as the characters typed, the tags included")
                .isGreaterThan(panel.title.getFontMetrics(panel.title.getFont()).stringWidth("Neck roll") * 3);
    }
}
