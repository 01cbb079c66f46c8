package dev.hallq.printer.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hallq.printer.escpos.EscPosImageRenderer;
import dev.hallq.printer.escpos.InkProbe;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TicketTemplateFileTest {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final PrintableTicket TICKET = new PrintableTicket("示范区政务服务中心（市民之家）", "A012", "社保业务", 3, 15,
            LocalDateTime.of(2026, 11, 24, 10, 5, 9), null, "https://hall.example/t/20261124-A012");

    @TempDir
    Path dir;

    @Test
    void anEmptyFileLeavesTodaysTicketAndNamesNoPaper() throws IOException {
        TicketTemplateFile.Contents contents = TicketTemplateFile.load(write("empty.yaml", "# nothing set yet\n"));

        assertThat(contents.paper()).isNull();
        assertThat(contents.template()).isEqualTo(TicketTemplate.DEFAULT);
    }

    @Test
    void aHallsFileSetsItsNameNotesFooterHiddenFieldsAndPaper() throws IOException {
        Path file = write("hall.yaml", """
                paper: 58
                hallName: 城东政务服务中心
                header: 欢迎光临
                notes:
                  - 过号无效，请留意叫号
                  - 请携带身份证原件
                footer: 咨询电话：0551-12345678
                fields:
                  estimatedWait: false
                  qr: true
                """);

        TicketTemplateFile.Contents contents = TicketTemplateFile.load(file);
        String job = gbText(new TicketLayout(contents.paper(), contents.template()).layout(TICKET));

        assertThat(contents.paper()).isEqualTo(PaperWidth.MM58);
        assertThat(job).contains("欢迎光临", "城东政务服务中心", "A012", "社保业务", "您前面还有 3 人等候", "过号无效，请留意叫号",
                "请携带身份证原件", "咨询电话：0551-12345678").doesNotContain("市民之家", "预计等候", TicketLayout.DEFAULT_NOTE);
        assertThat(job.indexOf("请携带身份证原件")).isLessThan(job.indexOf("咨询电话"));
    }

    @Test
    void aHallWithPreprintedRollsLeavesOutItsNameAndTheQrCode() throws IOException {
        Path file = write("preprinted.json", """
                {"fields": {"hallName": false, "qr": false, "notes": false}}
                """);

        TicketTemplate template = TicketTemplateFile.load(file).template();
        byte[] job = new TicketLayout(PaperWidth.MM80, template).layout(TICKET);

        assertThat(gbText(job)).contains("A012", "取号时间：2026-11-24 10:05:09")
                .doesNotContain("政务服务中心", TicketLayout.DEFAULT_NOTE);
        assertThat(InkProbe.decodeQr(new EscPosImageRenderer(EscPosImageRenderer.DOTS_80MM).render(job))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            colour: red                              | 'colour' is not a template key; known: paper, hallName
            paper: 76                                | paper must be 80 or 58 (mm), was 76
            paper: 80mm                              | paper must be 80 or 58
            fields: {qrcode: false}                  | fields.qrcode is not a ticket field; known: hallName, service
            fields: {qr: "false"}                    | fields.qr must be true or false
            fields: [qr]                             | fields must map field names to true or false
            notes: [过号无效, "  "]                    | notes[1] is blank
            notes: {a: b}                            | notes must be a list of lines
            footer: [[a, b]]                         | footer[0] must be a line of text
            hallName: [a, b]                         | hallName must be a line of text
            header: "欢迎\\t光临"                      | header contains a control character
            notes: [1, 2, 3, 4, 5, 6, 7, 8, 9]       | notes has 9 lines, at most 8
            - just a list                            | expected keys such as hallName
            hallName: [unclosed                      | is not valid YAML
            """)
    void aMistakeIsRefusedNamingTheFileAndTheKey(String yaml, String message) throws IOException {
        Path file = write("bad.yaml", yaml + "\n");

        assertThatThrownBy(() -> TicketTemplateFile.load(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining(message);
    }

    @Test
    void aMissingFileIsRefusedNamingIt() {
        Path file = dir.resolve("nowhere.yaml");
        assertThatThrownBy(() -> TicketTemplateFile.load(file)).hasMessageContaining("cannot read ticket template")
                .hasMessageContaining("nowhere.yaml");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** The job's bytes read as GB18030, commands and all: good enough to find the texts. */
    private static String gbText(byte[] job) {
        return new String(job, GB18030);
    }

}
