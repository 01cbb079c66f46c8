package dev.hallq.protocol;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Printing a service's guide: the kiosk's request, the hub's job that carries a guide instead of a ticket, the result. */
class PrintGuideTest {
    private static final Instant T = Instant.parse("2026-11-24T01:30:00Z");
    private static final TicketInfo A001 = new TicketInfo("20261124-A001", "A001", "social-security", "社保医保",
            "Social security", 2, T);
    private static final GuideInfo GUIDE = new GuideInfo("social-security", "社保医保", "人力资源和社会保障局",
            "《社会保险法》第五十八条", "即时办结", List.of("居民身份证原件"), List.of("取号", "窗口受理"), "0552-1234567");

    @Test
    void aPrintRequestHasItsDocumentedWireFormAndRoundTrips() throws BadPayload {
        var request = new PrintRequest("g-1", "hall/H1/dev/K1/down/reply", "P1", "social-security");
        String json = Json.writeString(request);
        assertThat(json).isEqualTo("{\"schema\":1,\"requestId\":\"g-1\",\"replyTo\":\"hall/H1/dev/K1/down/reply\","
                + "\"printerId\":\"P1\",\"serviceId\":\"social-security\"}");
        assertThat(Json.read(json.getBytes(StandardCharsets.UTF_8), PrintRequest.class)).isEqualTo(request);
    }

    @Test
    void aPrintRequestNeedsAPrinterAndAServiceThatAreIds() {
        assertThatThrownBy(() -> new PrintRequest("g-1", null, null, "social-security"))
                .hasMessageContaining("printerId");
        assertThatThrownBy(() -> new PrintRequest("g-1", null, "P1", "a/b")).hasMessageContaining("serviceId");
        assertThatThrownBy(() -> new PrintRequest(" ", null, "P1", "social-security")).hasMessageContaining("requestId");
        byte[] noService = "{\"schema\":1,\"requestId\":\"g-2\",\"printerId\":\"P1\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Json.read(noService, PrintRequest.class)).isInstanceOf(BadPayload.class)
                .hasMessageStartingWith("PrintRequest: ").hasMessageContaining("serviceId");
    }

    @Test
    void aGuideJobCarriesTheGuideAndNoTicketAndRoundTrips() throws BadPayload {
        PrintJob job = PrintJob.guide("guide-social-security-1795487400000", "示范区政务服务中心", GUIDE,
                "http://hall.example:8080/guide/social-security", T);
        String json = Json.writeString(job);
        assertThat(json).contains("\"guide\":{\"serviceId\":\"social-security\"", "\"materials\":[\"居民身份证原件\"]")
                .doesNotContain("\"ticket\"");
        assertThat(Json.read(json.getBytes(StandardCharsets.UTF_8), PrintJob.class)).isEqualTo(job);
    }

    @Test
    void aPrintJobNeedsExactlyOneOfTicketAndGuide() {
        assertThatThrownBy(() -> new PrintJob(Schema.VERSION, "j", "大厅", null, null, null, T))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly one of ticket and guide")
                .hasMessageContaining("neither");
        assertThatThrownBy(() -> new PrintJob(Schema.VERSION, "j", "大厅", A001, GUIDE, null, T))
                .hasMessageContaining("exactly one of ticket and guide").hasMessageContaining("both");
        byte[] neither = "{\"schema\":1,\"jobId\":\"j\",\"hallName\":\"大厅\",\"at\":\"2026-11-24T01:30:00Z\"}"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Json.read(neither, PrintJob.class)).isInstanceOf(BadPayload.class)
                .hasMessageContaining("ticket and guide");
    }

    @Test
    void aGuideNeedsItsServiceAndNameAndTreatsMissingListsAsEmpty() {
        assertThatThrownBy(() -> new GuideInfo("social-security", " ", null, null, null, null, null, null))
                .hasMessageContaining("guide.serviceName");
        assertThatThrownBy(() -> new GuideInfo(null, "社保", null, null, null, null, null, null))
                .hasMessageContaining("guide.serviceId");
        GuideInfo bare = new GuideInfo("s", "社保", null, null, null, null, null, null);
        assertThat(bare.materials()).isEmpty();
        assertThat(bare.steps()).isEmpty();
    }

    @Test
    void theResultOfAGuideJobHasNoTicketButAResultStillNeedsItsJob() throws BadPayload {
        var result = new PrintResult("guide-social-security-1", null, true, null, T);
        assertThat(Json.writeString(result)).doesNotContain("ticketId");
        assertThat(Json.read(Json.write(result), PrintResult.class)).isEqualTo(result);
        assertThatThrownBy(() -> new PrintResult(null, null, true, null, T)).hasMessageContaining("jobId");
        assertThatThrownBy(() -> new PrintResult("j", "a b", true, null, T)).hasMessageContaining("ticketId");
    }

    @Test
    void thePrintRequestTopicIsAKiosksOwnUpTopicAndParsesBack() {
        HallTopics topics = new HallTopics("H1");
        assertThat(topics.device("K1", Topic.PRINT_REQUEST)).isEqualTo("hall/H1/dev/K1/up/print-request");
        assertThat(topics.parseDeviceTopic("hall/H1/dev/K1/up/print-request").orElseThrow().topic())
                .isEqualTo(Topic.PRINT_REQUEST);
        assertThat(Topic.PRINT_REQUEST.writer()).isEqualTo(Topic.Writer.DEVICE);
        assertThat(Topic.PRINT_REQUEST.retained()).isFalse();
    }
}
