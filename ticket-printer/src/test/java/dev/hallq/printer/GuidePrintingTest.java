package dev.hallq.printer;

import static dev.hallq.printer.PrinterHall.GB18030;
import static dev.hallq.printer.PrinterHall.contains;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hallq.agent.testing.HubDoubleExtension;
import dev.hallq.agent.testing.PlayedHub;
import dev.hallq.printer.escpos.InkProbe;
import dev.hallq.printer.ticket.PaperWidth;
import dev.hallq.printer.transport.SimulatedPrinterTransport;
import dev.hallq.protocol.GuideInfo;
import dev.hallq.protocol.Json;
import dev.hallq.protocol.PrintJob;
import dev.hallq.protocol.PrintResult;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** 打印办事指南: the hub's job carrying a service's guide, printed on the kiosk's printer and answered. */
@ExtendWith(HubDoubleExtension.class)
class GuidePrintingTest {
    private static final GuideInfo GUIDE = new GuideInfo("social-security", "社保医保", "人力资源和社会保障局",
            "《社会保险法》第五十八条", "即时办结", List.of("居民身份证原件", "户口簿（首次参保）"),
            List.of("取号", "窗口受理", "核验材料", "办结"), "0552-1234567");
    private static final String GUIDE_URL = "http://hall.example:8080/guide/social-security";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final SimulatedPrinterTransport paper = new SimulatedPrinterTransport("sim-P1");
    private PrinterHall hall;

    @BeforeEach
    void openHall(PlayedHub hub) {
        hall = new PrinterHall(hub);
    }

    private static PrintJob guideJob(String jobId) {
        return PrintJob.guide(jobId, "城东政务服务中心", GUIDE, GUIDE_URL, PrinterHall.ISSUED);
    }

    @Test
    void aGuideJobPrintsItsSectionsInGb18030WithAQrCodeAndACutAndIsAnsweredPrintedWithoutATicket() {
        PrinterAgent printer = hall.start(paper);

        hall.send(guideJob("guide-social-security-1"));

        PrintResult result = hall.awaitResult("guide-social-security-1", r -> true);
        assertThat(result.printed()).isTrue();
        assertThat(result.ticketId()).isNull();
        byte[] sent = paper.lastJob().orElseThrow();
        for (String text : List.of("城东政务服务中心", "办事指南", "社保医保", "人力资源和社会保障局", "【办理依据】",
                "《社会保险法》第五十八条", "【办理时限】", "即时办结", "【所需材料】", "1. 居民身份证原件",
                "2. 户口簿（首次参保）", "【办理流程】", "4. 办结", "【咨询电话】", "0552-1234567",
                "打印时间：2026-11-24 10:05:09")) {
            assertThat(contains(sent, text.getBytes(GB18030))).as(text).isTrue();
        }
        assertThat(PrinterHall.qrOn(sent)).contains(GUIDE_URL);
        assertThat(contains(sent, new byte[] {0x1D, 'V', 66, 0})).as("a cut").isTrue();
        assertThat(printer.printed()).singleElement().satisfies(t -> {
            assertThat(t.ticketId()).isNull();
            assertThat(t.ticketNumber()).isEqualTo("指南·社保医保");
        });
    }

    @Test
    void thePrintersPageShowsTheGuideAndItsImageCarriesTheGuidesQrCode() throws Exception {
        PrinterAgent printer = hall.start(paper);
        hall.send(guideJob("guide-social-security-2"));
        hall.awaitResult("guide-social-security-2", PrintResult::printed);

        HttpResponse<byte[]> png = http.send(request(printer, "tickets/guide-social-security-2.png"),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(png.statusCode()).isEqualTo(200);
        var image = ImageIO.read(new ByteArrayInputStream(png.body()));
        InkProbe.writeArtifact("guide-80mm.png", png.body());
        assertThat(image.getWidth()).isEqualTo(PaperWidth.MM80.dots());
        assertThat(InkProbe.decodeQr(image)).hasValueSatisfying(r -> assertThat(r.getText()).isEqualTo(GUIDE_URL));
        JsonNode listed = Json.mapper().readTree(http.send(request(printer, "api/printed"),
                HttpResponse.BodyHandlers.ofString()).body()).get(0);
        assertThat(listed.path("jobId").asText()).isEqualTo("guide-social-security-2");
        assertThat(listed.path("ticketNumber").asText()).isEqualTo("指南·社保医保");
        assertThat(listed.has("ticketId")).isFalse();
    }

    @Test
    void aGuideRedeliveredByTheBrokerIsPrintedOnceAndANewRequestPrintsAgain() {
        hall.start(paper);
        hall.send(guideJob("guide-social-security-3"));
        hall.send(guideJob("guide-social-security-3"));
        hall.send(guideJob("guide-social-security-4"));

        hall.awaitResult("guide-social-security-4", PrintResult::printed);
        await().until(() -> hall.results("guide-social-security-3").size() == 2);
        assertThat(paper.jobs()).hasSize(2);
    }

    @Test
    void aGuideIsPrintedOn58mmPaperWithItsQrCodeReadable() {
        PrinterAgent printer = hall.start(agent -> PrinterSettings.of(agent, 58, null), paper);
        hall.send(guideJob("guide-social-security-5"));
        hall.awaitResult("guide-social-security-5", PrintResult::printed);

        assertThat(printer.printed()).singleElement().satisfies(t -> {
            var image = ImageIO.read(new ByteArrayInputStream(t.png(PaperWidth.MM58)));
            assertThat(image.getWidth()).isEqualTo(PaperWidth.MM58.dots());
            assertThat(InkProbe.decodeQr(image)).hasValueSatisfying(r -> assertThat(r.getText()).isEqualTo(GUIDE_URL));
        });
    }

    private static HttpRequest request(PrinterAgent printer, String path) {
        return HttpRequest.newBuilder(URI.create(printer.pageUrl() + path)).timeout(Duration.ofSeconds(5)).build();
    }
}
