package dev.hallq.printer.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hallq.printer.escpos.EscPosImageRenderer;
import dev.hallq.printer.escpos.InkProbe;
import dev.hallq.printer.escpos.RenderedReceipt;
import dev.hallq.protocol.GuideInfo;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuideLayoutTest {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final LocalDateTime PRINTED = LocalDateTime.of(2026, 11, 24, 9, 30, 5);
    private static final String QR = "http://hall.example:8080/guide/social-security";
    static final GuideInfo SOCIAL_SECURITY = new GuideInfo("social-security", "社保医保", "人力资源和社会保障局",
            "《社会保险法》第五十八条", "即时办结", List.of("居民身份证原件", "户口簿（首次参保）"),
            List.of("取号", "窗口受理", "核验材料", "办结"), "0552-1234567");
    private static final GuideInfo LONG = new GuideInfo("real-estate", "不动产登记事项（转移登记、抵押登记）",
            "自然资源和规划局", "《不动产登记暂行条例》第二十条及《不动产登记暂行条例实施细则》第三十五条", "5个工作日",
            List.of("申请人及配偶的居民身份证原件和复印件各一份（加盖公章）", "不动产权属证书"),
            List.of("预约或取号", "窗口受理并核验全部材料原件", "缴纳税费", "领证"), "0552-7654321");

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static String gb(String text) {
        return hex(text.getBytes(GB18030));
    }

    private static byte[] layout(PaperWidth paper, GuideInfo guide) {
        return new GuideLayout(paper).layout(new PrintableGuide("示范区政务服务中心", guide, QR, PRINTED));
    }

    @Test
    void theGuideStartsLikeATicketAndEndsWithItsQrCodeAndACut() {
        String job = hex(layout(PaperWidth.MM80, SOCIAL_SECURITY));
        assertThat(job).startsWith("1b40" + "1c26").endsWith("1b6402" + "1d564200");
        assertThat(job).contains("1d286b").as("a native QR code");
        assertThat(job.indexOf("1d286b")).isGreaterThan(job.indexOf(gb("0552-1234567")));
    }

    @Test
    void everySectionIsPrintedInGb18030InItsOrderWithNumberedMaterialsAndSteps() {
        String job = hex(layout(PaperWidth.MM80, SOCIAL_SECURITY));
        List<String> inOrder = List.of("示范区政务服务中心", GuideLayout.TITLE, "社保医保", "人力资源和社会保障局",
                "【办理依据】", "《社会保险法》第五十八条", "【办理时限】", "即时办结", "【所需材料】", "1. 居民身份证原件",
                "2. 户口簿（首次参保）", "【办理流程】", "1. 取号", "2. 窗口受理", "3. 核验材料", "4. 办结", "【咨询电话】",
                "0552-1234567", GuideLayout.QR_CAPTION, "打印时间：2026-11-24 09:30:05");
        int at = -1;
        for (String text : inOrder) {
            int found = job.indexOf(gb(text), at + 1);
            assertThat(found).as(text + " after the part before it").isGreaterThan(at);
            at = found;
        }
    }

    @Test
    void theServiceNameIsLargeAndBoldAndTheSectionsAreLeftAligned() {
        String job = hex(layout(PaperWidth.MM80, SOCIAL_SECURITY));
        assertThat(job).contains("1b4501" + "1d2111" + gb("社保医保") + "0a");
        assertThat(job).contains("1b6100" + "1b4501" + gb("【办理依据】") + "0a" + "1b4500" + gb("  《社会保险法》"));
    }

    @Test
    void absentPartsAreLeftOutAndAGuideWithNoneSaysSo() {
        GuideInfo bare = new GuideInfo("business", "企业开办", null, null, "1个工作日", List.of(), List.of(), null);
        String job = hex(layout(PaperWidth.MM58, bare));
        assertThat(job).contains(gb("【办理时限】")).doesNotContain(gb("【办理依据】"), gb("【所需材料】"), gb("【办理流程】"),
                gb("【咨询电话】"), gb(GuideLayout.EMPTY));
        String empty = hex(layout(PaperWidth.MM80, new GuideInfo("business", "企业开办", null, null, null, null, null, null)));
        assertThat(empty).contains(gb(GuideLayout.EMPTY));
    }

    @Test
    void longLinesWrapAtThe58mmPapersWidthUnderTheirOwnText() {
        String job = hex(layout(PaperWidth.MM58, LONG));
        // 32 columns: 2 of indent and 3 of "1. " leave 27, thirteen Chinese characters; the closing bracket takes the
        // character before it down with it
        assertThat(job).contains(gb("  1. 申请人及配偶的居民身份证原") + "0a" + gb("     件和复印件各一份（加盖公") + "0a"
                + gb("     章）") + "0a");
        // a double-size name: 16 columns, eight characters; the opening bracket does not end a line
        assertThat(job).contains(gb("不动产登记事项") + "0a" + gb("（转移登记、抵押") + "0a");
        for (PaperWidth paper : PaperWidth.values()) {
            assertThat(printedLines(layout(paper, LONG))).as(paper.name()).allSatisfy(line ->
                    assertThat(line.columns()).as(line.text()).isLessThanOrEqualTo(paper.charsPerLine()));
        }
        assertThat(printedLines(layout(PaperWidth.MM58, LONG))).hasSizeGreaterThan(
                printedLines(layout(PaperWidth.MM80, LONG)).size());
    }

    @Test
    void theRendered58mmGuideKeepsItsQrCodeReadable() {
        RenderedReceipt receipt = new EscPosImageRenderer(PaperWidth.MM58.dots()).renderReceipt(layout(PaperWidth.MM58, LONG));
        InkProbe.writeArtifact("guide-58mm.png", receipt.png());
        assertThat(receipt.image().getWidth()).isEqualTo(384);
        assertThat(InkProbe.decodeQr(receipt.image()).orElseThrow().getText()).isEqualTo(QR);
        assertThat(receipt.cutRows()).hasSize(1);
    }

    @Test
    void theHallsTemplateNameAndItsChoiceAgainstQrCodesApply() {
        TicketTemplate template = new TicketTemplate("市民之家", null, List.of(), List.of(),
                EnumSet.complementOf(EnumSet.of(TicketField.QR)));
        String job = hex(new GuideLayout(PaperWidth.MM80, template).layout(
                new PrintableGuide("示范区政务服务中心", SOCIAL_SECURITY, QR, PRINTED)));
        assertThat(job).contains(gb("市民之家")).doesNotContain(gb("示范区政务服务中心"), "1d286b", gb(GuideLayout.QR_CAPTION));
    }

    /** One printed line: its text and how many font-A columns it takes at its width multiplier. */
    record Line(String text, int columns) {
    }

    /** The text lines of a job as the printer would lay them, read back from the commands the layouts use. */
    static List<Line> printedLines(byte[] job) {
        List<Line> lines = new ArrayList<>();
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        int widthMultiplier = 1;
        int i = 0;
        while (i < job.length) {
            int b = job[i] & 0xFF;
            if (b == 0x1B) { // ESC @ / ESC a n / ESC E n / ESC d n
                i += job[i + 1] == '@' ? 2 : 3;
            } else if (b == 0x1C) { // FS & / FS .
                i += 2;
            } else if (b == 0x1D && job[i + 1] == '!') {
                widthMultiplier = ((job[i + 2] & 0xFF) >> 4) + 1;
                i += 3;
            } else if (b == 0x1D && job[i + 1] == '(') { // GS ( k pL pH ...
                i += 5 + (job[i + 3] & 0xFF) + ((job[i + 4] & 0xFF) << 8);
            } else if (b == 0x1D && job[i + 1] == 'V') {
                i += 4;
            } else if (b == 0x0A) {
                String line = new String(text.toByteArray(), GB18030);
                lines.add(new Line(line, LineWrap.width(line) * widthMultiplier));
                text.reset();
                i++;
            } else {
                text.write(b);
                i++;
            }
        }
        return lines;
    }
}
