package dev.hallq.evaluator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hallq.agent.web.LiveView;
import dev.hallq.evaluator.keys.PadKey;
import dev.hallq.protocol.Json;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The pad page's API: a touch on a button is {@code POST /api/keys/{KEY}} and goes through the very same
 * handler as the physical key; {@code GET /api/state} and the live event stream.
 */
final class PadRoutes {
    private static final Duration WAIT = Duration.ofSeconds(3);
    private static final Set<String> BODY_FIELDS = Set.of("reasons", "comment", "reason");
    private static final String BODY_SHAPE =
            "body must be empty or JSON like {\"reasons\": [\"attitude\"], \"comment\": \"...\", \"reason\": \"午休\"}";

    private final EvaluatorAgent pad;
    private final LiveView live;

    PadRoutes(EvaluatorAgent pad, LiveView live) {
        this.pad = pad;
        this.live = live;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/keys/{key}", this::press);
        routes.post("/api/login", this::logIn);
        routes.post("/api/logout", ctx -> {
            CompletableFuture<KeyOutcome> outcome = pad.logOut();
            ctx.future(() -> outcome.orTimeout(WAIT.toMillis(), TimeUnit.MILLISECONDS).handle((result, error) -> {
                ctx.status(error == null ? HttpStatus.ACCEPTED : HttpStatus.SERVICE_UNAVAILABLE)
                        .json(error == null ? result.json() : KeyOutcome.ignored("the pad could not take it").json());
                return null;
            }));
        });
        routes.get("/api/state", this::state);
        routes.sse("/events", live::join);
    }

    private void press(Context ctx) {
        PadKey key = key(ctx.pathParam("key"));
        JsonNode body = parse(ctx.body());
        KeyPress press = KeyPress.page(key, reasons(body.get("reasons")), text(body, "comment"), text(body, "reason"));
        CompletableFuture<KeyOutcome> outcome = pad.press(press);
        ctx.future(() -> outcome.orTimeout(WAIT.toMillis(), TimeUnit.MILLISECONDS).handle((result, error) -> {
            if (error != null) {
                ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(KeyOutcome.ignored("the pad could not take the key: "
                        + error.getClass().getSimpleName()).json());
            } else {
                ctx.status(result.accepted() ? HttpStatus.ACCEPTED : HttpStatus.CONFLICT).json(result.json());
            }
            return null;
        }));
    }

    /** 上岗 with a 工号 and PIN typed on the pad; the hub checks them (a staff card needs no page). */
    private void logIn(Context ctx) {
        JsonNode body = parse(ctx.body(), java.util.Set.of("staffNo", "pin"),
                "body must be JSON like {\"staffNo\": \"0101\", \"pin\": \"2468\"}");
        String staffNo = text(body, "staffNo");
        if (staffNo == null || staffNo.isBlank()) {
            throw new IllegalArgumentException("staffNo (工号) is required");
        }
        CompletableFuture<KeyOutcome> outcome = pad.logIn(staffNo.strip(), text(body, "pin"), null);
        ctx.future(() -> outcome.orTimeout(WAIT.toMillis(), TimeUnit.MILLISECONDS).handle((result, error) -> {
            if (error != null) {
                ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(KeyOutcome.ignored("the pad could not take it: "
                        + error.getClass().getSimpleName()).json());
            } else {
                ctx.status(result.accepted() ? HttpStatus.ACCEPTED : HttpStatus.BAD_REQUEST).json(result.json());
            }
            return null;
        }));
    }

    private void state(Context ctx) {
        ctx.future(() -> pad.snapshot().orTimeout(WAIT.toMillis(), TimeUnit.MILLISECONDS).handle((snapshot, error) -> {
            if (error != null) {
                ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(Map.of("error", "PAD_BUSY",
                        "message", "the pad could not read its state: " + error.getClass().getSimpleName()));
            } else {
                ctx.json(snapshot.json());
            }
            return null;
        }));
    }

    static PadKey key(String name) {
        try {
            return PadKey.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown key '" + name + "'; the pad's keys are "
                    + Arrays.toString(PadKey.values()));
        }
    }

    private static JsonNode parse(String text) {
        return parse(text, BODY_FIELDS, BODY_SHAPE);
    }

    private static JsonNode parse(String text, java.util.Set<String> fields, String shape) {
        if (text == null || text.isBlank()) {
            return Json.mapper().createObjectNode();
        }
        JsonNode node;
        try {
            node = Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(shape);
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(shape);
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw new IllegalArgumentException("unknown field '" + name + "'; " + shape);
            }
        }
        return node;
    }

    private static List<String> reasons(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException("reasons must be a list of reason codes");
        }
        List<String> reasons = new ArrayList<>();
        for (JsonNode reason : node) {
            if (!reason.isTextual()) {
                throw new IllegalArgumentException("reasons must be a list of reason codes, had " + reason);
            }
            reasons.add(reason.asText());
        }
        return reasons;
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new IllegalArgumentException(field + " must be text");
        }
        return node.asText();
    }
}
