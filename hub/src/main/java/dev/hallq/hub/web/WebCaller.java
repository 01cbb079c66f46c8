package dev.hallq.hub.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hallq.hub.access.AccessDenied;
import dev.hallq.hub.access.AccessWeb;
import dev.hallq.hub.access.Session;
import dev.hallq.hub.config.WindowConfig;
import dev.hallq.hub.mqtt.RequestHandlers;
import dev.hallq.hub.queue.HallDesk;
import dev.hallq.hub.queue.QueueEngine;
import dev.hallq.hub.queue.WindowDesk;
import dev.hallq.protocol.ErrorCode;
import dev.hallq.protocol.Reply;
import dev.hallq.protocol.Schema;
import dev.hallq.protocol.StaffAction;
import dev.hallq.protocol.StaffCommand;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The web caller (网页叫号器): {@code POST /api/windows/{n}/actions} with {@code {"action": "NEXT"}} (and
 * {@code ticketId}, {@code reason}, {@code toService}, {@code toWindow}, {@code staffNo} as the action needs) does
 * exactly what the window's pad keys do, through the same desk. Staff accounts operate only a window they work
 * at (its A or B staff, or logged in there now); duty managers, managers and admins operate any window.
 */
final class WebCaller {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final QueueEngine engine;
    private final HallDesk desk;
    private final java.util.function.Supplier<RequestHandlers> handlers;

    /** @param handlers the hub's request handlers, ready by the time the first request comes */
    WebCaller(QueueEngine engine, HallDesk desk, java.util.function.Supplier<RequestHandlers> handlers) {
        this.engine = engine;
        this.desk = desk;
        this.handlers = handlers;
    }

    void act(Context ctx) throws InterruptedException {
        Session s = AccessWeb.session(ctx);
        int window = window(ctx.pathParam("number"));
        JsonNode body = AccessWeb.body(ctx);
        StaffAction action = action(AccessWeb.text(body, "action"));
        mayOperate(s, window);
        String staffNo = opt(body, "staffNo");
        if (action == StaffAction.LOG_IN && staffNo == null && s.staffNo() != null) {
            staffNo = s.staffNo();
        }
        StaffCommand command = new StaffCommand(Schema.VERSION, "web-" + UUID.randomUUID(), null, window, action,
                opt(body, "reason"), opt(body, "ticketId"), opt(body, "toService"),
                body.hasNonNull("toWindow") ? body.get("toWindow").asInt() : null, staffNo);
        CompletableFuture<Reply> reply = new CompletableFuture<>();
        long arrived = System.nanoTime();
        desk.execute(() -> handlers.get().staff("web:" + s.username(), command, new RequestHandlers.Answer() {
            @Override
            public void later(Reply r) {
                desk.afterCommit(() -> reply.complete(r));
            }

            @Override
            public void now(Reply r) {
                reply.complete(r);
            }
        }, arrived));
        Reply r;
        try {
            r = reply.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(Map.of("error", "INTERNAL_ERROR",
                    "message", "the hub did not confirm the action in time"));
            return;
        }
        ctx.status(r.ok() ? HttpStatus.OK : status(r.error())).json(r);
    }

    private void mayOperate(Session s, int window) {
        if (s.role().operatesAnyWindow()) {
            return;
        }
        WindowConfig w = engine.hall().window(window).orElse(null);
        WindowDesk d = engine.desk(window);
        boolean theirs = w != null && ((w.staff() != null && w.staff().staffNo().equals(s.staffNo()))
                || (w.backup() != null && w.backup().staffNo().equals(s.staffNo()))
                || (d != null && s.staffNo() != null && s.staffNo().equals(d.staffNo())));
        if (!theirs) {
            throw new AccessDenied(403, "NOT_YOUR_WINDOW", "staff " + s.staffNo() + " does not work at window " + window);
        }
    }

    private static HttpStatus status(ErrorCode code) {
        return switch (code) {
            case UNKNOWN_WINDOW, UNKNOWN_TICKET, UNKNOWN_SERVICE, UNKNOWN_STAFF -> HttpStatus.NOT_FOUND;
            case MALFORMED_PAYLOAD, UNKNOWN_MESSAGE -> HttpStatus.BAD_REQUEST;
            case INTERNAL_ERROR -> HttpStatus.SERVICE_UNAVAILABLE;
            default -> HttpStatus.CONFLICT;
        };
    }

    private static int window(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("window must be a number, was '" + text + "'");
        }
    }

    private static StaffAction action(String text) {
        try {
            return StaffAction.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("action must be one of " + List.of(StaffAction.values()) + ", was '"
                    + text + "'");
        }
    }

    private static String opt(JsonNode body, String field) {
        JsonNode v = body.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
