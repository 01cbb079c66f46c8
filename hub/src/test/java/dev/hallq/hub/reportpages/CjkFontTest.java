package dev.hallq.hub.reportpages;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which fonts can put Chinese into a PDF (CI installs fonts-noto-cjk and fonts-droid-fallback). */
class CjkFontTest {
    private static final Path NOTO = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
    private static final Path DROID = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    @Test
    void notoCjkIsRecognisedButRefusedForItsCffOutlines() {
        assertThat(NOTO).as("fonts-noto-cjk is installed").isRegularFile();
        CjkFont.Found found = CjkFont.search(List.of(NOTO));
        assertThat(found.usable()).isFalse();
        assertThat(found.problem()).contains("CFF", "NotoSansCJK-Regular.ttc", "fonts-droid-fallback");
    }

    @Test
    void aTrueTypeFontWithChineseIsUsedAfterFontsWithoutIt(@TempDir Path dir) throws Exception {
        assertThat(DROID).as("fonts-droid-fallback is installed").isRegularFile();
        Path notAFont = Files.writeString(dir.resolve("broken.ttf"), "not a font");
        Path latinOnly = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        CjkFont.Found found = CjkFont.search(List.of(dir.resolve("missing.ttf"), notAFont, latinOnly, NOTO, DROID));
        assertThat(found.usable()).isTrue();
        assertThat(found.file()).isEqualTo(DROID);
    }

    @Test
    void withoutAFontThereIsNoPdfButAMessageSayingWhy() {
        CjkFont.Found none = CjkFont.search(List.of(NOTO));
        assertThatThrownBy(() -> new BulletinPdf(none).render(JsonNodeFactory.instance.objectNode().put("month", "2026-03")))
                .isInstanceOf(BulletinPdf.NoCjkFont.class)
                .hasMessageContaining("cannot be printed to PDF")
                .hasMessageContaining("CFF");
    }
}
