package dev.hallq.hub.reportpages;

import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Finds a font whose Chinese glyphs a PDF can embed. PDFBox embeds (as a subset) only fonts with TrueType outlines
 * ({@code glyf}); the Noto CJK collections of Debian's {@code fonts-noto-cjk} have CFF outlines, which PDFBox can
 * neither subset nor embed whole from a collection, so they are recognised and named in the message but not used.
 * The search: the path in {@code hallq.report.font} (or {@code HALLQ_REPORT_FONT}), then the Debian fonts known to
 * carry TrueType CJK outlines, then every {@code .ttf}/{@code .ttc} under {@code /usr/share/fonts}. A face must map
 * the characters {@link #PROBE}.
 */
public final class CjkFont {
    private static final Logger LOG = LoggerFactory.getLogger(CjkFont.class);
    /** Characters every report prints; a face that lacks one of them is no use. */
    static final String PROBE = "政务服务运行分析通报办件满意度";
    private static final List<String> KNOWN = List.of(
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",   // fonts-droid-fallback
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",              // fonts-wqy-microhei
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",                // fonts-wqy-zenhei
            "/usr/share/fonts/truetype/arphic/uming.ttc",                  // fonts-arphic-uming
            "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf");     // fonts-arphic-gbsn00lp
    private static final AtomicReference<Found> SYSTEM = new AtomicReference<>();

    /** The face found, or why none was. */
    public record Found(Path file, String faceName, String problem) {
        public boolean usable() {
            return file != null;
        }
    }

    private CjkFont() {
    }

    /** The machine's CJK font, searched once. */
    public static Found system() {
        Found f = SYSTEM.get();
        if (f == null) {
            String configured = System.getProperty("hallq.report.font", System.getenv("HALLQ_REPORT_FONT"));
            List<Path> candidates = new ArrayList<>();
            if (configured != null && !configured.isBlank()) {
                candidates.add(Path.of(configured));
            }
            KNOWN.forEach(k -> candidates.add(Path.of(k)));
            candidates.addAll(scan(Path.of("/usr/share/fonts")));
            f = search(candidates);
            if (f.usable()) {
                LOG.info("reports print Chinese with {} ({})", f.faceName(), f.file());
            } else {
                LOG.warn("no embeddable CJK font: {}", f.problem());
            }
            SYSTEM.compareAndSet(null, f);
        }
        return SYSTEM.get();
    }

    /** The first candidate with a usable face; otherwise a message that says what was found and what to install. */
    static Found search(List<Path> candidates) {
        List<String> cffOnly = new ArrayList<>();
        for (Path p : candidates.stream().distinct().toList()) {
            if (!Files.isRegularFile(p)) {
                continue;
            }
            try {
                Optional<String> face = usableFace(p, cffOnly);
                if (face.isPresent()) {
                    return new Found(p, face.get(), null);
                }
            } catch (IOException | RuntimeException e) {
                LOG.debug("font {} unreadable: {}", p, e.toString());
            }
        }
        String problem = "no font with TrueType-outline Chinese glyphs was found"
                + (cffOnly.isEmpty() ? "" : " (found only CFF-outline fonts, which PDFBox cannot embed: " + cffOnly + ")")
                + "; install fonts-droid-fallback or fonts-wqy-microhei, or set hallq.report.font to such a .ttf/.ttc";
        return new Found(null, null, problem);
    }

    /** Loads the face for one PDF document (the caller closes it). */
    public static TrueTypeFont load(Found found) throws IOException {
        Path file = found.file();
        if (file.toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            TrueTypeCollection ttc = new TrueTypeCollection(file.toFile());
            TrueTypeFont face = ttc.getFontByName(found.faceName());
            if (face == null) {
                ttc.close();
                throw new IOException("face " + found.faceName() + " is gone from " + file);
            }
            return face;
        }
        return new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
    }

    private static Optional<String> usableFace(Path p, List<String> cffOnly) throws IOException {
        if (p.toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            List<String> faces = new ArrayList<>();
            try (TrueTypeCollection ttc = new TrueTypeCollection(p.toFile())) {
                ttc.processAllFonts(f -> {
                    if (covers(f, p, cffOnly)) {
                        faces.add(f.getName());
                    }
                });
            }
            // a collection may hold SC, TC, JP… faces: prefer the simplified-Chinese one
            return faces.stream().filter(n -> n.toLowerCase(Locale.ROOT).matches(".*(sc|gb|hans|cn).*")).findFirst()
                    .or(() -> faces.stream().findFirst());
        }
        try (TrueTypeFont f = new TTFParser().parse(new RandomAccessReadBufferedFile(p.toFile()))) {
            return covers(f, p, cffOnly) ? Optional.of(f.getName()) : Optional.empty();
        }
    }

    private static boolean covers(TrueTypeFont f, Path p, List<String> cffOnly) throws IOException {
        var cmap = f.getUnicodeCmapLookup(false);
        if (cmap == null || !PROBE.codePoints().allMatch(c -> cmap.getGlyphId(c) > 0)) {
            return false;
        }
        if (f instanceof OpenTypeFont otf && otf.isPostScript()) {
            if (!cffOnly.contains(p.getFileName().toString())) {
                cffOnly.add(p.getFileName().toString());
            }
            return false;
        }
        return f.getTableMap().containsKey("glyf");
    }

    private static List<Path> scan(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(root, 4)) {
            return s.filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".ttf") || n.endsWith(".ttc") || n.endsWith(".otf");
            }).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
