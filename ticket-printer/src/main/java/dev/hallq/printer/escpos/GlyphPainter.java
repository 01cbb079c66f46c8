package dev.hallq.printer.escpos;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws characters the way font A of a thermal printer places them: cells 24 dots high, 12 wide
 * for one-byte (ASCII) characters and 24 wide for two-byte (Chinese) ones, scaled by the size
 * multipliers. Glyphs wider than their cell are squeezed, narrower ones centred.
 */
final class GlyphPainter {
    static final int CELL_HEIGHT = 24;
    static final int HALF_WIDTH = 12;
    static final int FULL_WIDTH = 24;
    static final List<String> PREFERRED_FAMILIES =
            List.of("Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Zen Hei");

    private static final Logger log = LoggerFactory.getLogger(GlyphPainter.class);
    private static final int FONT_SIZE = 24;
    /** Baseline below the cell top: the ideographic em box of CJK fonts sits 0.88 em above it. */
    private static final int BASELINE = 21;
    private static final String FAMILY = chooseFamily();

    private final Font regular = new Font(FAMILY, Font.PLAIN, FONT_SIZE);
    private final Font bold = new Font(FAMILY, Font.BOLD, FONT_SIZE);
    private final FontRenderContext frc = new FontRenderContext(null, true, true);
    private final Map<Integer, Double> advances = new HashMap<>();

    /** The font family used for text: the first installed of {@link #PREFERRED_FAMILIES}, else SansSerif. */
    static String family() {
        return FAMILY;
    }

    /** Width in dots of a character cell before the width multiplier. */
    static int baseCellWidth(int codePoint) {
        return codePoint < 0x80 ? HALF_WIDTH : FULL_WIDTH;
    }

    /** Draws one character with the top-left of its cell at (x, top). */
    void draw(Graphics2D g, int codePoint, TextStyle style, int x, int top) {
        Font font = style.bold() ? bold : regular;
        String s = new String(Character.toChars(codePoint));
        int cell = baseCellWidth(codePoint);
        double advance = advance(font, codePoint, s);
        double squeeze = advance > cell ? cell / advance : 1.0;
        double offset = advance > cell ? 0 : (cell - advance) / 2;
        AffineTransform saved = g.getTransform();
        g.translate(x + offset * style.width(), top + (double) BASELINE * style.height());
        g.scale(style.width() * squeeze, style.height());
        g.setFont(font);
        g.drawString(s, 0, 0);
        g.setTransform(saved);
    }

    private double advance(Font font, int codePoint, String s) {
        int key = font.isBold() ? -codePoint - 1 : codePoint;
        return advances.computeIfAbsent(key, k -> font.getStringBounds(s, frc).getWidth());
    }

    private static String chooseFamily() {
        Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames());
        for (String family : PREFERRED_FAMILIES) {
            if (installed.contains(family)) {
                log.debug("ticket text font: {}", family);
                return family;
            }
        }
        log.warn("none of the CJK fonts {} is installed; Chinese may render as boxes (install fonts-noto-cjk)",
                Arrays.toString(PREFERRED_FAMILIES.toArray()));
        return Font.SANS_SERIF;
    }
}
