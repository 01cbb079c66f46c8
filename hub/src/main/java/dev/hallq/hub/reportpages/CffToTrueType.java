package dev.hallq.hub.reportpages;

import org.apache.fontbox.cff.CFFCIDFont;
import org.apache.fontbox.cff.CFFFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OpenTypeFont;

import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * A small TrueType font made from some glyphs of a CFF-outline OpenType font (Noto Sans CJK), because PDFBox embeds
 * only TrueType outlines. Each glyph's Type 2 outline is read with fontbox and written as quadratic contours (every
 * cubic segment split in four and each quarter approximated by one quadratic: at 1000 units per em the error stays
 * well under a unit). Only the characters a document uses go in, so the font is small and made per document.
 */
final class CffToTrueType {
    private static final int SPLIT = 4;

    private CffToTrueType() {
    }

    private record Glyph(int advance, int xMin, int yMin, int xMax, int yMax, byte[] data) {
    }

    /** A TrueType font with the glyphs of {@code codePoints} (BMP only) that {@code source} has, under {@code name}. */
    static byte[] build(OpenTypeFont source, SortedSet<Integer> codePoints, String name) throws IOException {
        CFFFont cff = source.getCFF().getFont();
        CmapLookup cmap = source.getUnicodeCmapLookup(false);
        int upm = source.getUnitsPerEm();
        List<Glyph> glyphs = new ArrayList<>();
        glyphs.add(outline(cff, 0, source.getAdvanceWidth(0)));      // .notdef
        Map<Integer, Integer> map = new TreeMap<>();
        for (int cp : codePoints) {
            int gid = cp > 0xFFFF ? 0 : cmap.getGlyphId(cp);
            if (gid > 0) {
                map.put(cp, glyphs.size());
                glyphs.add(outline(cff, gid, source.getAdvanceWidth(gid)));
            }
        }
        var hhea = source.getHorizontalHeader();
        Map<String, byte[]> tables = new TreeMap<>();
        ByteArrayOutputStream glyf = new ByteArrayOutputStream();
        int[] loca = new int[glyphs.size() + 1];
        int xMin = 0, yMin = 0, xMax = 0, yMax = 0, maxPoints = 0, maxContours = 0, maxAdvance = 0;
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph g = glyphs.get(i);
            loca[i] = glyf.size();
            glyf.write(g.data());
            while (glyf.size() % 4 != 0) {
                glyf.write(0);
            }
            if (g.data().length > 0) {
                xMin = Math.min(xMin, g.xMin());
                yMin = Math.min(yMin, g.yMin());
                xMax = Math.max(xMax, g.xMax());
                yMax = Math.max(yMax, g.yMax());
                int contours = ((g.data()[0] & 0xFF) << 8) | (g.data()[1] & 0xFF);
                maxContours = Math.max(maxContours, contours);
                int lastEnd = ((g.data()[10 + 2 * (contours - 1)] & 0xFF) << 8) | (g.data()[11 + 2 * (contours - 1)] & 0xFF);
                maxPoints = Math.max(maxPoints, lastEnd + 1);
            }
            maxAdvance = Math.max(maxAdvance, g.advance());
        }
        loca[glyphs.size()] = glyf.size();
        tables.put("glyf", glyf.toByteArray());
        tables.put("loca", table(out -> {
            for (int offset : loca) {
                out.writeInt(offset);
            }
        }));
        tables.put("hmtx", table(out -> {
            for (Glyph g : glyphs) {
                out.writeShort(g.advance());
                out.writeShort(g.xMin());
            }
        }));
        int n = glyphs.size();
        int bxMin = xMin, byMin = yMin, bxMax = xMax, byMax = yMax, mp = maxPoints, mc = maxContours, ma = maxAdvance;
        tables.put("head", table(out -> {
            out.writeInt(0x00010000);
            out.writeInt(0x00010000);
            out.writeInt(0);                 // checkSumAdjustment, set below
            out.writeInt(0x5F0F3CF5);
            out.writeShort(0b1011);          // baseline at 0, lsb at 0, integer scaling
            out.writeShort(upm);
            out.writeLong(0);
            out.writeLong(0);
            out.writeShort(bxMin);
            out.writeShort(byMin);
            out.writeShort(bxMax);
            out.writeShort(byMax);
            out.writeShort(0);
            out.writeShort(8);
            out.writeShort(2);
            out.writeShort(1);               // long offsets in loca
            out.writeShort(0);
        }));
        tables.put("hhea", table(out -> {
            out.writeInt(0x00010000);
            out.writeShort(hhea.getAscender());
            out.writeShort(hhea.getDescender());
            out.writeShort(hhea.getLineGap());
            out.writeShort(ma);
            out.writeShort(bxMin);
            out.writeShort(0);
            out.writeShort(bxMax);
            out.writeShort(1);
            out.writeShort(0);
            out.writeShort(0);
            for (int i = 0; i < 5; i++) {
                out.writeShort(0);
            }
            out.writeShort(n);
        }));
        tables.put("maxp", table(out -> {
            out.writeInt(0x00010000);
            out.writeShort(n);
            out.writeShort(mp);
            out.writeShort(mc);
            out.writeShort(0);
            out.writeShort(0);
            out.writeShort(2);
            for (int i = 0; i < 8; i++) {
                out.writeShort(0);
            }
        }));
        tables.put("OS/2", source.getTableBytes(source.getTableMap().get("OS/2")));
        tables.put("post", table(out -> {
            out.writeInt(0x00030000);
            out.writeInt(0);
            out.writeShort(-100);
            out.writeShort(50);
            out.writeInt(0);
            out.writeInt(0);
            out.writeInt(0);
            out.writeInt(0);
            out.writeInt(0);
        }));
        tables.put("cmap", cmap(map));
        tables.put("name", names(name));
        return sfnt(tables);
    }

    private static Glyph outline(CFFFont cff, int gid, int advance) throws IOException {
        int cid = cff instanceof CFFCIDFont ? cff.getCharset().getCIDForGID(gid) : gid;
        GeneralPath path = cff.getType2CharString(cid).getPath();
        List<List<int[]>> contours = new ArrayList<>();     // points {x, y, onCurve}
        List<int[]> current = null;
        double[] c = new double[6];
        double x = 0, y = 0;
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    current = new ArrayList<>();
                    contours.add(current);
                    current.add(pt(c[0], c[1], true));
                    x = c[0];
                    y = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    current.add(pt(c[0], c[1], true));
                    x = c[0];
                    y = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    current.add(pt(c[0], c[1], false));
                    current.add(pt(c[2], c[3], true));
                    x = c[2];
                    y = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    for (int k = 0; k < SPLIT; k++) {
                        double t0 = (double) k / SPLIT, t1 = (double) (k + 1) / SPLIT;
                        double[] p0 = cubic(x, y, c, t0), p3 = cubic(x, y, c, t1);
                        double[] d0 = cubicDerivative(x, y, c, t0), d3 = cubicDerivative(x, y, c, t1);
                        double h = (t1 - t0) / 3;
                        // the quadratic control point: the mean of the two ends' tangent-projected controls
                        double qx = ((p0[0] + d0[0] * h) * 3 + (p3[0] - d3[0] * h) * 3 - p0[0] - p3[0]) / 4;
                        double qy = ((p0[1] + d0[1] * h) * 3 + (p3[1] - d3[1] * h) * 3 - p0[1] - p3[1]) / 4;
                        current.add(pt(qx, qy, false));
                        current.add(pt(p3[0], p3[1], true));
                    }
                    x = c[4];
                    y = c[5];
                }
                default -> {
                    // SEG_CLOSE: TrueType contours are closed anyway
                }
            }
        }
        contours.removeIf(k -> k.size() < 2);
        for (List<int[]> k : contours) {
            int[] first = k.get(0), last = k.get(k.size() - 1);
            if (k.size() > 1 && first[0] == last[0] && first[1] == last[1] && last[2] == 1) {
                k.remove(k.size() - 1);
            }
        }
        if (contours.isEmpty()) {
            return new Glyph(advance, 0, 0, 0, 0, new byte[0]);
        }
        int xMin = Integer.MAX_VALUE, yMin = Integer.MAX_VALUE, xMax = Integer.MIN_VALUE, yMax = Integer.MIN_VALUE;
        for (List<int[]> k : contours) {
            for (int[] p : k) {
                xMin = Math.min(xMin, p[0]);
                yMin = Math.min(yMin, p[1]);
                xMax = Math.max(xMax, p[0]);
                yMax = Math.max(yMax, p[1]);
            }
        }
        int fxMin = xMin, fyMin = yMin, fxMax = xMax, fyMax = yMax;
        byte[] data = table(out -> {
            out.writeShort(contours.size());
            out.writeShort(fxMin);
            out.writeShort(fyMin);
            out.writeShort(fxMax);
            out.writeShort(fyMax);
            int end = -1;
            for (List<int[]> k : contours) {
                end += k.size();
                out.writeShort(end);
            }
            out.writeShort(0);                      // no instructions
            for (List<int[]> k : contours) {
                for (int[] p : k) {
                    out.writeByte(p[2]);            // on-curve bit; coordinates as 16-bit deltas
                }
            }
            int prev = 0;
            for (List<int[]> k : contours) {
                for (int[] p : k) {
                    out.writeShort(p[0] - prev);
                    prev = p[0];
                }
            }
            prev = 0;
            for (List<int[]> k : contours) {
                for (int[] p : k) {
                    out.writeShort(p[1] - prev);
                    prev = p[1];
                }
            }
        });
        return new Glyph(advance, xMin, yMin, xMax, yMax, data);
    }

    private static int[] pt(double x, double y, boolean on) {
        return new int[]{(int) Math.round(x), (int) Math.round(y), on ? 1 : 0};
    }

    private static double[] cubic(double x0, double y0, double[] c, double t) {
        double u = 1 - t;
        double a = u * u * u, b = 3 * u * u * t, d = 3 * u * t * t, e = t * t * t;
        return new double[]{a * x0 + b * c[0] + d * c[2] + e * c[4], a * y0 + b * c[1] + d * c[3] + e * c[5]};
    }

    private static double[] cubicDerivative(double x0, double y0, double[] c, double t) {
        double u = 1 - t;
        return new double[]{3 * u * u * (c[0] - x0) + 6 * u * t * (c[2] - c[0]) + 3 * t * t * (c[4] - c[2]),
                3 * u * u * (c[1] - y0) + 6 * u * t * (c[3] - c[1]) + 3 * t * t * (c[5] - c[3])};
    }

    /** cmap with one format 4 subtable (Windows, Unicode BMP): a segment per character. */
    private static byte[] cmap(Map<Integer, Integer> map) throws IOException {
        int segments = map.size() + 1;
        byte[] sub = table(out -> {
            out.writeShort(4);
            out.writeShort(16 + segments * 8);
            out.writeShort(0);
            out.writeShort(segments * 2);
            int pow = Integer.highestOneBit(segments);
            out.writeShort(pow * 2);
            out.writeShort(Integer.numberOfTrailingZeros(pow));
            out.writeShort(segments * 2 - pow * 2);
            for (int cp : map.keySet()) {
                out.writeShort(cp);
            }
            out.writeShort(0xFFFF);
            out.writeShort(0);
            for (int cp : map.keySet()) {
                out.writeShort(cp);
            }
            out.writeShort(0xFFFF);
            for (Map.Entry<Integer, Integer> e : map.entrySet()) {
                out.writeShort((e.getValue() - e.getKey()) & 0xFFFF);
            }
            out.writeShort(1);
            for (int i = 0; i < segments; i++) {
                out.writeShort(0);
            }
        });
        return table(out -> {
            out.writeShort(0);
            out.writeShort(1);
            out.writeShort(3);
            out.writeShort(1);
            out.writeInt(12);
            out.write(sub);
        });
    }

    private static byte[] names(String name) throws IOException {
        String[][] records = {{"1", name}, {"2", "Regular"}, {"4", name}, {"6", name}};
        ByteArrayOutputStream strings = new ByteArrayOutputStream();
        return table(out -> {
            out.writeShort(0);
            out.writeShort(records.length);
            out.writeShort(6 + records.length * 12);
            for (String[] r : records) {
                byte[] s = r[1].getBytes(StandardCharsets.UTF_16BE);
                out.writeShort(3);
                out.writeShort(1);
                out.writeShort(0x409);
                out.writeShort(Integer.parseInt(r[0]));
                out.writeShort(s.length);
                out.writeShort(strings.size());
                strings.write(s);
            }
            out.write(strings.toByteArray());
        });
    }

    private static byte[] sfnt(Map<String, byte[]> tables) throws IOException {
        int count = tables.size();
        int pow = Integer.highestOneBit(count);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(0x00010000);
        out.writeShort(count);
        out.writeShort(pow * 16);
        out.writeShort(Integer.numberOfTrailingZeros(pow));
        out.writeShort(count * 16 - pow * 16);
        int offset = 12 + 16 * count;
        for (Map.Entry<String, byte[]> t : tables.entrySet()) {       // sorted by tag, as the format asks
            out.write(t.getKey().getBytes(StandardCharsets.US_ASCII));
            out.writeInt(checksum(t.getValue()));
            out.writeInt(offset);
            out.writeInt(t.getValue().length);
            offset += (t.getValue().length + 3) & ~3;
        }
        for (byte[] t : tables.values()) {
            out.write(t);
            for (int i = t.length; i % 4 != 0; i++) {
                out.write(0);
            }
        }
        return bytes.toByteArray();
    }

    private static int checksum(byte[] t) {
        int sum = 0;
        for (int i = 0; i < t.length; i += 4) {
            int v = 0;
            for (int j = 0; j < 4; j++) {
                v = (v << 8) | (i + j < t.length ? t[i + j] & 0xFF : 0);
            }
            sum += v;
        }
        return sum;
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private static byte[] table(Writer w) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            w.write(out);
        }
        return bytes.toByteArray();
    }
}
