package dev.hallq.hub.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hallq.hub.queue.Appointment;
import dev.hallq.hub.queue.HallDesk;
import dev.hallq.hub.queue.QueueEngine;
import dev.hallq.hub.queue.Refusal;
import dev.hallq.protocol.Citizen;
import dev.hallq.protocol.ErrorCode;
import dev.hallq.protocol.Json;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code POST /api/appointments} books a slot (预约) for a citizen; {@code GET /api/appointments?date=} lists a
 * day's bookings, masked. A booking is stored before it is confirmed.
 */
final class AppointmentApi {
    private final QueueEngine engine;
    private final HallDesk desk;

    AppointmentApi(QueueEngine engine, HallDesk desk) {
        this.engine = engine;
        this.desk = desk;
    }

    void routes(RoutesConfig r) {
        r.post("/api/appointments", this::book);
        r.get("/api/appointments", this::list);
    }

    private void book(Context ctx) throws Exception {
        JsonNode body;
        try {
            body = Json.mapper().readTree(ctx.body());
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("the body must be JSON: " + e.getMessage());
        }
        String service = text(body, "serviceId");
        LocalDate date = parse("date", text(body, "date"), LocalDate::parse);
        LocalTime slot = parse("slot", text(body, "slot"), LocalTime::parse);
        JsonNode c = body.path("citizen");
        Citizen citizen = new Citizen(text(c, "idNumber"), text(c, "name"),
                c.hasNonNull("birthDate") ? parse("citizen.birthDate", c.get("birthDate").asText(), LocalDate::parse) : null);
        CompletableFuture<Appointment> booked = new CompletableFuture<>();
        desk.execute(() -> {
            try {
                Appointment a = engine.book(service, date, slot, citizen);
                desk.afterCommit(() -> booked.complete(a));
                desk.onFailure(() -> booked.completeExceptionally(new IllegalStateException("the hall database failed")));
            } catch (Refusal r) {
                booked.completeExceptionally(r);
            }
        });
        try {
            ctx.status(HttpStatus.CREATED).json(view(booked.get(10, TimeUnit.SECONDS)));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Refusal r) {
                ctx.status(r.code() == ErrorCode.UNKNOWN_SERVICE ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT)
                        .json(Map.of("error", r.code().name(), "message", r.getMessage()));
            } else {
                ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(Map.of("error", "INTERNAL_ERROR",
                        "message", String.valueOf(e.getCause().getMessage())));
            }
        } catch (TimeoutException e) {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(Map.of("error", "INTERNAL_ERROR", "message", "the hub is busy"));
        }
    }

    private void list(Context ctx) {
        String date = ctx.queryParam("date");
        LocalDate day = date == null || date.isBlank() ? engine.today() : parse("date", date, LocalDate::parse);
        List<Map<String, Object>> rows = desk.ask(() -> engine.appointmentsOn(day), Duration.ofSeconds(5)).stream()
                .map(AppointmentApi::view).toList();
        ctx.json(rows);
    }

    static Map<String, Object> view(Appointment a) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("code", a.code());
        v.put("serviceId", a.serviceId());
        v.put("date", a.day().toString());
        v.put("slot", a.slot().toString());
        v.put("maskedName", a.maskedName());
        v.put("maskedId", a.maskedId());
        v.put("state", a.state().name());
        if (a.ticketId() != null) {
            v.put("ticketId", a.ticketId());
        }
        return v;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return v.asText();
    }

    private static <T> T parse(String field, String text, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " '" + text + "' is not valid (dates YYYY-MM-DD, slots HH:mm)");
        }
    }
}
