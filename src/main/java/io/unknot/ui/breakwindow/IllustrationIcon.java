package io.unknot.ui.breakwindow;

import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.extras.FlatSVGIcon;
import io.unknot.catalog.Illustrations;

import java.awt.Color;
import java.net.URL;

/**
 * A suggestion's illustration as an icon of the theme: the SVG masters are drawn in one blue line colour, which on a
 * dark background would be about 2:1; there the lines are repainted in a light blue of more than 4:1.
 */
public final class IllustrationIcon {

    /** The line colour every illustration master uses. */
    static final Color MASTER_LINE = new Color(0x4a6fa5);
    /** The line colour in a dark theme: about 5:1 on FlatLaf Dark's panel background. */
    static final Color DARK_LINE = new Color(0x8fb4ea);
    private static final String GENERIC = "/assets/icons/break-generic.svg";

    private IllustrationIcon() {
    }

    /** The named illustration, else the catalog's default one, else Unknot's own generic figure; square. */
    public static FlatSVGIcon of(String file, int size) {
        URL url = Illustrations.url(file == null ? "" : file)
                .or(() -> Illustrations.url(Illustrations.DEFAULT))
                .orElseGet(() -> IllustrationIcon.class.getResource(GENERIC));
        FlatSVGIcon icon = new FlatSVGIcon(url).derive(size, size);
        icon.setColorFilter(new FlatSVGIcon.ColorFilter(color ->
                FlatLaf.isLafDark() && sameRgb(color, MASTER_LINE)
                        ? new Color(DARK_LINE.getRed(), DARK_LINE.getGreen(), DARK_LINE.getBlue(), color.getAlpha())
                        : color));
        return icon;
    }

    private static boolean sameRgb(Color a, Color b) {
        return (a.getRGB() & 0xffffff) == (b.getRGB() & 0xffffff);
    }
}
