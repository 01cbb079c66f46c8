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

/** The kiosk page's API: the service board, taking a ticket, and the live event stream. */
final class KioskRoutes {
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
