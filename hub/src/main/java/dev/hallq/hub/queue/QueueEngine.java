package dev.hallq.hub.queue;

import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.config.ServiceConfig;
import dev.hallq.hub.config.WindowConfig;
import dev.hallq.hub.store.Change;
import dev.hallq.hub.store.HallStore;
import dev.hallq.hub.store.NewTicket;
import dev.hallq.protocol.ErrorCode;
import dev.hallq.protocol.StaffAction;
import dev.hallq.protocol.WindowPhase;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The hall's queue: issues numbers, gives each "next" exactly one ticket, records calls, finishes and
 * ratings. Every change is stored before the engine's own state moves, so what callers announce is
 * always what is stored. Not thread-safe: the {@link HallDesk} runs it on one thread.
 */
public final class QueueEngine {
    private final HallConfig hall;
    private final HallStore store;
    private final Clock clock;
    private final Map<String, Deque<Ticket>> waiting = new LinkedHashMap<>();
    private final Map<Integer, WindowDesk> desks = new TreeMap<>();
    private final Map<String, Ticket> held = new HashMap<>();
    private final StaffActions staffActions;
    private final RatingDesk ratingDesk;
    private long lastCallSeq;

    public QueueEngine(HallConfig hall, HallStore store, Clock clock) {
        this.hall = hall;
        this.store = store;
        this.clock = clock;
        hall.services().forEach(s -> waiting.put(s.id(), new ArrayDeque<>()));
        this.staffActions = new StaffActions(this);
        this.ratingDesk = new RatingDesk(this);
        recover();
    }

    /** Rebuilds the queues and windows from the store: the state last announced before a restart. */
    private void recover() {
        lastCallSeq = store.lastCallSeq();
        for (Ticket t : store.tickets(today())) {
            if (t.state() == TicketState.WAITING && waiting.containsKey(t.serviceId())) {
                waiting.get(t.serviceId()).add(t);
            }
        }
        Map<Integer, WindowDesk> stored = new HashMap<>();
        store.windows().forEach(w -> stored.put(w.number(), w));
        for (WindowConfig w : hall.windows()) {
            WindowDesk desk = stored.getOrDefault(w.number(), new WindowDesk(w.number(),
                    w.staff() == null ? WindowPhase.CLOSED : WindowPhase.IDLE, null, 0, null, clock.instant()));
            desks.put(w.number(), desk);
            if (desk.ticketId() != null) {
                store.ticket(desk.ticketId()).ifPresent(t -> held.put(t.id(), t));
            }
        }
    }

    /** 取号: a new number for the service, stored, with how many wait ahead of it. */
    public Issued issue(String serviceId, boolean priority, String kioskId) throws Refusal {
        ServiceConfig service = hall.service(serviceId)
                .orElseThrow(() -> new Refusal(ErrorCode.UNKNOWN_SERVICE, "no service '" + serviceId + "' in this hall"));
        Ticket ticket = store.issue(new NewTicket(today(), service.id(), service.prefix(), priority, kioskId,
                clock.instant()));
        Deque<Ticket> queue = waiting.get(service.id());
        int ahead = queue.size();
        queue.addLast(ticket);
        return new Issued(ticket, ahead);
    }

    /** A staff key at a window: next, recall, no-show, finish, pause, resume. */
    public StaffOutcome act(int window, StaffAction action, String reason) throws Refusal {
        return staffActions.act(window, action, reason);
    }

    /** Stores a citizen's rating of a finished ticket; a resend with the same request id is harmless. */
    public Rated rate(RatingRecord rating) throws Refusal {
        return ratingDesk.rate(rating);
    }

    public Optional<WindowConfig> windowConfig(int window) {
        return hall.window(window);
    }

    public WindowDesk desk(int window) {
        return desks.get(window);
    }

    public List<WindowDesk> desks() {
        return List.copyOf(desks.values());
    }

    /** The ticket a window holds: being called/served, or finished and awaiting its rating. */
    public Optional<Ticket> heldBy(int window) {
        WindowDesk desk = desks.get(window);
        return desk == null || desk.ticketId() == null ? Optional.empty() : Optional.ofNullable(held.get(desk.ticketId()));
    }

    public int waitingFor(String serviceId) {
        Deque<Ticket> queue = waiting.get(serviceId);
        return queue == null ? 0 : queue.size();
    }

    public HallConfig hall() {
        return hall;
    }

    public HallStore store() {
        return store;
    }

    public Clock clock() {
        return clock;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), hall.zone());
    }

    // --- used by StaffActions and RatingDesk, on the desk thread ---

    Instant now() {
        return clock.instant();
    }

    long nextCallSeq() {
        return lastCallSeq + 1;
    }

    /** The first waiting ticket among the window's services, in the window's priority order. */
    Optional<Ticket> peekNext(WindowConfig window) {
        for (String serviceId : window.services()) {
            Deque<Ticket> queue = waiting.get(serviceId);
            if (queue != null && !queue.isEmpty()) {
                return Optional.of(queue.peekFirst());
            }
        }
        return Optional.empty();
    }

    /** Stores the change, then moves the in-memory state to match it. */
    void commit(Change change) {
        store.apply(change);
        for (Ticket t : change.tickets()) {
            Deque<Ticket> queue = waiting.get(t.serviceId());
            if (queue != null && t.state() != TicketState.WAITING) {
                queue.removeIf(w -> w.id().equals(t.id()));
            }
            held.put(t.id(), t);
        }
        for (WindowDesk d : change.windows()) {
            WindowDesk before = desks.put(d.number(), d);
            if (before != null && before.ticketId() != null && !before.ticketId().equals(d.ticketId())) {
                held.remove(before.ticketId());
            }
        }
        change.calls().forEach(c -> lastCallSeq = Math.max(lastCallSeq, c.seq()));
    }

    /** The result of issuing: the stored ticket and the people waiting ahead of it. */
    public record Issued(Ticket ticket, int peopleAhead) {
    }

    /**
     * A stored rating.
     *
     * @param desk      the window's new desk if the rating released it, else null
     * @param duplicate true when this was a resend of a rating already stored
     */
    public record Rated(RatingRecord rating, Ticket ticket, WindowDesk desk, boolean duplicate) {
    }

    /** What a staff action did: the window's new desk, the ticket concerned and the call, if one was made. */
    public record StaffOutcome(WindowDesk desk, Ticket ticket, CallRecord call) {
    }
}
