package dev.hallq.kiosk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hallq.agent.web.LiveView;
import dev.hallq.protocol.Json;
import dev.hallq.protocol.ServiceBoard;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** The kiosk page's API: the service board, taking a ticket, a guide on paper, and the live event stream. */
final class KioskRoutes {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    private static final String BODY_SHAPE = "body must be JSON like {\"serviceId\": \"S1\", \"priority\": false}";

    private final KioskAgent kiosk;
    private final Supplier<Optional<ServiceBoard>> board;
    private final LiveView live;
    private final Duration wait;

    KioskRoutes(KioskAgent kiosk, Supplier<Optional<ServiceBoard>> board, LiveView live, Duration replyTimeout) {
        this.kiosk = kiosk;
        this.board = board;
        this.live = live;
        this.wait = replyTimeout.plusSeconds(1);
    }

    void register(RoutesConfig routes) {
        routes.get("/api/services", this::services);
        routes.post("/api/tickets", this::takeTicket);
        routes.post("/api/checkin", this::checkIn);
        routes.get("/api/guides", ctx -> {
            if (kiosk.guides() == null) {
                ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(Map.of("error", "NO_GUIDES",
                        "message", "the hall's guides have not been heard from the hub yet"));
            } else {
                ctx.json(kiosk.guides());
            }
        });
        routes.post("/api/guides/{serviceId}/print", this::printGuide);
        routes.get("/api/qr", this::qr);
        routes.sse("/events", live::join);
    }

    private void services(Context ctx) {
        Optional<ServiceBoard> now = board.get();
        if (now.isPresent()) {
            ctx.json(now.get());
        } else {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(Map.of("error", "NO_BOARD",
                    "message", "the hall's service list has not been heard from the hub yet"));
        }
    }

    private void takeTicket(Context ctx) {
        JsonNode body = parse(ctx.body());
        JsonNode serviceId = body.get("serviceId");
        if (serviceId == null || !serviceId.isTextual() || serviceId.asText().isBlank()) {
            throw new IllegalArgumentException("serviceId is required");
        }
        JsonNode priority = body.get("priority");
        if (priority != null && !priority.isNull() && !priority.isBoolean()) {
            throw new IllegalArgumentException("priority must be true or false");
        }
        CompletableFuture<KioskResult> result = kiosk.takeTicket(serviceId.asText(), priority != null && priority.asBoolean());
        ctx.future(() -> result.thenApply(r -> r)
                .completeOnTimeout(KioskResult.unreachable(), wait.toMillis(), TimeUnit.MILLISECONDS)
                .thenAccept(r -> ctx.status(statusOf(r)).json(r)));
    }

    /** 预约签到 by the booking code a scanner read off the booking's QR code (it types it, then Enter). */
    private void checkIn(Context ctx) {
        JsonNode body = parse(ctx.body());
        JsonNode code = body.get("code");
        if (code == null || !code.isTextual() || !code.asText().strip().matches("[A-Za-z0-9]{4,32}")) {
            throw new IllegalArgumentException("code must be the booking code (4-32 letters or digits)");
        }
        CompletableFuture<KioskResult> result = kiosk.takeTicket(null, false, code.asText().strip().toUpperCase());
        ctx.future(() -> result.completeOnTimeout(KioskResult.unreachable(), wait.toMillis(), TimeUnit.MILLISECONDS)
                .thenAccept(r -> ctx.status(statusOf(r)).json(r)));
    }

    /**
     * 打印办事指南 on this kiosk's printer: 200 {@code {"ok": true}} once the hub has sent the job; 409 with a code and
     * a message when the kiosk has no usable printer or the hub refuses (no such service, no guide); 503
     * {@code HUB_UNREACHABLE} when the hub does not answer.
     */
    private void printGuide(Context ctx) {
        String serviceId = ctx.pathParam("serviceId");
        if (!ID.matcher(serviceId).matches()) {
            throw new IllegalArgumentException("serviceId must be 1-64 letters, digits, '_', '.' or '-'");
        }
        CompletableFuture<GuidePrint> result = kiosk.printGuide(serviceId);
        ctx.future(() -> result.completeOnTimeout(GuidePrint.unreachable(), wait.toMillis(), TimeUnit.MILLISECONDS)
                .thenAccept(r -> ctx.status(r.ok() ? HttpStatus.OK
                        : r.hubUnreachable() ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.CONFLICT).json(r)));
    }

    /** A QR code as PNG, for the page: the citizen's ticket page or a guide, for a phone to scan. */
    private void qr(Context ctx) throws Exception {
        String text = ctx.queryParam("text");
        if (text == null || text.isBlank() || text.length() > 512 || !text.matches("https?://\\S+")) {
            throw new IllegalArgumentException("text must be an http(s) address of at most 512 characters");
        }
        com.google.zxing.common.BitMatrix matrix = new com.google.zxing.qrcode.QRCodeWriter().encode(text,
                com.google.zxing.BarcodeFormat.QR_CODE, 360, 360, Map.of(com.google.zxing.EncodeHintType.MARGIN, 2,
                        com.google.zxing.EncodeHintType.ERROR_CORRECTION,
                        com.google.zxing.qrcode.decoder.ErrorCorrectionLevel.M));
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        com.google.zxing.client.j2se.MatrixToImageWriter.writeToStream(matrix, "PNG", png);
        ctx.contentType("image/png").header("Cache-Control", "max-age=3600").result(png.toByteArray());
    }

    private static JsonNode parse(String text) {
        try {
            JsonNode node = Json.mapper().readTree(text);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException(BODY_SHAPE);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(BODY_SHAPE);
        }
    }

    static HttpStatus statusOf(KioskResult result) {
        if (result.ok()) {
            return HttpStatus.OK;
        }
        return result.hubUnreachable() ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.CONFLICT;
    }
}
