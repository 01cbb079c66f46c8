package dev.hallq.hub.reportpages;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.geom.Rectangle2D;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Which fonts can put Chinese into a PDF (CI installs fonts-noto-cjk and fonts-droid-fallback). */
class CjkFontTest {
    private static final Path NOTO = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
    private static final Path DROID = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");
    private static final Path LATIN = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    @Test
    void notoCjkIsTakenInItsSimplifiedChineseFaceAndMarkedCff() {
        assertThat(NOTO).as("fonts-noto-cjk is installed").isRegularFile();
        CjkFont.Found found = CjkFont.search(List.of(LATIN, NOTO, DROID));
        assertThat(found.usable()).isTrue();
        assertThat(found.faceName()).isEqualTo("NotoSansCJKsc-Regular");
        assertThat(found.cff()).isTrue();
    }

    @Test
    void cffGlyphsBecomeTrueTypeGlyphsOfTheSameShapeAndWidth() throws Exception {
        CjkFont.Found noto = CjkFont.search(List.of(NOTO));
        TreeSet<Integer> chars = new TreeSet<>();
        "政务A".codePoints().forEach(chars::add);
        byte[] bytes = CjkFont.trueTypeFor(noto, chars);
        try (TrueTypeFont made = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
             TrueTypeFont source = CjkFont.load(noto)) {
            assertThat(made.getNumberOfGlyphs()).isEqualTo(4);             // .notdef and the three
            assertThat(made.getTableMap()).containsKey("glyf");
            for (int c : chars) {
                int madeGid = made.getUnicodeCmapLookup().getGlyphId(c);
                int sourceGid = source.getUnicodeCmapLookup().getGlyphId(c);
                assertThat(madeGid).isPositive();
                assertThat(made.getAdvanceWidth(madeGid)).isEqualTo(source.getAdvanceWidth(sourceGid));
                GlyphData g = made.getGlyph().getGlyph(madeGid);
                Rectangle2D want = ((OpenTypeFont) source).getCFF().getFont().getType2CharString(
                        ((OpenTypeFont) source).getCFF().getFont().getCharset().getCIDForGID(sourceGid)).getPath().getBounds2D();
                assertThat((double) g.getXMinimum()).isCloseTo(want.getMinX(), within(2.0));
                assertThat((double) g.getXMaximum()).isCloseTo(want.getMaxX(), within(2.0));
                assertThat((double) g.getYMinimum()).isCloseTo(want.getMinY(), within(2.0));
                assertThat((double) g.getYMaximum()).isCloseTo(want.getMaxY(), within(2.0));
                assertThat(g.getNumberOfContours()).isPositive();
            }
        }
    }

    @Test
    void aTrueTypeFontWithChineseIsTakenAfterFilesWithout(@TempDir Path dir) throws Exception {
        assertThat(DROID).as("fonts-droid-fallback is installed").isRegularFile();
        Path notAFont = Files.writeString(dir.resolve("broken.ttf"), "not a font");
        CjkFont.Found found = CjkFont.search(List.of(dir.resolve("missing.ttf"), notAFont, LATIN, DROID, NOTO));
        assertThat(found.usable()).isTrue();
        assertThat(found.file()).isEqualTo(DROID);
        assertThat(found.cff()).isFalse();
    }

    @Test
    void withoutAFontThereIsNoPdfButAMessageSayingWhatToInstall() {
        CjkFont.Found none = CjkFont.search(List.of(LATIN));
        assertThat(none.usable()).isFalse();
        assertThatThrownBy(() -> new BulletinPdf(none).render(JsonNodeFactory.instance.objectNode().put("month", "2026-03")))
                .isInstanceOf(BulletinPdf.NoCjkFont.class)
                .hasMessageContaining("cannot be printed to PDF")
                .hasMessageContaining("fonts-noto-cjk");
    }
}
