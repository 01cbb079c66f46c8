package dev.hallq.printer.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hallq.printer.escpos.EscPosBuilder;
import dev.hallq.printer.escpos.EscPosImageRenderer;
import dev.hallq.printer.escpos.InkProbe;
import dev.hallq.printer.escpos.RenderedReceipt;
import java.awt.image.BufferedImage;
import java.nio.charset.Charset;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketLayoutTest {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final LocalDateTime ISSUED = LocalDateTime.of(2024, 6, 11, 9, 30, 5);

    static PrintableTicket ticket(String number, Integer wait, String notes, String qr) {
        return new PrintableTicket("高新区政务服务中心", number, "不动产登记", 7, wait, ISSUED, notes, qr);
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static String gb(String text) {
        return hex(text.getBytes(GB18030));
    }

    @Test
    void jobStartsWithInitAndChineseModeAndEndsWithFeedAndCut() {
        String job = hex(new TicketLayout(PaperWidth.MM80).layout(ticket("A001", 30, null, null)));
        assertThat(job).startsWith("1b40" + "1c26").endsWith("1b6402" + "1d564200");
    }

    @Test
    void ticketDataAppearsInGb18030InTheJob() {
        String job = hex(new TicketLayout(PaperWidth.MM80).layout(ticket("A001", 30, null, null)));
        assertThat(job).contains(gb("高新区政务服务中心"), gb("A001"), gb("不动产登记"), gb("您前面还有 7 人等候"),
                gb("预计等候约 30 分钟"), gb("2024-06-11 09:30:05"), gb(TicketLayout.DEFAULT_NOTE));
    }

    @Test
    void estimateLineIsLeftOutWhenUnknownAndOwnNotesReplaceTheDefault() {
        String job = hex(new TicketLayout(PaperWidth.MM80).layout(ticket("A001", null, "请携带身份证原件", null)));
        assertThat(job).doesNotContain(gb("预计等候"), gb(TicketLayout.DEFAULT_NOTE)).contains(gb("请携带身份证原件"));
    }

    @Test
    void ticketNumberIsFourTimesSizeOn80mmAndThreeTimesOn58mm() {
        String wide = hex(new TicketLayout(PaperWidth.MM80).layout(ticket("A001", null, null, null)));
        String narrow = hex(new TicketLayout(PaperWidth.MM58).layout(ticket("A001", null, null, null)));
        assertThat(wide).contains("1b4501" + "1d2133" + gb("A001")).doesNotContain("1d2122");
        assertThat(narrow).contains("1b4501" + "1d2122" + gb("A001")).doesNotContain("1d2133");
    }

    @Test
    void longTicketNumberShrinksToFitOneLine() {
        assertThat(new TicketLayout(PaperWidth.MM58).numberSize("VIP-0001")).isEqualTo(3);
        assertThat(new TicketLayout(PaperWidth.MM58).numberSize("APPT-20240611")).isEqualTo(2);
    }

    @Test
    void serviceNameTooWideForDoubleWidthIsPrintedSingleWidthDoubleHeight() {
        PrintableTicket t = new PrintableTicket("市民之家", "B017", "社保卡申领（补换）", 0, null, ISSUED, null, null);
        String narrow = hex(new TicketLayout(PaperWidth.MM58).layout(t));
        String wide = hex(new TicketLayout(PaperWidth.MM80).layout(t));
        assertThat(narrow).contains("1d2101" + gb("社保卡申领（补换）"));
        assertThat(wide).contains("1d2111" + gb("社保卡申领（补换）"));
    }

    @Test
    void hallNameIsCenteredBoldDouble() {
        String job = hex(new TicketLayout(PaperWidth.MM80).layout(ticket("A001", null, null, null)));
        assertThat(job).contains("1b6101" + "1b4501" + "1d2111" + gb("高新区政务服务中心") + "0a");
    }

    @Test
    void templateAddsHeaderAndFooterAndCanSuppressTheQr() {
        TicketTemplate template = new TicketTemplate("欢迎光临", List.of("咨询电话：12345"), false);
        String job = hex(new TicketLayout(PaperWidth.MM80, template).layout(ticket("A001", null, null, "A001")));
        assertThat(job).contains(gb("欢迎光临"), gb("咨询电话：12345")).doesNotContain("1d286b");
        assertThat(job.indexOf(gb("欢迎光临"))).isLessThan(job.indexOf(gb("高新区政务服务中心")));
    }

    @Test
    void theDefaultTicketIsByteForByteWhatItWasBeforeHallsCouldChangeIt() throws Exception {
        PrintableTicket t = ticket("A001", 30, null, "https://x/t/1");
        assertThat(hex(new TicketLayout(PaperWidth.MM80).layout(t))).isEqualTo(golden("default-ticket-80mm.hex"));
        assertThat(hex(new TicketLayout(PaperWidth.MM58).layout(t))).isEqualTo(golden("default-ticket-58mm.hex"));
    }

    @Test
    void aReprintIsMarkedAboveTheNumberAndCarriesItsOwnTimeAndNoStaleQueueFigures() {
        PrintableTicket again = new PrintableTicket("高新区政务服务中心", "A001", "不动产登记", null, null, ISSUED, null,
                "https://hall.example/t/A001", ISSUED.plusMinutes(42));

        String job = hex(new TicketLayout(PaperWidth.MM80).layout(again));

        assertThat(job).contains(gb(TicketLayout.REPRINT_MARK), gb("取号时间：2024-06-11 09:30:05"),
                gb("补打时间：2024-06-11 10:12:05")).doesNotContain(gb("您前面还有"), gb("预计等候"));
        assertThat(job.indexOf(gb(TicketLayout.REPRINT_MARK))).isLessThan(job.indexOf(gb("A001")));
        RenderedReceipt receipt = render(PaperWidth.MM80, new TicketLayout(PaperWidth.MM80).layout(again));
        InkProbe.writeArtifact("reprint-80mm.png", receipt.png());
        assertThat(InkProbe.decodeQr(receipt.image()).orElseThrow().getText()).isEqualTo("https://hall.example/t/A001");
    }

    @Test
    void qrIsPrintedOnlyWhenTheTicketHasQrContent() {
        TicketLayout layout = new TicketLayout(PaperWidth.MM80);
        assertThat(hex(layout.layout(ticket("A001", null, null, null)))).doesNotContain("1d286b");
        assertThat(hex(layout.layout(ticket("A001", null, null, "https://hall.example/q/A001"))))
                .contains("1d286b0300314306", "1d286b03003151" + "30");
    }

    @Test
    void qrModuleShrinksWhenTheSymbolWouldNotFitTheNarrowPaper() {
        TicketLayout layout = new TicketLayout(PaperWidth.MM58);
        assertThat(layout.qrModuleSize("A001")).isEqualTo(5);
        int module = layout.qrModuleSize("x".repeat(PrintableTicket.MAX_QR_BYTES));
        assertThat(module).isLessThan(5).isPositive();
    }

    @Test
    void ticketNumberIsReadBackFromTheRendered80mmTicketsQrCode() {
        PrintableTicket t = ticket("A001", 30, null, "https://hall.example/q?hall=GX01&ticket=A001");
        RenderedReceipt receipt = render(PaperWidth.MM80, new TicketLayout(PaperWidth.MM80).layout(t));
        InkProbe.writeArtifact("ticket-80mm.png", receipt.png());
        BufferedImage image = receipt.image();
        assertThat(image.getWidth()).isEqualTo(576);
        assertThat(InkProbe.inkIn(image, 0, 0, 576, 60)).isPositive();
        assertThat(InkProbe.decodeQr(image).orElseThrow().getText()).contains("A001");
        assertThat(receipt.cutRows()).hasSize(1);
    }

    @Test
    void ticketNumberIsReadBackFromTheRendered58mmTicketsQrCode() {
        TicketTemplate template = new TicketTemplate("欢迎光临", List.of("咨询电话：0571-12345"), true);
        PrintableTicket t = new PrintableTicket("市民之家", "B017", "社保卡申领（补换）", 0, 5, ISSUED, null,
                "B017|社保卡申领|2024-06-11");
        RenderedReceipt receipt = render(PaperWidth.MM58, new TicketLayout(PaperWidth.MM58, template).layout(t));
        InkProbe.writeArtifact("ticket-58mm.png", receipt.png());
        assertThat(receipt.image().getWidth()).isEqualTo(384);
        assertThat(InkProbe.inkIn(receipt.image(), 0, 0, 384, 60)).isPositive();
        assertThat(InkProbe.decodeQr(receipt.image()).orElseThrow().getText()).isEqualTo("B017|社保卡申领|2024-06-11");
    }

    @Test
    void twoTicketsInOneStreamGiveTwoCutLines() {
        TicketLayout layout = new TicketLayout(PaperWidth.MM80);
        byte[] stream = new EscPosBuilder()
                .raw(layout.layout(ticket("A001", 30, null, "A001")))
                .raw(layout.layout(ticket("A002", 35, null, "A002"))).bytes();
        RenderedReceipt receipt = render(PaperWidth.MM80, stream);
        InkProbe.writeArtifact("two-tickets-80mm.png", receipt.png());
        assertThat(receipt.cutRows()).hasSize(2);
        BufferedImage second = receipt.image().getSubimage(0, receipt.cutRows().get(0) + 2, 576,
                receipt.cutRows().get(1) - receipt.cutRows().get(0) - 2);
        assertThat(InkProbe.decodeQr(second).orElseThrow().getText()).isEqualTo("A002");
    }

    private static String golden(String name) throws java.io.IOException {
        try (var in = TicketLayoutTest.class.getResourceAsStream("/golden/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).strip();
        }
    }

    private static RenderedReceipt render(PaperWidth paper, byte[] job) {
        return new EscPosImageRenderer(paper.dots()).renderReceipt(job);
    }
}
