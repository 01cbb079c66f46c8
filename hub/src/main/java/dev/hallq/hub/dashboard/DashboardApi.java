package dev.hallq.hub.dashboard;

import dev.hallq.hub.access.AccessWeb;
import dev.hallq.hub.access.Session;
import dev.hallq.hub.admin.Role;
import dev.hallq.hub.devices.DeviceRegistry;
import dev.hallq.hub.mqtt.HallViews;
import dev.hallq.hub.queue.HallDesk;
import dev.hallq.hub.queue.QueueEngine;
import dev.hallq.protocol.ServiceQueue;
import dev.hallq.protocol.WindowState;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The manager's dashboard over HTTP: the hall at a glance ({@code GET /api/dashboard}), the alert list
 * ({@code GET /api/alerts}) and acknowledging an alert ({@code POST /api/alerts/{id}/ack}); managers, duty managers
 * and admins only. The page then follows the hall by push on {@code /events}.
 */
public final class DashboardApi {
    private static final Role[] WHO = {Role.MANAGER, Role.DUTY_MANAGER, Role.ADMIN};
    private static final Duration ASK = Duration.ofSeconds(5);
    private static final int MAX_LIST = 1000;

    private final QueueEngine engine;
    private final HallDesk desk;
    private final HallViews views;
    private final DeviceRegistry devices;
    private final AlertDesk alerts;

    public DashboardApi(QueueEngine engine, HallDesk desk, HallViews views, DeviceRegistry devices, AlertDesk alerts) {
        this.engine = engine;
        this.desk = desk;
        this.views = views;
        this.devices = devices;
        this.alerts = alerts;
    }

    public void routes(RoutesConfig r) {
        r.get("/api/dashboard", this::dashboard);
        r.get("/api/alerts", this::list);
        r.post("/api/alerts/{id}/ack", this::acknowledge);
    }

    /** A window on the grid: its state as screens see it, whether it is a post that should be open, how long. */
    record WindowTile(WindowState state, WindowPost post, long forSeconds, boolean emptyPost) {
    }

    /** A service's queue: the board's figures (waiting, estimate, tickets left under the cap) and the longest wait. */
    record QueueTile(ServiceQueue board, HallSnapshot.Line line, Long longestWaitSeconds) {
    }

    private void dashboard(Context ctx) {
        AccessWeb.require(ctx, WHO);
        Map<String, Object> body = desk.ask(this::hallNow, ASK);
        body.put("devices", devices.all());
        body.put("alerts", alerts.open());
        ctx.json(body);
    }

    /** Desk thread. */
    private Map<String, Object> hallNow() {
        Instant now = engine.clock().instant();
        HallSnapshot snapshot = HallSnapshot.of(engine);
        List<WindowTile> windows = new ArrayList<>();
        for (WindowState w : views.windows()) {
            snapshot.config(w.window()).ifPresent(config -> {
                WindowPost post = WindowPost.of(snapshot, config, now);
                boolean closed = w.phase() == dev.hallq.protocol.WindowPhase.CLOSED;
                windows.add(new WindowTile(w, post, w.at() == null ? 0 : Duration.between(w.at(), now).toSeconds(),
                        closed && post.post() && post.shouldBeOpen()));
            });
        }
        List<QueueTile> queues = new ArrayList<>();
        for (ServiceQueue q : views.board().services()) {
            HallSnapshot.Line line = q.bundle() ? null : snapshot.lines().get(q.id());
            Long longest = line == null || line.longestSince() == null ? null
                    : Duration.between(line.longestSince(), now).toSeconds();
            queues.add(new QueueTile(q, line, longest));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("hall", Map.of("id", engine.hall().id(), "name", engine.hall().name(), "day", engine.today().toString(),
                "zone", engine.hall().zone().getId(), "now", now));
        body.put("thresholds", engine.hall().office().alerts());
        body.put("windows", windows);
        body.put("queues", queues);
        return body;
    }

    private void list(Context ctx) {
        AccessWeb.require(ctx, WHO);
        String open = ctx.queryParam("open");
        Boolean onlyOpen = open == null || open.isBlank() ? null : switch (open) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("open must be true or false, was '" + open + "'");
        };
        Instant since = since(ctx.queryParam("since"));
        int limit = limit(ctx.queryParam("limit"));
        ctx.json(alerts.list(onlyOpen, since, limit));
    }

    /** {@code since}: an instant ({@code 2026-11-24T01:00:00Z}) or a day of the hall ({@code 2026-11-24}, from midnight). */
    private Instant since(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(engine.hall().zone()).toInstant()
                    : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("since must be an instant like 2026-11-24T01:00:00Z or a day like "
                    + "2026-11-24, was '" + text + "'");
        }
    }

    private static int limit(String text) {
        if (text == null || text.isBlank()) {
            return 200;
        }
        try {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= MAX_LIST) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalArgumentException("limit must be 1-" + MAX_LIST + ", was '" + text + "'");
    }

    private void acknowledge(Context ctx) {
        Session who = AccessWeb.require(ctx, WHO);
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("an alert id is a number, was '" + ctx.pathParam("id") + "'");
        }
        try {
            ctx.json(alerts.acknowledge(id, who.username()));
        } catch (AlertRefused e) {
            ctx.status(e.status()).json(Map.of("error", e.code(), "message", e.getMessage()));
        }
    }
}
