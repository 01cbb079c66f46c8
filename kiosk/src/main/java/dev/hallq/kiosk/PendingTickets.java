package dev.hallq.kiosk;

import dev.hallq.protocol.BadPayload;
import dev.hallq.protocol.ErrorCode;
import dev.hallq.protocol.Json;
import dev.hallq.protocol.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Ticket requests waiting for the hub's reply, matched by request id. A request not answered within the
 * timeout ends as {@link KioskResult#HUB_UNREACHABLE}; the hub's answer arriving after that is logged,
 * because the hub then holds a ticket nobody took.
 */
final class PendingTickets {
    private static final Logger LOG = LoggerFactory.getLogger(PendingTickets.class);
    private static final int EXPIRED_REMEMBERED = 256;

    private final Map<String, Pending> open = new ConcurrentHashMap<>();
    private final Map<String, Pending> expired = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pending> eldest) {
            return size() > EXPIRED_REMEMBERED;
        }
    };
    private final ScheduledExecutorService scheduler;
    private final Duration timeout;
    private final Clock clock;

    private static final class Pending {
        final CompletableFuture<KioskResult> result = new CompletableFuture<>();
        final String serviceId;
        final Instant sentAt;
        volatile ScheduledFuture<?> timer;

        Pending(String serviceId, Instant sentAt) {
            this.serviceId = serviceId;
            this.sentAt = sentAt;
        }
    }

    PendingTickets(ScheduledExecutorService scheduler, Duration timeout, Clock clock) {
        this.scheduler = scheduler;
        this.timeout = timeout;
        this.clock = clock;
    }

    /** Starts waiting for the reply to {@code requestId}. */
    CompletableFuture<KioskResult> open(String requestId, String serviceId) {
        Pending pending = new Pending(serviceId, clock.instant());
        open.put(requestId, pending);
        try {
            pending.timer = scheduler.schedule(() -> expire(requestId), timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            open.remove(requestId);
            pending.result.complete(KioskResult.unreachable());
        }
        return pending.result;
    }

    /** Handles a payload from the reply topic. */
    void answer(byte[] payload) {
        Reply reply;
        try {
            reply = Json.read(payload, Reply.class);
        } catch (BadPayload e) {
            LOG.warn("unreadable reply ignored: {}", e.getMessage());
            return;
        }
        String id = reply.requestId();
        Pending pending = id == null ? null : open.remove(id);
        if (pending == null) {
            unexpected(reply);
            return;
        }
        cancel(pending);
        KioskResult result = resultOf(reply);
        LOG.info("request {} for {} answered: {} {}", id, pending.serviceId,
                result.ok() ? "ticket" : result.code(), result.ok() ? result.ticket().number() : result.message());
        finish(pending, result);
    }

    /** Ends every open request, e.g. when the kiosk shuts down. */
    void abandonAll(KioskResult result) {
        open.keySet().forEach(id -> {
            Pending pending = open.remove(id);
            if (pending != null) {
                cancel(pending);
                pending.result.complete(result);
            }
        });
    }

    /** How many requests still wait for the hub. */
    int waiting() {
        return open.size();
    }

    private void expire(String requestId) {
        Pending pending = open.remove(requestId);
        if (pending == null) {
            return;
        }
        synchronized (expired) {
            expired.put(requestId, pending);
        }
        LOG.warn("no reply from the hub within {} ms to request {} for {}; citizen sent to the desk",
                timeout.toMillis(), requestId, pending.serviceId);
        pending.result.complete(KioskResult.unreachable());
    }

    private void unexpected(Reply reply) {
        Pending late;
        synchronized (expired) {
            late = reply.requestId() == null ? null : expired.remove(reply.requestId());
        }
        if (late == null) {
            LOG.info("reply for unknown request {} ignored (ok={}, {})", reply.requestId(), reply.ok(), reply.error());
            return;
        }
        LOG.warn("late reply to request {} for {}, {} ms after it was sent and the citizen sent to the desk: ok={} ticket={}",
                reply.requestId(), late.serviceId, Duration.between(late.sentAt, clock.instant()).toMillis(), reply.ok(),
                reply.ticket() == null ? null : reply.ticket().number());
    }

    private static void cancel(Pending pending) {
        ScheduledFuture<?> timer = pending.timer;
        if (timer != null) {
            timer.cancel(false);
        }
    }

    private static KioskResult resultOf(Reply reply) {
        if (!reply.ok()) {
            return KioskResult.refused(reply.error(), reply.message());
        }
        if (reply.ticket() == null) {
            return KioskResult.refused(ErrorCode.INTERNAL_ERROR, "hub answered without a ticket");
        }
        return KioskResult.issued(reply.ticket());
    }

    /** Completes off the MQTT delivery thread, so whatever waits on the result cannot hold up messages. */
    private void finish(Pending pending, KioskResult result) {
        try {
            scheduler.execute(() -> pending.result.complete(result));
        } catch (RejectedExecutionException e) {
            pending.result.complete(result);
        }
    }
}
