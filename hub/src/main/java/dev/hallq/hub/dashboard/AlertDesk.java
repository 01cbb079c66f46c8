package dev.hallq.hub.dashboard;

import dev.hallq.agent.web.LiveView;
import dev.hallq.hub.devices.DeviceRegistry;
import dev.hallq.hub.queue.HallDesk;
import dev.hallq.hub.queue.HallEvent;
import dev.hallq.hub.queue.QueueEngine;
import dev.hallq.protocol.RatingLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Raises and resolves the manager's alerts. The rules ({@link AlertConditions}) are checked a quarter second after
 * the hall's events are stored (once for all the batches of that moment), when a device's status changes, and on a
 * timer (time alone makes a wait too long); what is new is raised, what ended is resolved, each stored in the
 * {@link AlertBook} and pushed to the pages as {@code alert} (keyed by kind and subject). Its own thread does all of
 * it, so the desk never waits on alerts.
 */
public final class AlertDesk implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AlertDesk.class);
    private static final Duration ASK = Duration.ofSeconds(5);
    /** How long news gathers before the rules are checked: alerts and the dashboard's lines follow within this. */
    private static final Duration GATHER = Duration.ofMillis(250);

    private final QueueEngine engine;
    private final HallDesk desk;
    private final DeviceRegistry devices;
    private final AlertBook book;
    private final DashboardFeed feed;
    private final Clock clock;
    private final Duration every;
    private final ScheduledExecutorService thread;
    private final Map<String, Alert> open = new LinkedHashMap<>();
    private final Map<Integer, String> leftBy = new HashMap<>();
    private final ConcurrentLinkedQueue<HallEvent> arrived = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean pending = new AtomicBoolean();
    private final java.util.Set<String> changedDevices = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final AtomicBoolean devicesPending = new AtomicBoolean();
    private final Map<String, List<Object>> lastHealth = new HashMap<>();
    /** The hall as the desk last showed it to this desk's thread; null before the first check. Alert thread only. */
    private HallSnapshot latest;

    /** @param every how often the rules are checked without news (30 s in a hall; tests call {@link #check()}) */
    public AlertDesk(QueueEngine engine, HallDesk desk, DeviceRegistry devices, AlertBook book, LiveView live, Clock clock,
                     Duration every) {
        this.engine = engine;
        this.desk = desk;
        this.devices = devices;
        this.book = book;
        this.feed = new DashboardFeed(live);
        this.clock = clock;
        this.every = every;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hall-alerts");
            t.setDaemon(true);
            return t;
        });
    }

    /** Reads the open alerts back from the book, follows the desk and the devices, and starts the timer. */
    public AlertDesk start() {
        book.open().forEach(a -> open.put(a.key(), a));
        engine.onStored(this::onStored);
        devices.onChange(this::deviceChanged);
        thread.scheduleAtFixedRate(() -> {
            try {
                checkNow();
            } catch (RuntimeException e) {
                LOG.warn("alert check failed: {}", e.toString());
            }
        }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /**
     * Desk thread, after each stored batch: note the events; the rules are checked a moment later against the hall
     * as it is then, once for all the batches of that moment. (A busy hall stores ~25 batches a second; checking
     * every window's rules and posts after each one was most of the hub's work and garbage, beside its calls.)
     */
    private void onStored(List<HallEvent> events) {
        arrived.addAll(events);
        if (pending.compareAndSet(false, true)) {
            later(GATHER, () -> {
                pending.set(false);
                checkNow();
            });
        }
    }

    /** Hands work to the alert thread; news arriving while the hub shuts down is dropped. */
    private void later(Runnable work) {
        later(Duration.ZERO, work);
    }

    private void later(Duration delay, Runnable work) {
        try {
            thread.schedule(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    LOG.warn("alert work failed: {}", e.toString());
                }
            }, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("alert desk closed; news dropped");
        }
    }

    /** Checks every rule now (as the timer does) and returns once done: the desk is asked for the hall as it is. */
    public CompletableFuture<Void> check() {
        return CompletableFuture.runAsync(this::checkNow, thread);
    }

    private void checkNow() {
        latest = desk.ask(() -> HallSnapshot.of(engine), ASK);
        evaluate(latest);
    }

    /** Any thread: a device's status or its count of acknowledged calls changed; a burst of acks is one push. */
    private void deviceChanged(String id) {
        changedDevices.add(id);
        if (devicesPending.compareAndSet(false, true)) {
            later(this::devicesChanged);
        }
    }

    /** Alert thread: pushes the changed devices; checks the rules only if a device's health changed, not for an ack. */
    private void devicesChanged() {
        devicesPending.set(false);
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (java.util.Iterator<String> i = changedDevices.iterator(); i.hasNext(); ) {
            ids.add(i.next());
            i.remove(); // taken before reading the registry, so the views read below are at least this new
        }
        boolean health = false;
        for (DeviceRegistry.DeviceView d : devices.all()) {
            if (ids.contains(d.id())) {
                feed.device(d);
                health |= !Objects.equals(health(d), lastHealth.put(d.id(), health(d)));
            }
        }
        if (health && latest != null) {
            evaluate(latest);
        }
    }

    private static List<Object> health(DeviceRegistry.DeviceView d) {
        return List.of(d.online(), d.state(), d.hardware());
    }

    /** Alert thread: raises what holds and is not open, resolves what is open and no longer holds. */
    private void evaluate(HallSnapshot hall) {
        Instant now = clock.instant();
        List<AlertConditions.Condition> holding = new ArrayList<>();
        for (HallEvent e; (e = arrived.poll()) != null; ) {
            if ("LOGGED_OUT".equals(e.type()) && e.window() != null) {
                leftBy.put(e.window(), e.detail());
            } else if ("RATED".equals(e.type()) && isBad(e.detail())) {
                holding.add(AlertConditions.badRating(hall, e));
            }
        }
        List<DeviceRegistry.DeviceView> known = devices.all();
        for (AlertConditions.Condition c : AlertConditions.of(hall, known, now, leftBy)) {
            // an early leave needs a log-out this desk saw (or an alert kept from before a restart): a window
            // that nobody has staffed since the hub first ran is empty, not left
            if (c.kind() != AlertKind.LEFT_EARLY || leftBy.containsKey(Integer.valueOf(c.subject()))
                    || open.containsKey(c.key())) {
                holding.add(c);
            }
        }
        Map<String, AlertConditions.Condition> byKey = new LinkedHashMap<>();
        holding.forEach(c -> byKey.putIfAbsent(c.key(), c));
        for (AlertConditions.Condition c : byKey.values()) {
            if (!open.containsKey(c.key())) {
                raise(c, now);
            }
        }
        for (Alert a : List.copyOf(open.values())) {
            boolean unknownDevice = a.subjectType() == AlertKind.Subject.DEVICE
                    && known.stream().noneMatch(d -> d.id().equals(a.subject()));
            if (a.kind().endsByItself() && !byKey.containsKey(a.key()) && !unknownDevice) {
                resolve(a, now);
            }
        }
        feed.lines(hall, now);
    }

    private void raise(AlertConditions.Condition c, Instant now) {
        try {
            Alert a = book.raise(Alert.raised(c.kind(), c.subject(), c.zh(), c.en(), now));
            open.put(a.key(), a);
            LOG.info("alert {} raised: {}", a.id(), a.messageEn());
            feed.alert(a);
        } catch (RuntimeException e) {
            LOG.warn("could not raise alert {}: {}", c.key(), e.toString());
        }
    }

    private void resolve(Alert a, Instant now) {
        try {
            book.resolve(a.id(), now);
            open.remove(a.key());
            Alert resolved = book.find(a.id()).orElse(a.resolved(now));
            LOG.info("alert {} resolved: {}", a.id(), a.messageEn());
            feed.alert(resolved);
        } catch (RuntimeException e) {
            LOG.warn("could not resolve alert {}: {}", a.id(), e.toString());
        }
    }

    /**
     * Records who acknowledged the alert: 404 for an unknown one, 409 when it was acknowledged already. A bad rating
     * is resolved by its acknowledgement (it has no condition that ends by itself).
     */
    public Alert acknowledge(long id, String by) {
        try {
            return thread.submit(() -> {
                Alert a = book.find(id).orElseThrow(() -> new AlertRefused(404, "UNKNOWN_ALERT", "no alert " + id));
                Instant now = clock.instant();
                if (!book.acknowledge(id, by, now)) {
                    Alert already = book.find(id).orElse(a);
                    throw new AlertRefused(409, "ALREADY_ACKNOWLEDGED", "alert " + id + " was acknowledged by "
                            + already.acknowledgedBy() + " at " + already.acknowledgedAt());
                }
                if (!a.kind().endsByItself()) {
                    book.resolve(id, now);
                    open.remove(a.key());
                } else if (open.containsKey(a.key()) && open.get(a.key()).id() == id) {
                    open.put(a.key(), a.acknowledgedBy(by, now));
                }
                Alert done = book.find(id).orElseThrow();
                LOG.info("alert {} acknowledged by {}", id, by);
                feed.alert(done);
                return done;
            }).get(ASK.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the alert desk did not answer within " + ASK, e);
        }
    }

    /** The alerts open now, oldest first. */
    public List<Alert> open() {
        return book.open();
    }

    public List<Alert> list(Boolean openOnly, Instant since, int limit) {
        return book.list(openOnly, since, limit);
    }

    private static boolean isBad(String level) {
        try {
            return level != null && RatingLevel.valueOf(level).isBad();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(5, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.shutdownNow();
        }
    }
}
