package dev.hallq.hub.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hallq.hub.access.AccessDenied;
import dev.hallq.hub.access.AccessWeb;
import dev.hallq.hub.access.Session;
import dev.hallq.hub.admin.HallOffice;
import dev.hallq.hub.admin.Role;
import dev.hallq.hub.config.ConfigConflict;
import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.config.HallConfigFile;
import dev.hallq.hub.queue.QueueEngine;
import dev.hallq.protocol.Json;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hall's configuration over HTTP: the whole document ({@code GET/PUT /api/config}) and one part at a time:
 * services, windows, staff and bundles ({@code POST} to add, {@code PUT /{key}} to add or replace,
 * {@code DELETE /{key}}), the calendar and the queue policy ({@code PUT}). Admins and managers write; every
 * change is validated as a whole hall, stored as a revision with an audit line, and reaches the devices at once.
 * A change the running hall cannot take (a service with waiting tickets, an open window) is answered 409.
 */
final class ConfigApi {
    /** The document's list sections and the field that names an element of each. */
    private static final Map<String, String> SECTIONS = Map.of("services", "id", "windows", "number",
            "staff", "staffNo", "bundles", "id");

    private final QueueEngine engine;
    private final HallOffice office;

    ConfigApi(QueueEngine engine, HallOffice office) {
        this.engine = engine;
        this.office = office;
    }

    void routes(RoutesConfig r) {
        r.get("/api/config", ctx -> {
            AccessWeb.session(ctx);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("revision", office.revision());
            body.put("config", redacted(document()));
            ctx.json(body);
        });
        r.put("/api/config", ctx -> {
            Session s = configurer(ctx);
            JsonNode given;
            try {
                given = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                        .readTree(ctx.body());
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException("the body must be the hall as JSON or YAML: " + e.getMessage());
            }
            if (given == null || !given.isObject()) {
                throw new IllegalArgumentException("the body must be the hall as one JSON or YAML object");
            }
            apply(ctx, s, parse((ObjectNode) given, "request body"), "hall", HttpStatus.OK);
        });
        r.put("/api/staff/{key}/pin", ctx -> pin(ctx, ctx.pathParam("key"), false));
        r.delete("/api/staff/{key}/pin", ctx -> pin(ctx, ctx.pathParam("key"), true));
        for (Map.Entry<String, String> section : SECTIONS.entrySet()) {
            String name = section.getKey();
            if (!name.equals("services")) {
                r.get("/api/" + name, ctx -> ctx.json(redacted(document()).get(name)));
            }
            r.post("/api/" + name, ctx -> edit(ctx, name, null, false));
            r.put("/api/" + name + "/{key}", ctx -> edit(ctx, name, ctx.pathParam("key"), false));
            r.delete("/api/" + name + "/{key}", ctx -> edit(ctx, name, ctx.pathParam("key"), true));
        }
        r.put("/api/calendar", ctx -> replaceSection(ctx, "calendar"));
        r.put("/api/policy", ctx -> replaceSection(ctx, "policy"));
        r.get("/api/office", ctx -> ctx.json(document().get("office")));
        r.put("/api/office", ctx -> replaceSection(ctx, "office"));
    }

    private Session configurer(Context ctx) {
        return AccessWeb.require(ctx, Role.ADMIN, Role.MANAGER);
    }

