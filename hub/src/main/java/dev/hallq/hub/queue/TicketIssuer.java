package dev.hallq.hub.queue;

import dev.hallq.hub.config.BundleConfig;
import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.config.ServiceConfig;
import dev.hallq.hub.store.Change;
import dev.hallq.protocol.Citizen;
import dev.hallq.protocol.ErrorCode;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * 取号 at the kiosk: numbering per prefix and day, opening hours, caps (限号), real-name tickets (one open
 * ticket per card per service, elderly priority, only a keyed hash kept), 一件事 bundles, and appointments
 * (预约) booked and checked in. Part of the {@link QueueEngine}, on its thread.
 */
final class TicketIssuer {
    private final QueueEngine engine;
    private final IdHasher ids;
    private final OpeningHours hours;
    private final AppointmentBook appointments;
    private final Caps caps;
    private final Map<String, Integer> lastNumber = new HashMap<>();
    private final Map<String, String> byCitizen = new HashMap<>();

    TicketIssuer(QueueEngine engine, IdHasher ids, OpeningHours hours) {
        this.engine = engine;
        this.ids = ids;
        this.hours = hours;
        this.appointments = new AppointmentBook(engine, ids);
        this.caps = new Caps(engine::hall);
    }

    /** Forgets everything (the engine reloads the stored state). */
    void forget() {
        newDay();
        appointments.forget();
    }

    /** A new day: numbers start again, and so does one-open-ticket-per-card. */
    void newDay() {
        lastNumber.clear();
        byCitizen.clear();
    }

    /** A stored ticket of today, so numbering goes on after it. */
    void counted(Ticket t) {
        lastNumber.merge(prefixOf(t.number()), t.sequence(), Math::max);
    }

    /** A stored real-name ticket of today and its citizen's hash. */
    void citizenOf(Ticket t, String idHash) {
        byCitizen.put(key(t.bundleId() != null ? t.bundleId() : t.serviceId(), idHash), t.id());
    }

    Issued issue(String requested, boolean priority, String kioskId, Citizen citizen, String appointmentCode)
            throws Refusal {
        HallConfig hall = engine.hall();
        engine.tick();
        String serviceId = requested != null ? requested : appointments.serviceOfCode(appointmentCode);
        BundleConfig bundle = hall.bundle(serviceId).orElse(null);
        String first = bundle == null ? serviceId : bundle.services().get(0);
        ServiceConfig service = hall.service(first)
                .orElseThrow(() -> new Refusal(ErrorCode.UNKNOWN_SERVICE, "no service '" + serviceId + "' in this hall"));
        Optional<Appointment> booked = bundle == null ? appointments.toCheckIn(service, appointmentCode, citizen)
                : Optional.empty();
        if (booked.isPresent()) {
            return checkIn(service, booked.get(), kioskId);
        }
        hours.requireIssuing(service, engine.now());
        if (service.realName() && citizen == null) {
            throw new Refusal(ErrorCode.REAL_NAME_REQUIRED, service.name() + " needs an ID card: 请刷身份证取号");
        }
        String hash = citizen == null ? null : ids.hash(citizen.idNumber());
        String key = key(bundle == null ? service.id() : bundle.id(), hash);
        if (hash != null) {
            Ticket open = Optional.ofNullable(byCitizen.get(key)).flatMap(engine::todayTicket).orElse(null);
            if (open != null && !open.state().isTerminal()) {
                return new Issued(open, engine.aheadOf(open), true);
            }
        }
        caps.require(service, engine.todayTickets(), engine.now());
        if (bundle != null) {
            caps.require(bundle, engine.todayTickets());
        }
        boolean elderly = citizen != null && citizen.ageOn(engine.day()).orElse(0) >= hall.policy().elderlyAge();
        Ticket ticket = next(bundle == null ? service.prefix() : bundle.prefix(), service, priority || elderly, kioskId);
        if (bundle != null) {
            ticket = ticket.forBundle(bundle.id());
        }
        int ahead = engine.waitingFor(service.id());
        HallEvent issued = HallEvent.of(ticket.issuedAt(), "ISSUED", ticket.id(), null, null,
                kioskId + (elderly ? "; elderly priority" : "") + (bundle == null ? "" : "; 一件事 " + bundle.id()));
        if (hash != null) {
            engine.record(Change.issuing(ticket, new CitizenMark(ticket.id(), hash, citizen.maskedId(),
                    citizen.maskedName()), issued));
            byCitizen.put(key, ticket.id());
        } else {
            engine.record(Change.issuing(ticket, issued));
        }
        engine.remember(ticket);
        return new Issued(ticket, ahead, false);
    }

    /** 预约签到: the booking becomes a ticket that goes first from the start of its slot. */
    private Issued checkIn(ServiceConfig service, Appointment a, String kioskId) {
        Ticket ticket = next(service.prefix(), service, false, kioskId).forAppointment(appointments.slotStart(a));
        int ahead = engine.waitingFor(service.id());
        engine.record(Change.appointments(List.of(ticket), List.of(a.checkedIn(ticket.id())),
                List.of(HallEvent.of(ticket.issuedAt(), "ISSUED", ticket.id(), null, null,
                                kioskId + "; appointment " + a.code()),
                        HallEvent.of(ticket.issuedAt(), "CHECKED_IN", ticket.id(), null, null, a.code()))));
        appointments.checkedIn(a, ticket.id());
        engine.remember(ticket);
        return new Issued(ticket, ahead, false);
    }

    /** The next number of a prefix today, as a new waiting ticket of the service. */
    private Ticket next(String prefix, ServiceConfig service, boolean priority, String kioskId) {
        int sequence = lastNumber.getOrDefault(prefix, 0) + 1;
        lastNumber.put(prefix, sequence);
        return Ticket.issued(engine.day(), service.id(), Ticket.numberFor(prefix, sequence), sequence, priority,
                kioskId, engine.now());
    }

    Appointment book(String serviceId, LocalDate date, LocalTime slot, Citizen citizen) throws Refusal {
        ServiceConfig service = engine.hall().service(serviceId)
                .orElseThrow(() -> new Refusal(ErrorCode.UNKNOWN_SERVICE, "no service '" + serviceId + "' in this hall"));
        return appointments.book(service, date, slot, citizen);
    }

    List<Appointment> appointmentsOn(LocalDate date) {
        return appointments.on(date);
    }

    void noShows() {
        appointments.noShows();
    }

    OptionalInt remainingToday(String serviceId) {
        return engine.hall().service(serviceId).map(s -> caps.remainingToday(s, engine.todayTickets()))
                .orElse(OptionalInt.empty());
    }

    OptionalInt remainingInSlot(String serviceId) {
        return engine.hall().service(serviceId).map(s -> caps.remainingInSlot(s, engine.todayTickets(), engine.now()))
                .orElse(OptionalInt.empty());
    }

    private static String key(String serviceOrBundle, String idHash) {
        return serviceOrBundle + "/" + idHash;
    }

    private static String prefixOf(String number) {
        int i = 0;
        while (i < number.length() && Character.isLetter(number.charAt(i))) {
            i++;
        }
        return number.substring(0, i);
    }
}
