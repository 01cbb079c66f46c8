package dev.hallq.hub.export;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hallq.hub.access.AccessWeb;
import dev.hallq.hub.admin.Role;
import dev.hallq.protocol.Json;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /api/exports?state=PENDING|DELIVERED|FAILED&limit=} and {@code POST /api/exports/{id}/retry}, for
 * managers and admins. A hub run without {@code --rating-export} answers 404 NOT_CONFIGURED.
 */
public final class ExportApi {
    private final RatingExporter exporter;

    /** @param exporter the running export, or null when the hub has none */
    public ExportApi(RatingExporter exporter) {
        this.exporter = exporter;
    }

    public void routes(RoutesConfig r) {
        r.get("/api/exports", this::list);
        r.post("/api/exports/{id}/retry", this::retry);
    }

    private void list(Context ctx) {
        AccessWeb.require(ctx, Role.MANAGER, Role.ADMIN);
        if (missing(ctx)) {
            return;
        }
        OutboxEntry.State state = state(ctx.queryParam("state"));
        int limit = limit(ctx.queryParam("limit"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("target", exporter.settings().target());
        body.put("counts", exporter.counts());
        body.put("records", exporter.list(state, limit).stream().map(ExportApi::view).toList());
        ctx.json(body);
    }

    private void retry(Context ctx) {
        AccessWeb.require(ctx, Role.MANAGER, Role.ADMIN);
        if (missing(ctx)) {
            return;
        }
        String id = ctx.pathParam("id");
        OutboxEntry entry = exporter.find(id).orElse(null);
        if (entry == null) {
            ctx.status(HttpStatus.NOT_FOUND).json(error("UNKNOWN_EXPORT", "no export record " + id));
        } else if (!exporter.retry(id)) {
            ctx.status(HttpStatus.CONFLICT).json(error("NOT_FAILED",
                    "export record " + id + " is " + entry.state() + "; only a FAILED record is retried"));
        } else {
            ctx.status(HttpStatus.ACCEPTED).json(view(exporter.find(id).orElseThrow()));
        }
    }

    private boolean missing(Context ctx) {
        if (exporter == null) {
            ctx.status(HttpStatus.NOT_FOUND).json(error("NOT_CONFIGURED",
                    "this hub exports no ratings: start it with --rating-export file:DIR/ or https://…"));
            return true;
        }
        return false;
    }

    private static int limit(String text) {
        if (text == null || text.isBlank()) {
            return 100;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 1 && n <= 1000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the message below says what is wanted
        }
        throw new IllegalArgumentException("limit must be a number 1-1000, was '" + text + "'");
    }

    private static OutboxEntry.State state(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OutboxEntry.State.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("state must be one of " + List.of(OutboxEntry.State.values())
                    + ", was '" + text + "'");
        }
    }

    static Map<String, Object> view(OutboxEntry e) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", e.id());
        v.put("seq", e.seq());
        v.put("state", e.state().name());
        v.put("queuedAt", e.queuedAt().toString());
        v.put("attempts", e.attempts());
        if (e.lastTryAt() != null) {
            v.put("lastTryAt", e.lastTryAt().toString());
        }
        if (e.lastError() != null) {
            v.put("lastError", e.lastError());
        }
        if (e.deliveredAt() != null) {
            v.put("deliveredAt", e.deliveredAt().toString());
        }
        v.put("record", record(e.payload()));
        return v;
    }

    private static JsonNode record(String payload) {
        try {
            return Json.mapper().readTree(payload);
        } catch (java.io.IOException e) {
            return Json.mapper().getNodeFactory().textNode(payload);
        }
    }

    private static Map<String, String> error(String code, String message) {
        return Map.of("error", code, "message", message);
    }
}
