package dev.hallq.hub.mqtt;

import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.queue.RatingRecord;
import dev.hallq.hub.queue.Ticket;

import java.time.Instant;

/** A ticket with every timestamp, its window and its rating: a row of {@code GET /api/tickets}. */
public record TicketRow(String id, String number, String serviceId, String serviceName, String state,
                        boolean priority, String kioskId, Instant issuedAt, Instant calledAt, Instant finishedAt,
                        Integer window, String staffNo, int calls, String rating, Instant ratedAt) {

    public static TicketRow of(Ticket t, RatingRecord rating, HallConfig hall) {
        String serviceName = hall.service(t.serviceId()).map(s -> s.name()).orElse(t.serviceId());
        return new TicketRow(t.id(), t.number(), t.serviceId(), serviceName, t.state().name(), t.priority(),
                t.kioskId(), t.issuedAt(), t.calledAt(), t.finishedAt(), t.window(), t.staffNo(), t.calls(),
                rating == null ? null : rating.level().name(), rating == null ? null : rating.ratedAt());
    }
}