    private ObjectNode document() {
        try {
            return (ObjectNode) Json.mapper().readTree(HallConfigFile.toJson(engine.hall()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds (POST, or PUT of a new key), replaces (PUT) or removes (DELETE) one element of a list section. */
    private void edit(Context ctx, String section, String key, boolean delete) throws Exception {
        Session s = configurer(ctx);
        String keyField = SECTIONS.get(section);
        ObjectNode doc = document();
        ArrayNode list = doc.has(section) && doc.get(section).isArray() ? (ArrayNode) doc.get(section)
                : doc.putArray(section);
        JsonNode element = null;
        if (!delete) {
            element = AccessWeb.body(ctx);
            JsonNode given = element.get(keyField);
            if (key == null) {
                if (given == null || given.isNull()) {
                    throw new IllegalArgumentException(keyField + " is required");
                }
                key = given.asText();
                if (indexOf(list, keyField, key) >= 0) {
                    throw new AccessDenied(409, "EXISTS", section + " already has " + keyField + " '" + key
                            + "'; PUT /api/" + section + "/" + key + " replaces it");
                }
            } else if (given == null || given.isNull()) {
                ((ObjectNode) element).set(keyField, keyField.equals("number") ? Json.mapper().getNodeFactory()
                        .numberNode(number(key)) : Json.mapper().getNodeFactory().textNode(key));
            } else if (!given.asText().equals(key)) {
                throw new IllegalArgumentException(keyField + " in the body ('" + given.asText()
                        + "') differs from the path ('" + key + "')");
            }
        }
        int at = indexOf(list, keyField, key);
        if (delete && at < 0) {
            throw new AccessDenied(404, "NOT_FOUND", "no " + keyField + " '" + key + "' in " + section);
        }
        boolean created = at < 0;
        if (delete) {
            list.remove(at);
        } else if (created) {
            list.add(element);
        } else {
            list.set(at, element);
        }
        HallConfig next = parse(doc, section + "/" + key);
        if (delete && section.equals("staff") && next.staffMember(key).isPresent()) {
            throw new AccessDenied(409, "IN_USE", "staff " + key + " is still a window's A or B staff; change the "
                    + "window first");
        }
        apply(ctx, s, next, section + "/" + key, created ? HttpStatus.CREATED : HttpStatus.OK);
    }

    private void replaceSection(Context ctx, String section) throws Exception {
        Session s = configurer(ctx);
        ObjectNode doc = document();
        doc.set(section, AccessWeb.body(ctx));
        apply(ctx, s, parse(doc, section), section, HttpStatus.OK);
    }

    private void apply(Context ctx, Session s, HallConfig next, String target, HttpStatus status) throws Exception {
        try {
            HallOffice.Applied applied = office.apply(next, s.username(), target);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("revision", applied.revision());
            body.put("changed", target);
            ctx.status(status).json(body);
        } catch (ConfigConflict c) {
            ctx.status(HttpStatus.CONFLICT).json(Map.of("error", "CONFLICT", "message", c.getMessage()));
        }
    }

    /** Sets (or removes) a staff member's PIN for logging in at a pad: only its bcrypt hash is kept. */
    private void pin(Context ctx, String staffNo, boolean remove) throws Exception {
        Session s = configurer(ctx);
        String hash = remove ? null : dev.hallq.hub.queue.PinCheck.hash(AccessWeb.text(AccessWeb.body(ctx), "pin"));
        ObjectNode doc = document();
        ArrayNode staff = (ArrayNode) doc.get("staff");
        int at = indexOf(staff, "staffNo", staffNo);
        if (at < 0) {
            throw new AccessDenied(404, "NOT_FOUND", "no staff member " + staffNo);
        }
        ObjectNode entry = (ObjectNode) staff.get(at);
        if (remove) {
            entry.remove("pinHash");
            entry.put("pinRemoved", true);
        } else {
            entry.put("pinHash", hash);
        }
        apply(ctx, s, parse(doc, "staff/" + staffNo + "/pin"), "staff/" + staffNo + "/pin", HttpStatus.OK);
    }

    /**
     * A document as the API gives it: PIN hashes are not served (a short PIN's hash is quickly guessed offline);
     * {@code "pinSet": true} says there is one.
     */
    private static JsonNode redacted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode o = (ObjectNode) node;
            if (o.has("pinHash")) {
                o.remove("pinHash");
                o.put("pinSet", true);
            }
            o.elements().forEachRemaining(ConfigApi::redacted);
        } else if (node.isArray()) {
            node.elements().forEachRemaining(ConfigApi::redacted);
        }
        return node;
    }

    /**
     * Reads a document a client sent back: {@code pinSet} marks are dropped and each staff member keeps the PIN
     * hash the hall has for them (a client never sees it, so cannot send it back); PINs change only through
     * {@code /api/staff/{staffNo}/pin}.
     */
    private HallConfig parse(ObjectNode doc, String source) {
        keepPins(doc);
        return HallConfigFile.parse(doc.toString(), source);
    }

    private void keepPins(JsonNode node) {
        if (node.isObject()) {
            ObjectNode o = (ObjectNode) node;
            o.remove("pinSet");
            boolean removed = o.remove("pinRemoved") != null;
            if (!removed && o.has("staffNo") && o.has("name") && !o.has("pinHash")) {
                engine.hall().staffMember(o.get("staffNo").asText()).map(dev.hallq.hub.config.StaffConfig::pinHash)
                        .ifPresent(h -> o.put("pinHash", h));
            }
            o.elements().forEachRemaining(this::keepPins);
        } else if (node.isArray()) {
            node.elements().forEachRemaining(this::keepPins);
        }
    }

    private static int indexOf(ArrayNode list, String keyField, String key) {
        int i = 0;
        for (Iterator<JsonNode> it = list.elements(); it.hasNext(); i++) {
            JsonNode e = it.next();
            if (e.has(keyField) && e.get(keyField).asText().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static int number(String key) {
        try {
            return Integer.parseInt(key);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a window is named by its number, was '" + key + "'");
        }
    }
}
