package dev.hallq.hub.cases;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hallq.agent.web.LiveView;
import dev.hallq.hub.access.AccessDenied;
import dev.hallq.hub.access.AccessWeb;
import dev.hallq.hub.access.Session;
import dev.hallq.hub.admin.Role;
import dev.hallq.hub.config.HallConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The bad-rating cases over HTTP. Managers, duty managers and admins read and work every case; a staff account reads
 * only the cases of its own 工号. An appeal is requested by a manager, duty manager or admin and decided by a manager
 * or admin who is not the one who requested it. Every change is pushed to the pages as a {@code case} update that
 * carries no personal data (the event stream needs no log-in): the pages fetch the case itself.
 */
public final class CasesApi {
    private static final Role[] READERS = {Role.ADMIN, Role.MANAGER, Role.DUTY_MANAGER, Role.STAFF};
    private static final Role[] WORKERS = {Role.ADMIN, Role.MANAGER, Role.DUTY_MANAGER};
    private static final Role[] DECIDERS = {Role.ADMIN, Role.MANAGER};

    private final CaseBook book;
    private final CaseViews views;

    public CasesApi(CaseBook book, Supplier<HallConfig> hall, LiveView live) {
        this.book = book;
        this.views = new CaseViews(hall);
        // a finished case's notice is its last word: not replayed to every page that opens
        book.onChange(c -> live.publish("case", Long.toString(c.id()), CaseViews.notice(c),
                c.state() == CaseState.CLOSED || c.state() == CaseState.WITHDRAWN));
    }

    public void routes(RoutesConfig r) {
        r.exception(CaseConflict.class, (e, ctx) -> ctx.status(e.status()).json(error(e.code(), e.getMessage())));
        r.exception(UnknownCase.class, (e, ctx) -> ctx.status(404).json(error("UNKNOWN_CASE", e.getMessage())));
        r.get("/api/cases", stored(this::list));
        r.get("/api/cases/figures", stored(this::figures));
        r.get("/api/cases/{id}", stored(this::one));
        r.post("/api/cases/{id}/steps", stored(this::step));
        r.post("/api/cases/{id}/appeal", stored(this::appeal));
        r.post("/api/cases/{id}/appeal/decision", stored(this::decide));
    }

    /** A database that cannot be read or written is the hub's trouble, not the request's: 503, nothing changed. */
    private static io.javalin.http.Handler stored(io.javalin.http.Handler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (dev.hallq.hub.store.StoreFailure e) {
                ctx.status(503).json(error("STORAGE", "the case could not be read or stored: " + e.getMessage()));
            }
        };
    }

    private void list(Context ctx) {
        Session s = AccessWeb.require(ctx, READERS);
        CaseFilter filter = new CaseFilter(state(ctx.queryParam("state")), blankToNull(ctx.queryParam("department")),
                bool(ctx.queryParam("overdue")), date(ctx, "from"), date(ctx, "to"), null);
        if (s.role() == Role.STAFF) {
            filter = filter.ofStaff(s.staffNo() == null ? "" : s.staffNo());
        }
        Instant now = book.now();
        ZoneId zone = book.zone();
        ctx.json(book.list(filter).stream().map(c -> views.of(c, now, zone)).toList());
    }

    private void one(Context ctx) {
        Session s = AccessWeb.require(ctx, READERS);
        BadRatingCase c = book.get(id(ctx));
        if (s.role() == Role.STAFF && (s.staffNo() == null || !s.staffNo().equals(c.staffNo()))) {
            throw new AccessDenied(403, "NOT_YOUR_CASE", "a staff account reads only the cases of its own service");
        }
        Map<String, Object> v = views.of(c, book.now(), book.zone());
        v.put("history", book.history(c.id()));
        ctx.json(v);
    }

    private void step(Context ctx) {
        Session s = AccessWeb.require(ctx, WORKERS);
        long id = id(ctx);
        JsonNode body = AccessWeb.body(ctx);
        CaseStep step = CaseStep.parse(AccessWeb.text(body, "step"));
        Boolean reached = null;
        if (body.hasNonNull("reached")) {
            if (!body.get("reached").isBoolean()) {
                throw new IllegalArgumentException("reached must be true or false");
            }
            reached = body.get("reached").asBoolean();
        }
        answer(ctx, book.step(id, step, optionalText(body, "notes"), reached, s.username()));
    }

    private void appeal(Context ctx) {
        Session s = AccessWeb.require(ctx, WORKERS);
        long id = id(ctx);
        JsonNode body = AccessWeb.body(ctx);
        answer(ctx, book.appeal(id, optionalText(body, "reason"), s.username()));
    }

    private void decide(Context ctx) {
        Session s = AccessWeb.require(ctx, DECIDERS);
        long id = id(ctx);
        JsonNode body = AccessWeb.body(ctx);
        JsonNode upheld = body.get("upheld");
        if (upheld == null || !upheld.isBoolean()) {
            throw new IllegalArgumentException("upheld is required: true (the rating was mistaken or malicious) or false");
        }
        answer(ctx, book.decideAppeal(id, upheld.asBoolean(), optionalText(body, "notes"), s.username()));
    }

    private void figures(Context ctx) {
        AccessWeb.require(ctx, WORKERS);
        LocalDate today = LocalDate.ofInstant(book.now(), book.zone());
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        from = from == null ? YearMonth.from(to == null ? today : to).atDay(1) : from;
        to = to == null ? today : to;
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
        }
        ctx.json(book.figures(from, to));
    }

    private void answer(Context ctx, BadRatingCase c) {
        Map<String, Object> v = views.of(c, book.now(), book.zone());
        v.put("history", book.history(c.id()));
        ctx.json(v);
    }

    private static long id(Context ctx) {
        String text = ctx.pathParam("id");
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a case id is a number, was '" + text + "'");
        }
    }

    private static CaseState state(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return CaseState.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("state must be one of " + List.of(CaseState.values()) + ", was '" + text + "'");
        }
    }

    private static Boolean bool(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!text.equals("true") && !text.equals("false")) {
            throw new IllegalArgumentException("overdue must be true or false, was '" + text + "'");
        }
        return Boolean.valueOf(text);
    }

    private static LocalDate date(Context ctx, String name) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be YYYY-MM-DD, was '" + text + "'");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** A text field that the case itself requires (and names when missing); null when absent or not text. */
    private static String optionalText(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v != null && !v.isNull() && !v.isTextual()) {
            throw new IllegalArgumentException(field + " must be text");
        }
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Map<String, String> error(String code, String message) {
        return Map.of("error", code, "message", String.valueOf(message));
    }
}
