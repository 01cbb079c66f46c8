package dev.hallq.hub.queue;

import dev.hallq.hub.config.BundleConfig;
import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.config.WindowConfig;
import dev.hallq.hub.store.Change;
import dev.hallq.hub.store.HallStore;
import dev.hallq.protocol.Citizen;
import dev.hallq.protocol.StaffAction;
import dev.hallq.protocol.StaffCommand;
import dev.hallq.protocol.WindowPhase;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The hall's queue: issues numbers, gives each "next" exactly one ticket, records calls, finishes and
 * ratings. It keeps the hall's state in memory and writes each step as a {@link Change} to a journal;
 * the {@link HallDesk} stores the journal in one transaction per batch ({@link #flush}) before anything
 * is announced, and if that fails the engine {@link #recover}s the last stored state. Not thread-safe:
 * the desk runs it on one thread.
 */
public final class QueueEngine implements HallDesk.Ledger {
    private HallConfig hall;
    private final HallStore store;
    private final Clock clock;
    private final HallLines lines = new HallLines();
    private final Map<Integer, WindowDesk> desks = new TreeMap<>();
    private final Map<String, Ticket> today = new HashMap<>();
    private final Map<String, RatingRecord> rated = new HashMap<>();
    private final List<Change> journal = new ArrayList<>();
    private final List<java.util.function.Consumer<List<HallEvent>>> stored = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<HallEvent> unheard = new ArrayList<>();
    private volatile boolean servedByDesk;
    private final WaitEstimate estimate = new WaitEstimate();
    private final OpeningHours hours;
    private final TicketIssuer issuer;
    private final StaffActions staffActions;
    private final RatingDesk ratingDesk;
    private LocalDate day;
    private long lastCallSeq;

    public QueueEngine(HallConfig hall, HallStore store, Clock clock) {
        this(hall, store, clock, IdHasher.ephemeral());
    }

    /** @param ids the keyed hash for real-name tickets: keep its key with the database, or hashes mean nothing */
    public QueueEngine(HallConfig hall, HallStore store, Clock clock, IdHasher ids) {
        this.hall = hall;
        this.store = store;
        this.clock = clock;
        this.hours = new OpeningHours(this::hall);
        this.issuer = new TicketIssuer(this, ids, hours);
        this.staffActions = new StaffActions(this);
        this.ratingDesk = new RatingDesk(this);
        recover();
    }

    /**
     * Forgets everything not stored and rebuilds the queues and windows from the store: the state last
     * announced. Used at start-up and after a batch could not be stored.
     */
    @Override
    public void recover() {
        journal.clear();
        desks.clear();
        today.clear();
        rated.clear();
        issuer.forget();
        estimate.clear();
        lines.reset(hall);
        day = today();
        lastCallSeq = store.lastCallSeq();
        for (Ticket t : store.tickets(day)) {
            remember(t);
            issuer.counted(t);
            estimate.learn(t);
        }
        for (Ticket t : store.openTickets()) {
            if (!t.day().equals(day)) {
                remember(t); // from an earlier day: waits for the day end rule
            }
        }
        store.ratingsOfTicketsOn(day).forEach(r -> rated.put(r.ticketId(), r));
        for (CitizenMark m : store.citizensOn(day)) {
            Ticket t = today.get(m.ticketId());
            if (t != null) {
                issuer.citizenOf(t, m.idHash());
            }
        }
        Map<Integer, WindowDesk> stored = new HashMap<>();
        store.windows().forEach(w -> stored.put(w.number(), w));
        for (WindowConfig w : hall.windows()) {
            desks.put(w.number(), stored.getOrDefault(w.number(), firstDesk(w)));
        }
    }

    /** A window the hub has never run: open with its A staff on duty, closed without. */
    private WindowDesk firstDesk(WindowConfig w) {
        return new WindowDesk(w.number(), w.staff() == null ? WindowPhase.CLOSED : WindowPhase.IDLE, null, 0, null,
                clock.instant(), w.staff() == null ? null : w.staff().staffNo());
    }

    /**
     * Takes a new configuration of this hall at once, keeping every ticket and window: new services get empty
     * lines, new windows open as their A staff says, removed ones go. Nothing in use may disappear: a service
     * or bundle with open tickets, or a window that is not closed, refuses the whole change and nothing moves.
     * The {@code records} (the stored revision, the audit line) are journaled with it.
     *
     * @return the windows that are gone, so their screens can be told
     */
    public List<Integer> reconfigure(HallConfig next, List<dev.hallq.hub.admin.AdminRecord> records)
            throws dev.hallq.hub.config.ConfigConflict {
        List<Integer> gone = HallChangeCheck.windowsGone(this, next);
        List<WindowDesk> opened = new ArrayList<>();
        for (WindowConfig w : next.windows()) {
            if (!desks.containsKey(w.number())) {
                opened.add(firstDesk(w));
            }
        }
        hall = next;
        lines.adjust(next);
        gone.forEach(desks::remove);
        record(Change.admin(records, opened));
        return gone;
    }

    /** Stores what changed since the last flush, in one transaction; throws if it could not. */
    @Override
    public void flush() {
        if (journal.isEmpty()) {
            return;
        }
        List<Change> batch = List.copyOf(journal);
        journal.clear();
        store.commit(batch);
        if (!stored.isEmpty()) {
            batch.forEach(c -> unheard.addAll(c.events()));
            if (!servedByDesk) {
                afterAnnounced();
            }
        }
    }

    @Override
    public void servedByDesk() {
        servedByDesk = true;
    }

    /** Tells the listeners the events stored since the last time, once the desk has announced them. */
    @Override
    public void afterAnnounced() {
        if (unheard.isEmpty()) {
            return;
        }
        List<HallEvent> events = List.copyOf(unheard);
        unheard.clear();
        for (var listener : stored) {
            try {
                listener.accept(events);
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(QueueEngine.class).warn("a listener of stored events failed: {}",
                        e.toString());
            }
        }
    }

    /**
     * Tells {@code listener} the events of every batch once it is stored and announced (the calls, screens and replies
     * go first), on the desk's thread and in order: how
     * the hub's other parts (bad-rating cases, alerts) follow the hall. Keep it quick; it must not call the desk.
     */
    public void onStored(java.util.function.Consumer<List<HallEvent>> listener) {
        stored.add(listener);
    }

    /**
     * 取号: the next number of the service (or 一件事 bundle) today, with how many wait ahead of it; with an ID
     * card a real-name ticket, with a booking code or a booked card a check-in. See {@link TicketIssuer}.
     */
    public Issued issue(String serviceId, boolean priority, String kioskId, Citizen citizen, String appointmentCode)
            throws Refusal {
        return issuer.issue(serviceId, priority, kioskId, citizen, appointmentCode);
    }

    /** 取号 without an ID card. */
    public Issued issue(String serviceId, boolean priority, String kioskId) throws Refusal {
        return issue(serviceId, priority, kioskId, null, null);
    }

    /** 取号 with or without an ID card. */
    public Issued issue(String serviceId, boolean priority, String kioskId, Citizen citizen) throws Refusal {
        return issue(serviceId, priority, kioskId, citizen, null);
    }

    /** 预约: books a slot of a day for a citizen; one booking per citizen per service per day. */
    public Appointment book(String serviceId, LocalDate date, java.time.LocalTime slot, Citizen citizen) throws Refusal {
        return issuer.book(serviceId, date, slot, citizen);
    }

    public List<Appointment> appointmentsOn(LocalDate date) {
        return issuer.appointmentsOn(date);
    }

    /** Tickets left today under the service's daily cap (限号), if it has one. */
    public java.util.OptionalInt remainingToday(String serviceId) {
        return issuer.remainingToday(serviceId);
    }

    /** Tickets left in the current time slot under the service's slot cap (限号), if it has one. */
    public java.util.OptionalInt remainingInSlot(String serviceId) {
        return issuer.remainingInSlot(serviceId);
    }

    /** A staff key at a window: next, call, recall, no-show, return, transfer, finish, pause, resume, log in/out, hand over. */
    public StaffOutcome act(StaffCommand command) throws Refusal {
        return staffActions.act(command);
    }

    /** The simple keys (next, recall, no-show, finish, pause, resume), for tests and tools. */
    public StaffOutcome act(int window, StaffAction action, String reason) throws Refusal {
        return staffActions.act(new StaffCommand("local", null, window, action, reason));
    }

    /** Keeps a citizen's rating of a finished ticket; a resend with the same request id is harmless. */
    public Rated rate(RatingRecord rating) throws Refusal {
        return ratingDesk.rate(rating);
    }

    /** Journals the office's records (accounts, audit lines) with the next batch. */
    public void file(List<dev.hallq.hub.admin.AdminRecord> records) {
        record(Change.admin(records));
    }

    /** Goes back to an earlier configuration and the stored state, after a reconfiguration could not be stored. */
    public void revertTo(HallConfig earlier) {
        hall = earlier;
        recover();
    }

    /** Writes events that change no state (device faults, print results) to the journal. */
    public void note(List<HallEvent> events) {
        record(Change.events(events));
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
        return desk == null || desk.ticketId() == null ? Optional.empty() : ticket(desk.ticketId());
    }

    /** A ticket of today from memory, or an older one from the store. */
    public Optional<Ticket> ticket(String id) {
        Ticket t = today.get(id);
        return t != null ? Optional.of(t) : store.ticket(id);
    }

    public int waitingFor(String serviceId) {
        return lines.waitingFor(serviceId);
    }

    /** The ticket of the service's line that has waited longest since it was issued: the manager's "longest wait". */
    public Optional<Ticket> longestWaiting(String serviceId) {
        return lines.longestWaiting(serviceId);
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

    /** The rating a ticket already has: today's from memory, an older ticket's from the store. */
    Optional<RatingRecord> ratingOf(String ticketId) {
        RatingRecord r = rated.get(ticketId);
        return r != null || today.containsKey(ticketId) ? Optional.ofNullable(r) : store.rating(ticketId);
    }

    /** Who the window calls next: its services in its priority order, each line by its own rule. */
    Optional<Ticket> peekNext(WindowConfig window) {
        return lines.next(window, hall, clock.instant());
    }

    /** Tells the ticket's line it was called, for the priority fairness count. */
    void calledFromLine(Ticket t) {
        lines.called(t);
    }

    /** Where a ticket coming back into a line goes under the policy's {@code rejoinAfter}. */
    Instant rejoinPlace(String serviceId) {
        return lines.placeBehind(serviceId, hall.policy().rejoinAfter(), clock.instant());
    }

    boolean serves(String serviceId) {
        return lines.serves(serviceId);
    }

    LocalDate day() {
        return day;
    }

    Optional<Ticket> todayTicket(String id) {
        return Optional.ofNullable(today.get(id));
    }

    java.util.Collection<Ticket> todayTickets() {
        return today.values();
    }

    int aheadOf(Ticket t) {
        return lines.ahead(t);
    }

    /** How many wait ahead of a waiting ticket in its line now (0 once it is called or ended). */
    public int peopleAhead(String ticketId) {
        return ticket(ticketId).filter(t -> t.state() == TicketState.WAITING).map(lines::ahead).orElse(0);
    }

    /** Moves the in-memory state by one step and writes the step to the journal. */
    void record(Change change) {
        journal.add(change);
        change.tickets().forEach(this::remember);
        change.tickets().forEach(estimate::learn);
        change.windows().forEach(d -> desks.put(d.number(), d));
        change.calls().forEach(c -> lastCallSeq = Math.max(lastCallSeq, c.seq()));
        change.ratings().forEach(r -> rated.put(r.ticketId(), r));
    }

    /** Minutes a ticket of the service taken now would wait, if any window serving it is open. */
    public java.util.OptionalInt estimatedWait(String serviceId, int ahead) {
        int open = 0;
        for (WindowConfig w : hall.windows()) {
            WindowDesk d = desks.get(w.number());
            if (w.services().contains(serviceId) && d != null && d.phase() != WindowPhase.CLOSED
                    && d.phase() != WindowPhase.PAUSED) {
                open++;
            }
        }
        return estimate.minutes(serviceId, ahead, open);
    }

    /** Keeps a ticket in memory and in (or out of) its line, as its state says. */
    void remember(Ticket t) {
        lines.place(t.day().equals(day) ? today.put(t.id(), t) : null, t);
    }

    /**
     * The clock ticks: at a new day, tickets of earlier days still waiting expire (or wait on, as the
     * calendar's day-end rule says). The hub calls this every minute and before every issue.
     *
     * @return the tickets that expired
     */
    public List<Ticket> tick() {
        rollOverIfNewDay();
        issuer.noShows();
        if (hall.calendar().dayEnd() != dev.hallq.hub.config.HallCalendar.DayEnd.EXPIRE) {
            return List.of();
        }
        Instant now = clock.instant();
        List<Ticket> expired = lines.earlierThan(day).stream().map(t -> t.ended(TicketState.EXPIRED, now)).toList();
        if (!expired.isEmpty()) {
            List<HallEvent> events = expired.stream()
                    .map(t -> HallEvent.of(now, "EXPIRED", t.id(), null, null, "day end " + t.day())).toList();
            record(Change.of(expired, List.of(), List.of(), events));
        }
        return expired;
    }

    /** Tickets of a 一件事 bundle waiting at any step of its route. */
    public int waitingForBundle(String bundleId) {
        return lines.waitingForBundle(bundleId);
    }

    /** The next service of a 一件事 ticket's route, if it has one after its current step. */
    Optional<String> nextStepOf(Ticket t) {
        if (t.bundleId() == null) {
            return Optional.empty();
        }
        List<String> route = hall.bundle(t.bundleId()).map(BundleConfig::services).orElse(List.of());
        return t.step() + 1 < route.size() ? Optional.of(route.get(t.step() + 1)) : Optional.empty();
    }

    /** Whether the service's kiosks issue tickets now. */
    public boolean issuingNow(String serviceId) {
        return hours.issuing(serviceId, clock.instant());
    }

    boolean afterClosing(String serviceId, Instant at) {
        return hours.afterClosing(serviceId, at);
    }

    private void rollOverIfNewDay() {
        LocalDate now = today();
        if (!now.equals(day)) {
            day = now;
            today.clear();
            rated.clear();
            issuer.newDay();
        }
    }
}
