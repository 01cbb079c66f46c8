package dev.hallq.hub.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hallq.hub.access.AccessDenied;
import dev.hallq.hub.access.AccessWeb;
import dev.hallq.hub.access.Session;
import dev.hallq.hub.admin.Role;
import dev.hallq.hub.devices.DeviceAdmission;
import dev.hallq.hub.devices.DeviceRegistry;
import dev.hallq.hub.devices.RegisteredDevice;
import dev.hallq.protocol.DeviceKind;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The hall's devices over HTTP: {@code GET /api/devices} (registered ones and those heard of but not registered,
 * with what each last said of itself), {@code POST /api/devices} (register), {@code POST /api/devices/{id}/revoke}
 * or {@code DELETE /api/devices/{id}} (revoke, with a reason), {@code POST /api/devices/{id}/restore}. Admins and
 * managers change; duty managers read too. Every change is audited and reaches the MQTT gateway at once.
 */
final class DeviceApi {
    private final DeviceAdmission admission;
    private final DeviceRegistry heard;

    DeviceApi(DeviceAdmission admission, DeviceRegistry heard) {
        this.admission = admission;
        this.heard = heard;
    }

    void routes(RoutesConfig r) {
        r.get("/api/devices", this::list);
        r.post("/api/devices", this::register);
        r.post("/api/devices/{id}/revoke", ctx -> revoke(ctx, reason(AccessWeb.body(ctx).get("reason"))));
        r.delete("/api/devices/{id}", ctx -> revoke(ctx, ctx.body().isBlank() ? ctx.queryParam("reason")
                : reason(AccessWeb.body(ctx).get("reason"))));
        r.post("/api/devices/{id}/restore", this::restore);
    }

    private void list(Context ctx) {
        AccessWeb.require(ctx, Role.ADMIN, Role.MANAGER, Role.DUTY_MANAGER);
        Map<String, RegisteredDevice> registered = new LinkedHashMap<>();
        admission.registered().forEach(d -> registered.put(d.id(), d));
        Map<String, DeviceRegistry.DeviceView> statuses = new LinkedHashMap<>();
        heard.all().forEach(d -> statuses.put(d.id(), d));
        TreeSet<String> ids = new TreeSet<>(registered.keySet());
        ids.addAll(statuses.keySet());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String id : ids) {
            rows.add(row(id, registered.get(id), statuses.get(id)));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("requireRegistered", admission.requireRegistered());
        body.put("devices", rows);
        ctx.json(body);
    }

    private void register(Context ctx) {
        Session s = AccessWeb.require(ctx, Role.ADMIN, Role.MANAGER);
        JsonNode body = AccessWeb.body(ctx);
        String id = AccessWeb.text(body, "id");
        Optional<DeviceRegistry.DeviceView> status = status(id);
        DeviceKind kind = body.hasNonNull("kind") ? kind(body.get("kind").asText())
                : status.map(v -> DeviceKind.valueOf(v.kind())).orElseThrow(() ->
                        new IllegalArgumentException("kind is required for a device not heard of yet: one of "
                                + List.of(DeviceKind.values())));
        Integer window = body.hasNonNull("window") ? window(body.get("window"))
                : status.map(DeviceRegistry.DeviceView::window).orElse(null);
        String name = body.hasNonNull("name") ? body.get("name").asText() : null;
        RegisteredDevice d = changing(() -> admission.register(s.username(), id, kind, window, name));
        ctx.status(HttpStatus.CREATED).json(row(id, d, status.orElse(null)));
    }

    private void revoke(Context ctx, String reason) {
        Session s = AccessWeb.require(ctx, Role.ADMIN, Role.MANAGER);
        String id = ctx.pathParam("id");
        Optional<DeviceRegistry.DeviceView> status = status(id);
        RegisteredDevice d = changing(() -> admission.revoke(s.username(), id, reason,
                status.map(v -> DeviceKind.valueOf(v.kind())).orElse(null)));
        ctx.json(row(id, d, status.orElse(null)));
    }

    private void restore(Context ctx) {
        Session s = AccessWeb.require(ctx, Role.ADMIN, Role.MANAGER);
        String id = ctx.pathParam("id");
        RegisteredDevice d = changing(() -> admission.restore(s.username(), id));
        ctx.json(row(id, d, status(id).orElse(null)));
    }

    private static RegisteredDevice changing(java.util.function.Supplier<RegisteredDevice> change) {
        try {
            return change.get();
        } catch (DeviceAdmission.Refused e) {
            throw new AccessDenied(e.notFound() ? 404 : 409, e.code(), e.getMessage());
        }
    }

    private Optional<DeviceRegistry.DeviceView> status(String id) {
        return heard.all().stream().filter(v -> v.id().equals(id)).findFirst();
    }

    /** One device as the admin page lists it: its registration (if any) and what it last said (if heard of). */
    private static Map<String, Object> row(String id, RegisteredDevice d, DeviceRegistry.DeviceView v) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("kind", d != null ? d.kind().name() : v.kind());
        row.put("registration", d == null ? "UNREGISTERED" : d.revoked() ? "REVOKED" : "REGISTERED");
        Integer window = d != null && d.window() != null ? d.window() : v == null ? null : v.window();
        if (window != null) {
            row.put("window", window);
        }
        if (d != null) {
            putIf(row, "name", d.name());
            row.put("registeredBy", d.registeredBy());
            row.put("registeredAt", d.registeredAt().toString());
            putIf(row, "revokedBy", d.revokedBy());
            putIf(row, "revokedAt", d.revokedAt() == null ? null : d.revokedAt().toString());
            putIf(row, "reason", d.reason());
        }
        row.put("heard", v != null);
        row.put("online", v != null && v.online());
        if (v != null) {
            row.put("state", v.state().name());
            putIf(row, "stateReason", v.reason());
            putIf(row, "lastSeen", v.lastSeen() == null ? null : v.lastSeen().toString());
            putIf(row, "version", v.version());
            putIf(row, "page", v.page());
        }
        return row;
    }

    private static void putIf(Map<String, Object> row, String key, Object value) {
        if (value != null) {
            row.put(key, value);
        }
    }

    private static String reason(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static DeviceKind kind(String text) {
        try {
            return DeviceKind.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kind must be one of " + List.of(DeviceKind.values()) + ", was '" + text + "'");
        }
    }

    private static Integer window(JsonNode node) {
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            return node.asInt();
        }
        if (node.isTextual() && node.asText().matches("\\d{1,4}")) {
            return Integer.parseInt(node.asText());
        }
        throw new IllegalArgumentException("window must be a window number, was '" + node.asText() + "'");
    }
}
