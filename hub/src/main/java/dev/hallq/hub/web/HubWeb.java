package dev.hallq.hub.web;

import dev.hallq.agent.mqtt.MqttLink;
import dev.hallq.agent.web.LiveView;
import dev.hallq.agent.web.WebServer;
import dev.hallq.hub.access.AccessWeb;
import dev.hallq.hub.admin.HallOffice;
import dev.hallq.hub.devices.DeviceRegistry;
import dev.hallq.hub.mqtt.RequestHandlers;
import dev.hallq.hub.metrics.HubMetrics;
import dev.hallq.hub.mqtt.HallViews;
import dev.hallq.hub.mqtt.TicketRow;
import dev.hallq.hub.queue.HallDesk;
import dev.hallq.hub.queue.QueueEngine;
import dev.hallq.hub.queue.RatingRecord;
import dev.hallq.hub.queue.Ticket;
import dev.hallq.hub.reports.CaseOutcomes;
import dev.hallq.hub.reports.Reports;
import dev.hallq.hub.reports.ReportsApi;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The hub's HTTP side: the JSON API, Prometheus metrics, the live event stream and the hall page. */
public final class HubWeb {
    private static final Duration ASK = Duration.ofSeconds(5);

    private final QueueEngine engine;
    private final HallDesk desk;
    private final HallViews views;
    private final DeviceRegistry devices;
    private final HubMetrics metrics;
    private final LiveView live;
    private final MqttLink link;
    private final Map<String, Object> brokerInfo;
    private final Clock clock;
    private final Instant startedAt;

    private final AccessWeb access;
    private final HallOffice office;
    private final java.util.function.Supplier<RequestHandlers> handlers;

