package dev.hallq.hub.reportpages;

import org.apache.fontbox.ttf.OTFParser;
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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Finds a font whose Chinese glyphs a PDF can embed. PDFBox embeds (as a subset) only fonts with TrueType outlines
 * ({@code glyf}); the Noto CJK collections of Debian's {@code fonts-noto-cjk} have CFF outlines, which PDFBox can
 * neither subset nor embed whole from a collection, so for them the glyphs a document uses are first rewritten as a
 * small TrueType font ({@link CffToTrueType}). The search: the path in {@code hallq.report.font} (or
 * {@code HALLQ_REPORT_FONT}), Noto Sans CJK (simplified-Chinese face), the Debian fonts known to carry TrueType CJK
 * outlines, then every font under {@code /usr/share/fonts}. A face must map the characters {@link #PROBE}.
 */
public final class CjkFont {
    private static final Logger LOG = LoggerFactory.getLogger(CjkFont.class);
    /** Characters every report prints; a face that lacks one of them is no use. */
    static final String PROBE = "政务服务运行分析通报办件满意度";
    private static final List<String> KNOWN = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",      // fonts-noto-cjk (CFF: rewritten)
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",   // fonts-droid-fallback
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",              // fonts-wqy-microhei
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",                // fonts-wqy-zenhei
            "/usr/share/fonts/truetype/arphic/uming.ttc",                  // fonts-arphic-uming
            "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf");     // fonts-arphic-gbsn00lp
    private static final AtomicReference<Found> SYSTEM = new AtomicReference<>();

    /**
     * The face found, or why none was.
     *
     * @param cff the face has CFF outlines: its glyphs go into a PDF through {@link #trueTypeFor}
     */
    public record Found(Path file, String faceName, boolean cff, String problem) {
        public boolean usable() {
            return file != null;
        }
    }

    private static OpenTypeFont cffFace;
    private static Found cffFaceOf;

    /**
     * A TrueType font with the glyphs of {@code codePoints} from a CFF face (the face is read once and kept:
     * parsing Noto's 15 MB of CFF takes seconds).
     */
    static synchronized byte[] trueTypeFor(Found found, java.util.SortedSet<Integer> codePoints) throws IOException {
        if (!found.equals(cffFaceOf)) {
            cffFace = (OpenTypeFont) load(found);
            cffFace.getCFF();
            cffFaceOf = found;
        }
        return CffToTrueType.build(cffFace, codePoints, "HallQ-" + found.faceName());
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

    /** The first candidate with a face that covers {@link #PROBE}; otherwise a message that says what to install. */
    static Found search(List<Path> candidates) {
        for (Path p : candidates.stream().distinct().toList()) {
            if (!Files.isRegularFile(p)) {
                continue;
            }
            try {
                Optional<Found> face = bestFace(p);
                if (face.isPresent()) {
                    return face.get();
                }
            } catch (IOException | RuntimeException e) {
                LOG.debug("font {} unreadable: {}", p, e.toString());
            }
        }
        String problem = "no font with Chinese glyphs was found in " + candidates.size() + " font files; install "
                + "fonts-noto-cjk (or fonts-droid-fallback), or set hallq.report.font to a .ttf/.ttc/.otf with Chinese";
        return new Found(null, null, false, problem);
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
        return file.toString().toLowerCase(Locale.ROOT).endsWith(".otf")
                ? new OTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))
                : new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
    }

    /** The face of a file that covers the probe, a collection's simplified-Chinese, proportional face first. */
    private static Optional<Found> bestFace(Path p) throws IOException {
        List<Found> faces = new ArrayList<>();
        String lower = p.toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".ttc")) {
            try (TrueTypeCollection ttc = new TrueTypeCollection(p.toFile())) {
                ttc.processAllFonts(f -> covering(f, p).ifPresent(faces::add));
            }
        } else {
            try (TrueTypeFont f = lower.endsWith(".otf")
                    ? new OTFParser().parse(new RandomAccessReadBufferedFile(p.toFile()))
                    : new TTFParser().parse(new RandomAccessReadBufferedFile(p.toFile()))) {
                covering(f, p).ifPresent(faces::add);
            }
        }
        return faces.stream().max(Comparator.comparingInt(CjkFont::preference));
    }

    private static int preference(Found f) {
        String n = f.faceName().toLowerCase(Locale.ROOT);
        return (n.matches(".*(sc|gb|hans|cn)([-_].*)?") ? 2 : 0) + (n.contains("mono") ? 0 : 1);
    }

    private static Optional<Found> covering(TrueTypeFont f, Path p) throws IOException {
        var cmap = f.getUnicodeCmapLookup(false);
        if (cmap == null || !PROBE.codePoints().allMatch(c -> cmap.getGlyphId(c) > 0)) {
            return Optional.empty();
        }
        boolean cff = f instanceof OpenTypeFont otf && otf.isPostScript();
        if (!cff && !f.getTableMap().containsKey("glyf")) {
            return Optional.empty();
        }
        return Optional.of(new Found(p, f.getName(), cff, null));
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
