package io.unknot.ui.theme;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.FlatLaf;

import javax.swing.JComponent;
import javax.swing.UIManager;
import java.awt.Color;

/**
 * Theme colours on single components, kept right across a switch of light and dark (stateless helpers; the
 * switching itself is {@link Appearance}'s). Unknot's colours are in {@code FlatLightLaf.properties} /
 * {@code FlatDarkLaf.properties} next to this class.
 */
public final class Themes {

    private Themes() {
    }

    /**
     * Gives {@code component} the theme colour {@code key} (e.g. {@code Unknot.hintForeground}) as its foreground,
     * now and again after every switch of light and dark: a colour set once, or by a FlatLaf style, would keep
     * the old theme's value on a live switch.
     */
    public static void foreground(JComponent component, String key) {
        Runnable apply = () -> {
            Color color = UIManager.getColor(key);
            if (color != null) {
                component.setForeground(color);
            }
        };
        apply.run();
        component.addPropertyChangeListener("UI", e -> apply.run());
    }

    /**
     * Sets a FlatLaf style that names theme colours ({@code $Key}), and sets it again after every switch of light
     * and dark, so the names are looked up in the new theme (FlatLaf keeps the first theme's values otherwise).
     */
    public static void style(JComponent component, String style) {
        component.putClientProperty(FlatClientProperties.STYLE, style);
        component.addPropertyChangeListener("UI", e -> {
            component.putClientProperty(FlatClientProperties.STYLE, null);
            component.putClientProperty(FlatClientProperties.STYLE, style);
        });
    }

    /** True when the installed look is a dark one, e.g. to pick an icon variant. */
    public static boolean isDark() {
        return FlatLaf.isLafDark();
    }
}
