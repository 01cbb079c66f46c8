package dev.hallq.hub.queue;

import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.config.ServiceConfig;
import dev.hallq.protocol.ErrorCode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import java.util.OptionalInt;

/** 限号: a service's caps per day and per slot, counted over today's walk-in tickets. */
final class Caps {
    private final java.util.function.Supplier<HallConfig> hall;

    /** @param hall the hall as configured now: a reconfigured hall applies at once */
    Caps(java.util.function.Supplier<HallConfig> hall) {
        this.hall = hall;
    }

    void require(ServiceConfig service, Collection<Ticket> today, Instant now) throws Refusal {
        if (service.dailyCap() != null && walkIns(service, today, null) >= service.dailyCap()) {
            throw new Refusal(ErrorCode.CAP_REACHED, service.name() + ": 今日排队号已取完 (" + service.dailyCap()
                    + " a day), please ask at the help desk (请到咨询台)");
        }
        if (service.slotCap() != null) {
            LocalTime slotStart = slotStart(now);
            if (walkIns(service, today, slotStart) >= service.slotCap()) {
                LocalTime next = slotStart.plusMinutes(slotMinutes());
                throw new Refusal(ErrorCode.CAP_REACHED, service.name() + ": 本时段号已取完, next tickets from " + next
                        + " (" + service.slotCap() + " per " + slotMinutes() + " minutes)");
            }
        }
    }

    /** 一件事 bundles may have a daily cap of their own. */
    void require(dev.hallq.hub.config.BundleConfig bundle, Collection<Ticket> today) throws Refusal {
        if (bundle.dailyCap() != null
                && today.stream().filter(t -> bundle.id().equals(t.bundleId())).count() >= bundle.dailyCap()) {
            throw new Refusal(ErrorCode.CAP_REACHED, bundle.name() + ": 今日排队号已取完 (" + bundle.dailyCap()
                    + " a day), please ask at the help desk (请到咨询台)");
        }
    }

    /** Tickets left today under the daily cap, if the service has one. */
    OptionalInt remainingToday(ServiceConfig service, Collection<Ticket> today) {
        return service.dailyCap() == null ? OptionalInt.empty()
                : OptionalInt.of((int) Math.max(0, service.dailyCap() - walkIns(service, today, null)));
    }

    /** Tickets left in the current slot under the slot cap, if the service has one. */
    OptionalInt remainingInSlot(ServiceConfig service, Collection<Ticket> today, Instant now) {
        return service.slotCap() == null ? OptionalInt.empty()
                : OptionalInt.of((int) Math.max(0, service.slotCap() - walkIns(service, today, slotStart(now))));
    }

    /** Walk-in tickets of the service today, or only those issued in the slot starting at {@code slot}. */
    private long walkIns(ServiceConfig service, Collection<Ticket> today, LocalTime slot) {
        return today.stream().filter(t -> t.serviceId().equals(service.id()) && t.appointmentAt() == null)
                .filter(t -> slot == null || slot.equals(slotStart(t.issuedAt()))).count();
    }

    private LocalTime slotStart(Instant at) {
        LocalTime time = LocalDateTime.ofInstant(at, hall.get().zone()).toLocalTime();
        int minutes = slotMinutes();
        int sinceMidnight = time.getHour() * 60 + time.getMinute();
        return LocalTime.MIDNIGHT.plus(Duration.ofMinutes(sinceMidnight - sinceMidnight % minutes));
    }

    private int slotMinutes() {
        return hall.get().calendar().booking().slotMinutes();
    }
}
