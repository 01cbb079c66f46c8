package dev.hallq.kiosk;

import dev.hallq.protocol.BadPayload;
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
import java.util.function.Function;

/**
 * Requests to the hub (a ticket, a guide on paper) waiting for its reply, matched by request id. Each ends with what
 * its asker makes of the reply, or, not answered within the timeout, with the asker's "unanswered" result; the hub's
 * answer arriving after that is logged, because the hub then did something (held a ticket, printed a guide) the
 * citizen was told it did not.
 */
final class PendingReplies {
    private static final Logger LOG = LoggerFactory.getLogger(PendingReplies.class);
    private static final int EXPIRED_REMEMBERED = 256;

    private final Map<String, Pending<?>> open = new ConcurrentHashMap<>();
    private final Map<String, Pending<?>> expired = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pending<?>> eldest) {
            return size() > EXPIRED_REMEMBERED;
        }
    };
    private final ScheduledExecutorService scheduler;
    private final Duration timeout;
    private final Clock clock;

    /** One request: what it asked for, when, and how its reply (or the lack of one) becomes its result. */
    private static final class Pending<R> {
        final CompletableFuture<R> result = new CompletableFuture<>();
        final String what;
        final Instant sentAt;
        final Function<Reply, R> answered;
        final R unanswered;
        volatile ScheduledFuture<?> timer;

        Pending(String what, Instant sentAt, Function<Reply, R> answered, R unanswered) {
            this.what = what;
            this.sentAt = sentAt;
            this.answered = answered;
            this.unanswered = unanswered;
        }

        void unanswered() {
            result.complete(unanswered);
        }
    }

    PendingReplies(ScheduledExecutorService scheduler, Duration timeout, Clock clock) {
        this.scheduler = scheduler;
        this.timeout = timeout;
        this.clock = clock;
    }

    /**
     * Starts waiting for the reply to {@code requestId}.
     *
     * @param what       what was asked, for the log ({@code social-security}, {@code guide of tax})
     * @param answered   what the hub's reply becomes
     * @param unanswered the result when no reply comes in time, or the kiosk closes first
     */
    <R> CompletableFuture<R> open(String requestId, String what, Function<Reply, R> answered, R unanswered) {
        Pending<R> pending = new Pending<>(what, clock.instant(), answered, unanswered);
        open.put(requestId, pending);
        try {
            pending.timer = scheduler.schedule(() -> expire(requestId), timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            open.remove(requestId);
            pending.unanswered();
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
        Pending<?> pending = id == null ? null : open.remove(id);
        if (pending == null) {
            unexpected(reply);
            return;
        }
        cancel(pending);
        LOG.info("request {} for {} answered: {}", id, pending.what, describe(reply));
        finish(pending, reply);
    }

    /** Ends every open request as unanswered, e.g. when the kiosk shuts down. */
    void abandonAll() {
        open.keySet().forEach(id -> {
            Pending<?> pending = open.remove(id);
            if (pending != null) {
                cancel(pending);
                pending.unanswered();
            }
        });
    }

    /** How many requests still wait for the hub. */
    int waiting() {
        return open.size();
    }

    private void expire(String requestId) {
        Pending<?> pending = open.remove(requestId);
        if (pending == null) {
            return;
        }
        synchronized (expired) {
            expired.put(requestId, pending);
        }
        LOG.warn("no reply from the hub within {} ms to request {} for {}; citizen sent to the desk",
                timeout.toMillis(), requestId, pending.what);
        pending.unanswered();
    }

    private void unexpected(Reply reply) {
        Pending<?> late;
        synchronized (expired) {
            late = reply.requestId() == null ? null : expired.remove(reply.requestId());
        }
        if (late == null) {
            LOG.info("reply for unknown request {} ignored (ok={}, {})", reply.requestId(), reply.ok(), reply.error());
            return;
        }
        LOG.warn("late reply to request {} for {}, {} ms after it was sent and the citizen sent to the desk: {}",
                reply.requestId(), late.what, Duration.between(late.sentAt, clock.instant()).toMillis(), describe(reply));
    }

    private static String describe(Reply reply) {
        if (!reply.ok()) {
            return reply.error() + " " + reply.message();
        }
        return reply.ticket() == null ? "ok" : "ticket " + reply.ticket().number();
    }

    private static void cancel(Pending<?> pending) {
        ScheduledFuture<?> timer = pending.timer;
        if (timer != null) {
            timer.cancel(false);
        }
    }

    /** Completes off the MQTT delivery thread, so whatever waits on the result cannot hold up messages. */
    private static <R> void complete(Pending<R> pending, Reply reply) {
        R result;
        try {
            result = pending.answered.apply(reply);
        } catch (RuntimeException e) {
            LOG.warn("reply to {} could not be read as an answer: {}", pending.what, e.toString());
            result = pending.unanswered;
        }
        pending.result.complete(result);
    }

    private void finish(Pending<?> pending, Reply reply) {
        try {
            scheduler.execute(() -> complete(pending, reply));
        } catch (RejectedExecutionException e) {
            complete(pending, reply);
        }
    }
}
