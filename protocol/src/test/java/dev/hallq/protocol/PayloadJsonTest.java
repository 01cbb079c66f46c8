package dev.hallq.protocol;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PayloadJsonTest {
    private static final Instant T = Instant.parse("2026-11-24T01:30:00Z");
    private static final TicketInfo A001 = new TicketInfo("20261124-A001", "A001", "social-security", "社保业务",
            "Social security", 2, T);

    @Test
    void ticketRequestHasItsDocumentedWireForm() {
        var request = new TicketRequest("r-1", "hall/H1/dev/K1/down/reply", "social-security", "P1", false);
        assertThat(Json.writeString(request)).isEqualTo("{\"schema\":1,\"requestId\":\"r-1\","
                + "\"replyTo\":\"hall/H1/dev/K1/down/reply\",\"serviceId\":\"social-security\",\"printerId\":\"P1\","
                + "\"priority\":false}");
    }

    @Test
    void windowStateWithChineseNamesSurvivesTheRoundTrip() throws BadPayload {
        var state = new WindowState(3, "3号窗口", WindowPhase.CALLING, A001, new StaffInfo("0301", "张三"), 7, null, T);
        byte[] json = Json.write(state);
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"issuedAt\":\"2026-11-24T01:30:00Z\"")
                .doesNotContain("pauseReason");
        assertThat(Json.read(json, WindowState.class)).isEqualTo(state);
    }

    @Test
    void staffPhotoAndDepartmentAndAMaskedCitizenAreOptionalAndLeftOutWhenAbsent() throws BadPayload {
        var ticket = new TicketInfo("20261124-A001", "A001", "social-security", "社保业务", "Social security", 0, T,
                null, null, "张*丰");
        var staff = new StaffInfo("0301", "张三", "人力资源和社会保障局", "/photos/0301.jpg");
        var state = new WindowState(3, "3号窗口", WindowPhase.CALLING, ticket, staff, 7, null, T);
        assertThat(Json.writeString(state)).contains("\"citizenName\":\"张*丰\"", "\"photo\":\"/photos/0301.jpg\"",
                "\"department\":\"人力资源和社会保障局\"");
        assertThat(Json.read(Json.write(state), WindowState.class)).isEqualTo(state);

        String bare = Json.writeString(new WindowState(3, "3号窗口", WindowPhase.CALLING, A001,
                new StaffInfo("0301", "张三", " ", ""), 7, null, T));
        assertThat(bare).doesNotContain("citizenName", "photo", "department");
    }

    @Test
    void everyPayloadRoundTrips() throws BadPayload {
        List<Object> payloads = List.of(
                new DeviceStatus("K1", DeviceKind.KIOSK, DeviceState.DEGRADED, "paper low", "0.1.0", null,
                        "http://k1:7071/", Map.of("paper", "LOW"), T),
                new HubStatus("H1", DeviceState.ONLINE, "0.1.0", T, T),
                new ServiceBoard("H1", "示范大厅", List.of(new ServiceQueue("tax", "B", "税务", "Tax", 4, true)), T),
                new CallAnnouncement(12, "20261124-A001", "A001", "social-security", "社保业务", 3, "3号窗口", true, T),
                new RecentCalls(List.of(new CallAnnouncement(1, "20261124-A001", "A001", "social-security", "社保业务",
                        3, "3号窗口", false, T))),
                new StaffCommand("r-2", null, 3, StaffAction.PAUSE, "午休"),
                new RatingSubmission("r-3", null, "20261124-A001", 3, RatingLevel.DISSATISFIED,
                        List.of("attitude"), "等太久", T),
                new PrintJob("job-1", "示范大厅", A001, "https://hall.example/t/20261124-A001", T),
                new PrintResult("job-1", "20261124-A001", false, "PAPER_OUT", T),
                new CallAck(12, AckRole.SPOKEN, T),
                Reply.ok("r-1", A001, null),
                Reply.error("r-9", ErrorCode.UNKNOWN_SERVICE, "no service 'x'"));
        for (Object payload : payloads) {
            assertThat(Json.read(Json.write(payload), payload.getClass())).as(payload.getClass().getSimpleName())
                    .isEqualTo(payload);
        }
    }

    @Test
    void notJsonIsABadPayloadNamingTheExpectedType() {
        assertThatThrownBy(() -> Json.read("hello".getBytes(StandardCharsets.UTF_8), TicketRequest.class))
                .isInstanceOf(BadPayload.class).hasMessageStartingWith("TicketRequest: ");
    }

    @Test
    void emptyPayloadIsBad() {
        assertThatThrownBy(() -> Json.read(new byte[0], StaffCommand.class))
                .isInstanceOf(BadPayload.class).hasMessageContaining("empty payload");
    }

    @Test
    void aBrokenFieldRuleIsNamedInTheError() {
        byte[] json = "{\"schema\":1,\"requestId\":\"r\",\"window\":0,\"action\":\"NEXT\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Json.read(json, StaffCommand.class))
                .isInstanceOf(BadPayload.class).hasMessageContaining("window must be a window number");
    }

    @Test
    void anUnknownActionIsRefused() {
        byte[] json = "{\"schema\":1,\"requestId\":\"r\",\"window\":3,\"action\":\"DANCE\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Json.read(json, StaffCommand.class)).isInstanceOf(BadPayload.class)
                .hasMessageContaining("DANCE");
    }

    @Test
    void anotherSchemaVersionIsRefused() {
        byte[] json = "{\"schema\":2,\"seq\":1,\"role\":\"SHOWN\",\"at\":\"2026-11-24T01:30:00Z\"}"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Json.read(json, CallAck.class)).isInstanceOf(BadPayload.class)
                .hasMessageContaining("unsupported schema 2");
    }

    @Test
    void aMissingSchemaIsRefused() {
        byte[] json = "{\"seq\":1,\"role\":\"SHOWN\",\"at\":\"2026-11-24T01:30:00Z\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Json.read(json, CallAck.class)).isInstanceOf(BadPayload.class)
                .hasMessageContaining("field 'schema'");
    }

    @Test
    void unknownFieldsFromANewerMinorAreIgnored() throws BadPayload {
        byte[] json = "{\"schema\":1,\"seq\":1,\"role\":\"SHOWN\",\"at\":\"2026-11-24T01:30:00Z\",\"extra\":true}"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(Json.read(json, CallAck.class).seq()).isEqualTo(1);
    }
}
