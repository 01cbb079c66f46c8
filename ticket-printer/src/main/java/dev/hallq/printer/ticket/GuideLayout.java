package dev.hallq.printer.ticket;

import dev.hallq.printer.escpos.Align;
import dev.hallq.printer.escpos.EscPosBuilder;
import dev.hallq.protocol.GuideInfo;
import java.util.List;
import java.util.Objects;

/**
 * Lays a service's guide (办事指南, 一次性告知) out as ESC/POS bytes for one paper width: hall name, the title, the
 * service's name large and bold, its department, then 办理依据 / 办理时限 / 所需材料 (numbered) / 办理流程 (numbered) /
 * 咨询电话 (each only when the guide has it), the QR code of the guide's page, the time printed and a cut. Every
 * line is broken to the paper's width here ({@link LineWrap}), never by the printer. The {@link TicketTemplate}'s
 * hall name and its choice about QR codes apply as on tickets.
 */
public final class GuideLayout {
    /** Printed under the hall's name. */
    public static final String TITLE = "办事指南";
    /** Printed when the guide has none of its parts. */
    public static final String EMPTY = "本事项暂无一次性告知，请咨询大厅导服人员";
    /** Printed under the QR code. */
    public static final String QR_CAPTION = "手机扫码查看办事指南";
    private static final int INDENT = 2;
    private static final int FEED_BEFORE_CUT = 2;

    private final PaperWidth paper;
    private final TicketTemplate template;
    /** QR codes are sized as on tickets. */
    private final TicketLayout tickets;

    public GuideLayout(PaperWidth paper) {
        this(paper, TicketTemplate.DEFAULT);
    }

    public GuideLayout(PaperWidth paper, TicketTemplate template) {
        this.paper = Objects.requireNonNull(paper, "paper");
        this.template = Objects.requireNonNull(template, "template");
        this.tickets = new TicketLayout(paper, template);
    }

    /** The complete print job for one guide, from {@code ESC @} to the cut. */
    public byte[] layout(PrintableGuide printable) {
        Objects.requireNonNull(printable, "printable");
        GuideInfo g = printable.guide();
        int columns = paper.charsPerLine();
        EscPosBuilder b = new EscPosBuilder().init().chineseMode(true).align(Align.CENTER);
        String hallName = template.hallName() != null ? template.hallName() : printable.hallName();
        lines(b, LineWrap.wrap(hallName, columns));
        b.bold(true).size(2, 2);
        lines(b, LineWrap.wrap(TITLE, columns / 2));
        b.bold(false).size(1, 1).text(rule()).newline();
        b.bold(true).size(2, 2);
        lines(b, LineWrap.wrap(g.serviceName(), columns / 2));
        b.bold(false).size(1, 1);
        if (present(g.department())) {
            lines(b, LineWrap.wrap(g.department(), columns));
        }
        b.text(rule()).newline().align(Align.LEFT);
        boolean any = section(b, "办理依据", g.basis());
        any |= section(b, "办理时限", g.timeLimit());
        any |= numbered(b, "所需材料", g.materials());
        any |= numbered(b, "办理流程", g.steps());
        any |= section(b, "咨询电话", g.phone());
        if (!any) {
            lines(b, LineWrap.wrap(EMPTY, columns));
        }
        b.text(rule()).newline().align(Align.CENTER);
        if (printable.qrContent() != null && template.printQr()) {
            b.qr(printable.qrContent(), tickets.qrModuleSize(printable.qrContent()), TicketLayout.QR_LEVEL).newline();
            lines(b, LineWrap.wrap(QR_CAPTION, columns));
        }
        b.text("打印时间：" + TicketLayout.TIME.format(printable.printedAt())).newline();
        return b.feed(FEED_BEFORE_CUT).cut().bytes();
    }

    /** A heading and its text, indented; false (and nothing printed) when the guide has no such part. */
    private boolean section(EscPosBuilder b, String heading, String text) {
        if (!present(text)) {
            return false;
        }
        heading(b, heading);
        lines(b, indented(LineWrap.wrap(text, paper.charsPerLine() - INDENT)));
        return true;
    }

    /** A heading and its items numbered 1. 2. …, each wrapped under its own text. */
    private boolean numbered(EscPosBuilder b, String heading, List<String> items) {
        List<String> listed = items.stream().filter(GuideLayout::present).toList();
        if (listed.isEmpty()) {
            return false;
        }
        heading(b, heading);
        int width = Integer.toString(listed.size()).length();
        for (int i = 0; i < listed.size(); i++) {
            String number = String.format("%" + width + "d. ", i + 1);
            lines(b, indented(LineWrap.hanging(number, listed.get(i), paper.charsPerLine() - INDENT)));
        }
        return true;
    }

    private static void heading(EscPosBuilder b, String heading) {
        b.bold(true).text("【" + heading + "】").newline().bold(false);
    }

    private static List<String> indented(List<String> lines) {
        return lines.stream().map(line -> " ".repeat(INDENT) + line).toList();
    }

    private static void lines(EscPosBuilder b, List<String> lines) {
        lines.forEach(line -> b.text(line).newline());
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private String rule() {
        return "-".repeat(paper.charsPerLine());
    }
}
