package io.unknot.ui.tips;

import io.unknot.core.suggest.HealthTips;
import io.unknot.ui.Html;

import java.awt.Color;

/** Renders {@link HealthTips} as the simple HTML that Swing's editor kit displays. */
final class HealthTipsHtml {

    private HealthTipsHtml() {
    }

    static String render(HealthTips tips, Color accent) {
        String accentHex = String.format("#%06x", accent.getRGB() & 0xffffff);
        StringBuilder html = new StringBuilder("<html><head><style>")
                .append("h1 { font-size: 1.5em; margin-top: 4px; margin-bottom: 6px; }")
                .append("h2 { font-size: 1.2em; margin-top: 14px; margin-bottom: 4px; }")
                .append("p { margin-top: 2px; margin-bottom: 6px; }")
                .append("li { margin-bottom: 5px; }")
                .append(".badge { color: ").append(accentHex).append("; font-weight: bold; margin-top: 16px; }")
                .append(".disclaimer { margin-top: 16px; font-style: italic; }")
                .append("</style></head><body>");
        html.append("<h1>").append(Html.escape(tips.title())).append("</h1>");
        for (HealthTips.Section section : tips.sections()) {
            if (section.professional()) {
                html.append("<p class='badge'><b>").append(Html.escape(tips.professionalBadge())).append("</b></p>");
            }
            html.append("<h2>").append(Html.escape(section.heading())).append("</h2>");
            html.append("<p>").append(Html.escape(section.intro())).append("</p>");
            if (!section.items().isEmpty()) {
                html.append("<ul>");
                for (HealthTips.Item item : section.items()) {
                    html.append("<li><b>").append(Html.escape(item.name())).append("</b><br>")
                            .append(Html.escape(item.text())).append("</li>");
                }
                html.append("</ul>");
            }
        }
        html.append("<p class='disclaimer'>").append(Html.escape(tips.disclaimer())).append("</p>");
        return html.append("</body></html>").toString();
    }
}
