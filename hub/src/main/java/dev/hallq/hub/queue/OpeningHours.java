package dev.hallq.hub.queue;

import dev.hallq.hub.config.HallCalendar;
import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.config.ServiceConfig;
import dev.hallq.protocol.ErrorCode;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;

/** Whether a service issues tickets at a given moment, and whether a ticket finished after closing (延时服务). */
final class OpeningHours {
    private final java.util.function.Supplier<HallConfig> hall;

    /** @param hall the hall as configured now: a reconfigured hall applies at once */
    OpeningHours(java.util.function.Supplier<HallConfig> hall) {
        this.hall = hall;
    }

    /** Refuses with SERVICE_CLOSED, saying when it is open, unless the service issues tickets at {@code at}. */
    void requireIssuing(ServiceConfig service, Instant at) throws Refusal {
        Optional<String> why = whyNotIssuing(service.id(), at);
        if (why.isPresent()) {
            throw new Refusal(ErrorCode.SERVICE_CLOSED, service.name() + ": " + why.get());
        }
    }

    boolean issuing(String serviceId, Instant at) {
        return whyNotIssuing(serviceId, at).isEmpty();
    }

    /** True when the ticket is finished after its service's closing time that day: extended service. */
    boolean afterClosing(String serviceId, Instant at) {
        LocalDateTime local = LocalDateTime.ofInstant(at, hall.get().zone());
        return hall.get().calendar().hours(serviceId, local.toLocalDate())
                .map(h -> !h.untilMidnight() && !local.toLocalTime().isBefore(h.close()))
                .orElse(true);
    }

    private Optional<String> whyNotIssuing(String serviceId, Instant at) {
        HallCalendar calendar = hall.get().calendar();
        LocalDateTime local = LocalDateTime.ofInstant(at, hall.get().zone());
        Optional<HallCalendar.Hours> hours = calendar.hours(serviceId, local.toLocalDate());
        if (hours.isEmpty()) {
            return Optional.of("not served on " + local.toLocalDate() + " (周末或节假日不办理)");
        }
        HallCalendar.Hours h = hours.get();
        LocalTime now = local.toLocalTime();
        if (now.isBefore(h.open())) {
            return Optional.of("tickets from " + h.open() + " (办理时间 " + h + ")");
        }
        if (!h.untilMidnight()) {
            LocalTime stop = h.close().minusMinutes(calendar.stopIssuingMinutes());
            if (!now.isBefore(stop)) {
                return Optional.of("no more tickets today after " + stop + " (办理时间 " + h + ")");
            }
        }
        return Optional.empty();
    }
}
