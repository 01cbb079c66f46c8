package dev.hallq.hub.mqtt;

import dev.hallq.hub.config.ServiceConfig;
import dev.hallq.hub.config.WindowConfig;
import dev.hallq.hub.queue.CallRecord;
import dev.hallq.hub.queue.QueueEngine;
import dev.hallq.hub.queue.Ticket;
import dev.hallq.hub.queue.WindowDesk;
import dev.hallq.protocol.CallAnnouncement;
import dev.hallq.protocol.GuideInfo;
import dev.hallq.protocol.ServiceBoard;
import dev.hallq.protocol.ServiceQueue;
import dev.hallq.protocol.StaffInfo;
import dev.hallq.protocol.TicketInfo;
import dev.hallq.protocol.WindowState;

import java.util.List;
import java.util.Optional;

/** Turns the queue's state into the payloads devices and pages read. Desk thread only. */
public final class HallViews {
    private final QueueEngine engine;

    public HallViews(QueueEngine engine) {
        this.engine = engine;
    }

    /** A ticket as devices see it; {@code peopleAhead} > 0 or a just-issued ticket also gets a wait estimate. */
    public TicketInfo ticket(Ticket t, int peopleAhead) {
        return ticket(t, peopleAhead, false);
    }

    /** @param reprint a real-name citizen's open ticket given again */
    public TicketInfo ticket(Ticket t, int peopleAhead, boolean reprint) {
        ServiceConfig s = service(t.serviceId());
        java.util.OptionalInt wait = t.state() == dev.hallq.hub.queue.TicketState.WAITING
                ? engine.estimatedWait(t.serviceId(), peopleAhead) : java.util.OptionalInt.empty();
        return new TicketInfo(t.id(), t.number(), t.serviceId(), s.name(), s.nameEn(), peopleAhead, t.issuedAt(),
                wait.isPresent() ? wait.getAsInt() : null, reprint ? Boolean.TRUE : null);
    }

    public WindowState window(WindowDesk desk) {
        WindowConfig config = engine.windowConfig(desk.number()).orElseThrow();
        TicketInfo ticket = engine.heldBy(desk.number()).map(this::atWindow).orElse(null);
        StaffInfo staff = desk.staffNo() == null ? null : engine.hall().staffMember(desk.staffNo())
                .map(s -> new StaffInfo(s.staffNo(), s.name(), s.department(), s.photo())).orElse(null);
        return new WindowState(desk.number(), config.name(), desk.phase(), ticket, staff, desk.callSeq(),
                desk.pauseReason(), desk.since());
    }

    /**
     * The ticket a window holds; a real-name ticket carries its citizen's masked name (张*丰), which window screens
     * show only where the hall configures it. The day's citizen marks are read only for real-name tickets (a real-name
     * service, or a 一件事 bundle whose first service is one).
     */
    private TicketInfo atWindow(Ticket t) {
        TicketInfo plain = ticket(t, 0);
        boolean realName = service(t.serviceId()).realName() || (t.bundleId() != null && engine.hall().bundles().stream()
                .anyMatch(b -> b.id().equals(t.bundleId()) && service(b.services().get(0)).realName()));
        if (!realName) {
            return plain;
        }
        String masked = engine.store().citizensOn(t.day()).stream().filter(m -> m.ticketId().equals(t.id()))
                .map(dev.hallq.hub.queue.CitizenMark::maskedName).findFirst().orElse(null);
        return masked == null ? plain : new TicketInfo(plain.id(), plain.number(), plain.serviceId(), plain.serviceName(),
                plain.serviceNameEn(), plain.peopleAhead(), plain.issuedAt(), plain.estimatedWaitMinutes(),
                plain.reprint(), masked);
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
        List<ServiceQueue> bundles = engine.hall().bundles().stream().map(b -> {
            String first = b.services().get(0);
            java.util.OptionalInt wait = engine.estimatedWait(first, engine.waitingFor(first));
            ServiceConfig head = service(first);
            return new ServiceQueue(b.id(), b.prefix(), b.name(), b.nameEn(), engine.waitingForBundle(b.id()),
                    engine.issuingNow(first), wait.isPresent() ? wait.getAsInt() : null, null, head.department(),
                    head.realName(), false, hoursToday(first), true);
        }).toList();
        List<ServiceQueue> services = engine.hall().services().stream()
                .map(s -> {
                    int waiting = engine.waitingFor(s.id());
                    java.util.OptionalInt wait = engine.estimatedWait(s.id(), waiting);
                    java.util.OptionalInt left = engine.remainingToday(s.id());
                    return new ServiceQueue(s.id(), s.prefix(), s.name(), s.nameEn(), waiting,
                            engine.issuingNow(s.id()) && (left.isEmpty() || left.getAsInt() > 0),
                            wait.isPresent() ? wait.getAsInt() : null, left.isPresent() ? left.getAsInt() : null,
                            s.department(), s.realName(), s.appointments(), hoursToday(s.id()), false);
                })
                .toList();
        List<ServiceQueue> all = new java.util.ArrayList<>(services);
        all.addAll(bundles);
        return new ServiceBoard(engine.hall().id(), engine.hall().name(), all, engine.clock().instant());
    }

    /** The services' 一次性告知, for the kiosks' guide pages. */
    public dev.hallq.protocol.ServiceGuides guides() {
        List<dev.hallq.protocol.ServiceGuides.Guide> guides = engine.hall().services().stream()
                .filter(s -> s.guide() != null)
                .map(s -> new dev.hallq.protocol.ServiceGuides.Guide(s.id(), s.guide().basis(), s.guide().timeLimit(),
                        s.guide().materials(), s.guide().steps(), s.guide().phone()))
                .toList();
        return new dev.hallq.protocol.ServiceGuides(engine.hall().id(), guides, engine.clock().instant());
    }

    /** A service's guide as a printer prints it, or empty when the service has none. */
    public Optional<GuideInfo> guideSheet(ServiceConfig s) {
        if (s.guide() == null) {
            return Optional.empty();
        }
        return Optional.of(new GuideInfo(s.id(), s.name(), s.department(),
                s.guide().basis(), s.guide().timeLimit(), s.guide().materials(), s.guide().steps(), s.guide().phone()));
    }

    /** The service's hours today ({@code 09:00-17:00}), or null when it is closed all day. */
    private String hoursToday(String serviceId) {
        return engine.hall().calendar().hours(serviceId, engine.today()).map(Object::toString).orElse(null);
    }

    private ServiceConfig service(String id) {
        return engine.hall().service(id).orElseThrow(() -> new IllegalStateException("ticket of unknown service " + id));
    }
}