    /** @param handlers the request handlers, ready by the time the first request comes */
    public HubWeb(QueueEngine engine, HallDesk desk, HallViews views, DeviceRegistry devices, HubMetrics metrics,
                  LiveView live, MqttLink link, Map<String, Object> brokerInfo, Clock clock, AccessWeb access,
                  HallOffice office, java.util.function.Supplier<RequestHandlers> handlers) {
        this.access = access;
        this.office = office;
        this.handlers = handlers;
        this.engine = engine;
        this.desk = desk;
        this.views = views;
        this.devices = devices;
        this.metrics = metrics;
        this.live = live;
        this.link = link;
        this.brokerInfo = brokerInfo;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    public WebServer start(String host, int port) {
        return WebServer.start("hub", "/web/hub", host, port, 64, this::routes);
    }

    void routes(RoutesConfig r) {
        access.routes(r);
        new ConfigApi(engine, office).routes(r);
        WebCaller caller = new WebCaller(engine, desk, handlers);
        r.post("/api/windows/{number}/actions", caller::act);
        r.get("/api/health", this::health);
        r.get("/api/hall", ctx -> ctx.json(desk.ask(this::hall, ASK)));
        r.get("/api/tickets", this::tickets);
        r.get("/api/tickets/{id}", this::ticket);
        r.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
        r.get("/t/{id}", ctx -> page(ctx, "/web/hub/ticket.html"));
        r.get("/guide/{id}", ctx -> page(ctx, "/web/hub/guide.html"));
        r.get("/photos/{name}", this::photo);
        r.sse("/events", live::join);
        new AppointmentApi(engine, desk).routes(r);
        if (admission != null) {
            new DeviceApi(admission, devices).routes(r);
        }
        Reports reports = new Reports(engine::hall, engine.store(), caseOutcomes);
        new ReportsApi(reports, clock, () -> engine.hall().zone()).routes(r);
        new dev.hallq.hub.reportpages.ReportPagesWeb(reports::monthly, dev.hallq.hub.reportpages.CjkFont::system).routes(r);
        r.get("/api/services", ctx -> ctx.json(engine.hall().services()));
        r.get("/api/services/{id}", ctx -> engine.hall().service(ctx.pathParam("id")).ifPresentOrElse(ctx::json,
                () -> ctx.status(HttpStatus.NOT_FOUND).json(Map.of("error", "UNKNOWN_SERVICE",
                        "message", "no service " + ctx.pathParam("id")))));
        more.forEach(m -> m.accept(r));
    }

    private final List<java.util.function.Consumer<RoutesConfig>> more = new java.util.ArrayList<>();

    /** Routes of the hub's other parts (exports, the citizen view), added before {@link #start}. */
    public HubWeb withRoutes(java.util.function.Consumer<RoutesConfig> routes) {
        more.add(routes);
        return this;
    }

    private void health(Context ctx) {
        boolean storage = engine.store().healthy();
        boolean broker = link.isConnected();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", storage && broker ? "UP" : "DEGRADED");
        Map<String, Object> b = new LinkedHashMap<>(brokerInfo);
        b.put("connected", broker);
        body.put("broker", b);
        body.put("storage", Map.of("backend", engine.store().describe(), "healthy", storage));
        body.put("startedAt", startedAt);
        body.put("uptimeSeconds", Duration.between(startedAt, clock.instant()).toSeconds());
        body.put("version", dev.hallq.agent.Version.current());
        ctx.status(storage && broker ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json(body);
    }

    private Map<String, Object> hall() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("hall", Map.of("id", engine.hall().id(), "name", engine.hall().name(), "day", engine.today().toString()));
        body.put("services", views.board().services());
        body.put("windows", views.windows());
        body.put("devices", devices.all());
        return body;
    }

    private void tickets(Context ctx) {
        String date = ctx.queryParam("date");
        LocalDate day;
        try {
            day = date == null || date.isBlank() ? engine.today() : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", "BAD_REQUEST",
                    "message", "date must be YYYY-MM-DD, was '" + date + "'"));
            return;
        }
        Map<String, RatingRecord> ratings = engine.store().ratingsOfTicketsOn(day).stream()
                .collect(Collectors.toMap(RatingRecord::ticketId, Function.identity()));
        List<TicketRow> rows = engine.store().tickets(day).stream()
                .map(t -> TicketRow.of(t, ratings.get(t.id()), engine.hall())).toList();
        ctx.json(rows);
    }

    private void ticket(Context ctx) {
        String id = ctx.pathParam("id");
        Ticket t = engine.store().ticket(id).orElse(null);
        if (t == null) {
            ctx.status(HttpStatus.NOT_FOUND).json(Map.of("error", "UNKNOWN_TICKET", "message", "no ticket " + id));
            return;
        }
        int ahead = desk.ask(() -> engine.peopleAhead(id), ASK);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ticket", TicketRow.of(t, engine.store().rating(id).orElse(null), engine.hall()));
        body.put("peopleAhead", ahead);
        body.put("hallName", engine.hall().name());
        ctx.json(body);
    }

    private static final java.util.regex.Pattern PHOTO = java.util.regex.Pattern.compile("[A-Za-z0-9_.-]{1,64}\\.(jpg|jpeg|png|webp)");

    /** Staff photos for screens and pads: files of the photo folder, by plain name only. */
    private void photo(Context ctx) throws IOException {
        String name = ctx.pathParam("name");
        java.nio.file.Path file = photos == null || !PHOTO.matcher(name.toLowerCase(java.util.Locale.ROOT)).matches()
                ? null : photos.resolve(name);
        if (file == null || !java.nio.file.Files.isRegularFile(file)) {
            ctx.status(HttpStatus.NOT_FOUND).result("no photo " + name);
            return;
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        ctx.contentType(lower.endsWith(".png") ? "image/png" : lower.endsWith(".webp") ? "image/webp" : "image/jpeg")
                .header("Cache-Control", "max-age=300").result(java.nio.file.Files.readAllBytes(file));
    }

    private java.nio.file.Path photos;
    private CaseOutcomes caseOutcomes = CaseOutcomes.NONE;

    /** Where reports learn how bad-rating cases ended (差评整改率, 回访率): the hub's case book. */
    public HubWeb withCaseOutcomes(CaseOutcomes outcomes) {
        this.caseOutcomes = outcomes;
        return this;
    }
    private dev.hallq.hub.devices.DeviceAdmission admission;

    /** Serves {@code /api/devices}: registering and revoking the hall's devices. */
    public HubWeb withDeviceAdmission(dev.hallq.hub.devices.DeviceAdmission admission) {
        this.admission = admission;
        return this;
    }

    /** The folder whose files are served as {@code /photos/{name}} (staff photos), or null for none. */
    public HubWeb withPhotos(java.nio.file.Path folder) {
        this.photos = folder;
        return this;
    }

    private static void page(Context ctx, String resource) throws IOException {
        try (InputStream in = HubWeb.class.getResourceAsStream(resource)) {
            if (in == null) {
                ctx.status(HttpStatus.NOT_FOUND);
                return;
            }
            ctx.contentType("text/html; charset=utf-8").result(in.readAllBytes());
        }
    }
}
