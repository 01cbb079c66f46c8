package dev.hallq.printer.ticket;

import dev.hallq.printer.escpos.Align;
import dev.hallq.printer.escpos.EscPosBuilder;
import dev.hallq.printer.escpos.QrErrorLevel;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * Lays a {@link PrintableTicket} out as ESC/POS bytes for one paper width: hall name, ticket
 * number very large, service, people ahead, wait estimate, time, notes, QR code, cut; the
 * {@link TicketTemplate} says which of them and gives the hall's own texts. A reprint carries
 * 「补打 REPRINT」 above the number and its own time below the issue time.
 */
public final class TicketLayout {
    /** Printed when the ticket carries no notes of its own. */
    public static final String DEFAULT_NOTE = "请留意叫号，过号无效";
    /** Printed above the number of a ticket printed again. */
    public static final String REPRINT_MARK = "补打 REPRINT";
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final QrErrorLevel QR_LEVEL = QrErrorLevel.M;
    private static final int FEED_BEFORE_CUT = 2;

    private final PaperWidth paper;
    private final TicketTemplate template;

    public TicketLayout(PaperWidth paper) {
        this(paper, TicketTemplate.DEFAULT);
    }

    public TicketLayout(PaperWidth paper, TicketTemplate template) {
        this.paper = Objects.requireNonNull(paper, "paper");
        this.template = Objects.requireNonNull(template, "template");
    }

    public PaperWidth paperWidth() {
        return paper;
    }

    public TicketTemplate template() {
        return template;
    }

    /** The complete print job for one ticket, from {@code ESC @} to the cut. */
    public byte[] layout(PrintableTicket ticket) {
        Objects.requireNonNull(ticket, "ticket");
        EscPosBuilder b = new EscPosBuilder().init().chineseMode(true).align(Align.CENTER);
        if (template.headerLine() != null) {
            b.size(1, 1).text(template.headerLine()).newline();
        }
        if (template.shows(TicketField.HALL_NAME)) {
            String hallName = template.hallName() != null ? template.hallName() : ticket.hallName();
            b.bold(true).size(fitWidth(hallName, 2), 2).text(hallName).newline();
        }
        b.bold(false).size(1, 1).text(rule()).newline();
        if (ticket.isReprint()) {
            b.bold(true).size(fitWidth(REPRINT_MARK, 2), 1).text(REPRINT_MARK).newline();
        }
        int numberSize = numberSize(ticket.ticketNumber());
        b.bold(true).size(numberSize, numberSize).text(ticket.ticketNumber()).newline();
        if (template.shows(TicketField.SERVICE)) {
            b.size(fitWidth(ticket.serviceName(), 2), 2).text(ticket.serviceName()).newline();
        }
        b.bold(false).size(1, 1).newline();
        if (ticket.peopleAhead() != null && template.shows(TicketField.PEOPLE_AHEAD)) {
            b.text("您前面还有 " + ticket.peopleAhead() + " 人等候").newline();
        }
        if (ticket.estimatedWaitMinutes() != null && template.shows(TicketField.ESTIMATED_WAIT)) {
            b.text("预计等候约 " + ticket.estimatedWaitMinutes() + " 分钟").newline();
        }
        if (template.shows(TicketField.ISSUED_AT)) {
            b.text("取号时间：" + TIME.format(ticket.issuedAt())).newline();
        }
        if (ticket.isReprint()) {
            b.text("补打时间：" + TIME.format(ticket.reprintedAt())).newline();
        }
        b.text(rule()).newline();
        if (template.shows(TicketField.NOTES)) {
            notes(ticket).forEach(line -> b.text(line).newline());
        }
        template.footerNotes().forEach(line -> b.text(line).newline());
        if (ticket.qrContent() != null && template.printQr()) {
            b.newline().qr(ticket.qrContent(), qrModuleSize(ticket.qrContent()), QR_LEVEL).newline();
        }
        return b.feed(FEED_BEFORE_CUT).cut().bytes();
    }

    /** The ticket's own notes, else the hall's, else the default note. */
    private List<String> notes(PrintableTicket ticket) {
        if (ticket.notes() != null) {
            return List.of(ticket.notes());
        }
        return template.notes().isEmpty() ? List.of(DEFAULT_NOTE) : template.notes();
    }

    /** 4x4 on 80 mm, 3x3 on 58 mm, smaller when a long number would not fit one line. */
    int numberSize(String number) {
        int preferred = paper == PaperWidth.MM80 ? 4 : 3;
        int fitting = paper.charsPerLine() / number.length();
        return Math.max(1, Math.min(preferred, fitting));
    }

    /**
     * The preferred width multiplier, or a smaller one at which the text fits one line; the
     * printer would otherwise break the line wherever the paper ends (a lone bracket on a line).
     */
    int fitWidth(String text, int preferred) {
        int halfWidths = text.codePoints().map(cp -> cp < 0x80 ? 1 : 2).sum();
        return Math.max(1, Math.min(preferred, paper.charsPerLine() / Math.max(1, halfWidths)));
    }

    int qrModuleSize(String content) {
        int preferred = paper == PaperWidth.MM80 ? 6 : 5;
        return QrSizing.moduleSize(content, QR_LEVEL, preferred, paper.dots() - 2 * 24);
    }

    private String rule() {
        return "-".repeat(paper.charsPerLine());
    }
}
