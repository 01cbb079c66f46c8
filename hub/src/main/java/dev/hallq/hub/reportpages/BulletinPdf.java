package dev.hallq.hub.reportpages;

import com.fasterxml.jackson.databind.JsonNode;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;

/**
 * The monthly bulletin as a PDF: {@link Bulletin}'s XHTML laid out by openhtmltopdf on PDFBox, with the Chinese
 * glyphs it uses embedded as a subset of the font {@link CjkFont} found (Noto CJK's CFF glyphs rewritten as
 * TrueType first). Without such a font there is no PDF: the
 * caller says so ({@link NoCjkFont}) instead of printing empty boxes.
 */
public final class BulletinPdf {
    private static final String FAMILY = "HallCJK";

    /** No font on this machine can print Chinese into a PDF. */
    public static final class NoCjkFont extends RuntimeException {
        NoCjkFont(String message) {
            super(message);
        }
    }

    private final CjkFont.Found font;

    public BulletinPdf(CjkFont.Found font) {
        this.font = font;
    }

    public byte[] render(JsonNode monthly) throws IOException {
        if (!font.usable()) {
            throw new NoCjkFont("the monthly report cannot be printed to PDF: " + font.problem());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        String html = Bulletin.document(monthly, FAMILY);
        try (PDDocument doc = new PDDocument(); TrueTypeFont face = face(html)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(Bulletin.title(monthly));
            info.setCreator("HallQ");
            info.setCreationDate(Calendar.getInstance());
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(doc);
            // subset: only the glyphs the report uses go into the file (a few dozen KB, not the whole font)
            builder.useFont(new PDFontSupplier(PDType0Font.load(doc, face, true)), FAMILY, 400, FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.withProducer("HallQ");
            builder.toStream(out);
            builder.run();
        }
        return out.toByteArray();
    }

    /** The font face itself, or for a CFF face (Noto CJK) a TrueType font of just the characters of {@code html}. */
    private TrueTypeFont face(String html) throws IOException {
        if (!font.cff()) {
            return CjkFont.load(font);
        }
        java.util.SortedSet<Integer> used = new java.util.TreeSet<>();
        html.codePoints().forEach(used::add);
        "0123456789 第页共/".codePoints().forEach(used::add);          // page numbers of the footer
        return new org.apache.fontbox.ttf.TTFParser().parse(
                new org.apache.pdfbox.io.RandomAccessReadBuffer(CjkFont.trueTypeFor(font, used)));
    }
}
