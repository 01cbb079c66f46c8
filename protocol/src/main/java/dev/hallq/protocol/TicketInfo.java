package dev.hallq.protocol;

import java.time.Instant;

/**
 * A ticket as devices see it.
 *
 * @param id          unique across days, e.g. {@code 20261124-A001}
 * @param number      what is printed and called, e.g. {@code A001}
 * @param peopleAhead          waiting tickets of the same service ahead of this one when it was issued
 * @param estimatedWaitMinutes the hub's estimate of the wait at issue time, when it has one
 * @param reprint              true when a real-name request found this citizen's waiting ticket for the
 *                             service and returned it again (for reprinting) instead of a new one
 * @param citizenName          for a real-name ticket (实名取号) being called or served: the citizen's name,
 *                             masked by {@link Masking#name} (张*丰), never in plain; window screens show it only
 *                             where the hall configures it; optional
 */
public record TicketInfo(String id, String number, String serviceId, String serviceName, String serviceNameEn,
                         int peopleAhead, Instant issuedAt, Integer estimatedWaitMinutes, Boolean reprint,
                         String citizenName) {

    public TicketInfo {
        Checks.id("ticket.id", id);
        Checks.text("ticket.number", number);
        Checks.id("ticket.serviceId", serviceId);
        Checks.text("ticket.serviceName", serviceName);
        Checks.notNegative("ticket.peopleAhead", peopleAhead);
        Checks.present("ticket.issuedAt", issuedAt);
        if (estimatedWaitMinutes != null) {
            Checks.notNegative("ticket.estimatedWaitMinutes", estimatedWaitMinutes);
        }
        citizenName = citizenName == null || citizenName.isBlank() ? null : citizenName;
    }

    public TicketInfo(String id, String number, String serviceId, String serviceName, String serviceNameEn,
                      int peopleAhead, Instant issuedAt, Integer estimatedWaitMinutes, Boolean reprint) {
        this(id, number, serviceId, serviceName, serviceNameEn, peopleAhead, issuedAt, estimatedWaitMinutes, reprint,
                null);
    }

    public TicketInfo(String id, String number, String serviceId, String serviceName, String serviceNameEn,
                      int peopleAhead, Instant issuedAt) {
        this(id, number, serviceId, serviceName, serviceNameEn, peopleAhead, issuedAt, null, null, null);
    }

    public TicketInfo(String id, String number, String serviceId, String serviceName, String serviceNameEn,
                      int peopleAhead, Instant issuedAt, Integer estimatedWaitMinutes) {
        this(id, number, serviceId, serviceName, serviceNameEn, peopleAhead, issuedAt, estimatedWaitMinutes, null, null);
    }
}
