package dev.hallq.hub.store;

import java.time.Instant;
import java.time.LocalDate;

/** What the queue asks the store to number and keep. */
public record NewTicket(LocalDate day, String serviceId, String prefix, boolean priority, String kioskId,
                        Instant issuedAt) {
}
