package dev.hallq.hub.access;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hallq.hub.admin.Account;
import dev.hallq.hub.admin.AuditEntry;
import dev.hallq.hub.admin.Role;
import dev.hallq.hub.store.HallStore;
import dev.hallq.protocol.Json;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Log-in, log-out, first set-up, accounts and the audit trail over HTTP, and the guard in front of every
 * route: a write ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}) under {@code /api/} without a
 * session is answered 401, one without the session's CSRF token 403. Handlers ask {@link #require} for roles.
 */
public final class AccessWeb {
    public static final String COOKIE = "hallq_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String SESSION = "hallq.session";
    private static final Set<String> OPEN_WRITES = Set.of("/api/login", "/api/setup");

    private final Accounts accounts;
    private final Sessions sessions;
    private final HallStore store;

    public AccessWeb(Accounts accounts, Sessions sessions, HallStore store) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.store = store;
    }

    public void routes(RoutesConfig r) {
        r.before(this::guard);
        r.exception(AccessDenied.class, (e, ctx) -> ctx.status(e.status()).json(error(e.code(), e.getMessage())));
        r.post("/api/setup", this::setUp);
        r.get("/api/setup", ctx -> ctx.json(Map.of("needed", accounts.needsSetup())));
        r.post("/api/login", this::logIn);
        r.post("/api/logout", this::logOut);
        r.get("/api/me", ctx -> ctx.json(me(session(ctx))));
        r.get("/api/accounts", ctx -> {
            require(ctx, Role.ADMIN);
            ctx.json(accounts.all().stream().map(AccessWeb::view).toList());
        });
        r.post("/api/accounts", this::createAccount);
        r.put("/api/accounts/{username}", this::updateAccount);
        r.get("/api/audit", ctx -> {
            require(ctx, Role.ADMIN, Role.MANAGER);
            int limit = Math.min(1000, Math.max(1, ctx.queryParamAsClass("limit", Integer.class).getOrDefault(100)));
            ctx.json(store.audit(limit));
        });
    }

    /** The session of this request, or 401. */
    public static Session session(Context ctx) {
        Session s = ctx.attribute(SESSION);
        if (s == null) {
            throw new AccessDenied(401, "UNAUTHENTICATED", "log in first (POST /api/login)");
        }
        return s;
    }

    /** The session of this request if its role is one of {@code roles}; 401 without a session, 403 otherwise. */
    public static Session require(Context ctx, Role... roles) {
        Session s = session(ctx);
        if (!List.of(roles).contains(s.role())) {
            throw new AccessDenied(403, "FORBIDDEN", "this needs the role " + List.of(roles) + "; you are " + s.role());
        }
        return s;
    }

    private void guard(Context ctx) {
        Optional<Session> s = sessions.find(ctx.cookie(COOKIE));
        s.ifPresent(found -> ctx.attribute(SESSION, found));
        String method = ctx.method().name();
        boolean write = !(method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS"));
        if (!write || !ctx.path().startsWith("/api/") || OPEN_WRITES.contains(ctx.path())) {
            return;
        }
        if (s.isEmpty()) {
            throw new AccessDenied(401, "UNAUTHENTICATED", "log in first (POST /api/login)");
        }
        String token = ctx.header(CSRF_HEADER);
        if (token == null || !java.security.MessageDigest.isEqual(token.getBytes(), s.get().csrfToken().getBytes())) {
            throw new AccessDenied(403, "CSRF", "the " + CSRF_HEADER + " header must carry the token given at log-in");
        }
    }

    private void setUp(Context ctx) {
        JsonNode body = body(ctx);
        Account admin = accounts.setUp(text(body, "token"), text(body, "username"), text(body, "password"));
        ctx.status(HttpStatus.CREATED).json(view(admin));
    }

    private void logIn(Context ctx) {
        JsonNode body = body(ctx);
        String username = text(body, "username");
        String password = text(body, "password");
        Account a = accounts.logIn(username, password)
                .orElseThrow(() -> new AccessDenied(401, "BAD_CREDENTIALS", "wrong user name or password"));
        Session old = ctx.attribute(SESSION);
        if (old != null) {
            sessions.end(old.id());
        }
        Session s = sessions.start(a);
        Cookie cookie = new Cookie(COOKIE, s.id(), "/", sessions.maxAgeSeconds(), false, true, null, SameSite.STRICT);
        ctx.cookie(cookie);
        ctx.json(me(s));
    }

    private void logOut(Context ctx) {
        sessions.end(session(ctx).id());
        ctx.removeCookie(COOKIE, "/");
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private void createAccount(Context ctx) {
        Session s = require(ctx, Role.ADMIN);
        JsonNode body = body(ctx);
        Account a = accounts.create(s.username(), text(body, "username"), role(text(body, "role")),
                optional(body, "staffNo"), text(body, "password"));
        ctx.status(HttpStatus.CREATED).json(view(a));
    }

    /** An admin changes any account; anyone changes their own password. */
    private void updateAccount(Context ctx) {
        Session s = session(ctx);
        String username = ctx.pathParam("username");
        JsonNode body = body(ctx);
        boolean self = s.username().equals(username);
        boolean onlyPassword = body.size() == 1 && body.has("password");
        if (s.role() != Role.ADMIN && !(self && onlyPassword)) {
            throw new AccessDenied(403, "FORBIDDEN", "only an admin changes accounts; you may change your own password");
        }
        Account a = accounts.update(s.username(), username, body.hasNonNull("role") ? role(body.get("role").asText()) : null,
                optional(body, "staffNo"), body.hasNonNull("active") ? body.get("active").asBoolean() : null,
                optional(body, "password"));
        sessions.endAllOf(username);
        if (self && a.active()) {
            Session fresh = sessions.start(a);
            ctx.cookie(new Cookie(COOKIE, fresh.id(), "/", sessions.maxAgeSeconds(), false, true, null, SameSite.STRICT));
            ctx.header(CSRF_HEADER, fresh.csrfToken());
        }
        ctx.json(view(a));
    }

    private static Map<String, Object> me(Session s) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("username", s.username());
        v.put("role", s.role().name());
        if (s.staffNo() != null) {
            v.put("staffNo", s.staffNo());
        }
        v.put("csrfToken", s.csrfToken());
        return v;
    }

    static Map<String, Object> view(Account a) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("username", a.username());
        v.put("role", a.role().name());
        if (a.staffNo() != null) {
            v.put("staffNo", a.staffNo());
        }
        v.put("active", a.active());
        v.put("changedAt", a.changedAt().toString());
        return v;
    }

    private static Role role(String text) {
        try {
            return Role.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("role must be one of " + List.of(Role.values()) + ", was '" + text + "'");
        }
    }

    /** The request body as one JSON object, or a 400 naming the problem. */
    public static JsonNode body(Context ctx) {
        try {
            JsonNode node = Json.mapper().readTree(ctx.body());
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("the body must be a JSON object");
            }
            return node;
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("the body must be JSON: " + e.getMessage());
        }
    }

    public static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return v.asText();
    }

    private static String optional(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static Map<String, String> error(String code, String message) {
        return Map.of("error", code, "message", String.valueOf(message));
    }

    /** For audits of reads of personal data. */
    public static AuditEntry viewed(Session s, java.time.Instant at, String what, String target) {
        return new AuditEntry(at, s.username(), "VIEWED_" + what, target, null);
    }
}
