package dev.hallq.hub.mqtt;

import dev.hallq.hub.config.ServiceConfig;
import dev.hallq.hub.config.WindowConfig;
import dev.hallq.hub.queue.CallRecord;
import dev.hallq.hub.queue.QueueEngine;
import dev.hallq.hub.queue.Ticket;
import dev.hallq.hub.queue.WindowDesk;
import dev.hallq.protocol.CallAnnouncement;
import dev.hallq.protocol.ServiceBoard;
import dev.hallq.protocol.ServiceQueue;
import dev.hallq.protocol.StaffInfo;
import dev.hallq.protocol.TicketInfo;
import dev.hallq.protocol.WindowState;

import java.util.List;

/** Turns the queue's state into the payloads devices and pages read. Desk thread only. */
public final class HallViews {
    private final QueueEngine engine;

    public HallViews(QueueEngine engine) {
        this.engine = engine;
    }

    public TicketInfo ticket(Ticket t, int peopleAhead) {
        ServiceConfig s = service(t.serviceId());
        return new TicketInfo(t.id(), t.number(), t.serviceId(), s.name(), s.nameEn(), peopleAhead, t.issuedAt());
    }

    public WindowState window(WindowDesk desk) {
        WindowConfig config = engine.windowConfig(desk.number()).orElseThrow();
        TicketInfo ticket = engine.heldBy(desk.number()).map(t -> ticket(t, 0)).orElse(null);
        StaffInfo staff = desk.staffNo() == null ? null : engine.hall().staffMember(desk.staffNo())
                .map(s -> new StaffInfo(s.staffNo(), s.name())).orElse(null);
        return new WindowState(desk.number(), config.name(), desk.phase(), ticket, staff, desk.callSeq(),
                desk.pauseReason(), desk.since());
    }

    public List<WindowState> windows() {
        return engine.desks().stream().map(this::window).toList();
    }

    public CallAnnouncement call(CallRecord call, Ticket t) {
        WindowConfig w = engine.windowConfig(call.window()).orElseThrow();
        return new CallAnnouncement(call.seq(), t.id(), t.number(), t.serviceId(), service(t.serviceId()).name(),
                call.window(), w.name(), call.recall(), call.calledAt());
    }

    public ServiceBoard board() {
        List<ServiceQueue> services = engine.hall().services().stream()
                .map(s -> new ServiceQueue(s.id(), s.prefix(), s.name(), s.nameEn(), engine.waitingFor(s.id()), true))
                .toList();
        return new ServiceBoard(engine.hall().id(), engine.hall().name(), services, engine.clock().instant());
    }

    private ServiceConfig service(String id) {
        return engine.hall().service(id).orElseThrow(() -> new IllegalStateException("ticket of unknown service " + id));
    }
}
