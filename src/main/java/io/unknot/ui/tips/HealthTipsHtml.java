package io.unknot.ui.tips;

import io.unknot.core.suggest.HealthTips;
import io.unknot.ui.Html;

import java.awt.Color;

/** Renders {@link HealthTips} as the simple HTML that Swing's editor kit displays. */
final class HealthTipsHtml {

    private HealthTipsHtml() {
    }

    /**
     * @param accent     the theme's accent colour (headings' badge tint)
     * @param background the window's background, which the badge tint is mixed with
     * @param foreground the text colour, used on the badge too so it keeps the text's contrast
     */
    static String render(HealthTips tips, Color accent, Color background, Color foreground) {
        String badgeBackground = hex(mix(accent, background, 0.22));
        String callout = hex(mix(foreground, background, 0.06));
        StringBuilder html = new StringBuilder("<html><head><style>")
                .append("h1 { font-size: 1.5em; margin-top: 0px; margin-bottom: 8px; }")
                .append("h2 { font-size: 1.2em; margin-top: 14px; margin-bottom: 4px; }")
                .append("p { margin-top: 2px; margin-bottom: 6px; }")
                .append("li { margin-bottom: 5px; }")
                .append(".disclaimer { margin-top: 0px; margin-bottom: 8px; }")
                .append("</style></head><body>");
        html.append("<h1>").append(Html.escape(tips.title())).append("</h1>");
        // The disclaimer comes first, in a quiet box, so nobody reads the tips as medical advice.
        html.append("<table class='disclaimer' width='100%' cellpadding='8' cellspacing='0'><tr><td bgcolor='")
                .append(callout).append("'>").append(Html.escape(tips.disclaimer())).append("</td></tr></table>");
        for (HealthTips.Section section : tips.sections()) {
            html.append("<h2>").append(Html.escape(section.heading())).append("</h2>");
            if (section.professional()) {
                // A badge: a tinted pill-like cell, the text in the body colour so it reads as well as the text.
                html.append("<table cellpadding='3' cellspacing='0'><tr><td bgcolor='").append(badgeBackground)
                        .append("'>&nbsp;<b>").append(Html.escape(tips.professionalBadge()))
                        .append("</b>&nbsp;</td></tr></table>");
            }
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
        return html.append("</body></html>").toString();
    }

    private static Color mix(Color a, Color b, double share) {
        return new Color((int) Math.round(a.getRed() * share + b.getRed() * (1 - share)),
                (int) Math.round(a.getGreen() * share + b.getGreen() * (1 - share)),
                (int) Math.round(a.getBlue() * share + b.getBlue() * (1 - share)));
    }

    private static String hex(Color c) {
        return String.format("#%06x", c.getRGB() & 0xffffff);
    }
}
