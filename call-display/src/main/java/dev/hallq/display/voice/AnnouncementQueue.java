package dev.hallq.display.voice;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One announcer thread in front of a {@link SpeechOutput}: announcements are said one at a time,
 * in the order offered, and a phrase being said is never cut off.
 *
 * <p>Policy: {@link #offer} never blocks. An announcement whose ticket and window are already
 * waiting is dropped as {@link DropReason#DUPLICATE} (merged: the waiting one says the same, see
 * {@link AnnouncementListener#onMerged}); one whose ticket is being said right now is queued, so a recall made
 * during the call is heard after it. At most {@code maxBacklog} announcements wait; when full, the oldest waiting
 * one is dropped as {@link DropReason#BACKLOG_FULL}: it is the stalest, its number is on every screen already,
 * and the newest calls are the ones citizens are listening for. {@link #close()} lets the current phrase finish
 * and drops the waiting ones as {@link DropReason#CLOSED}. Every drop is logged and reported to the listeners;
 * nothing vanishes silently.
 */
public final class AnnouncementQueue implements AutoCloseable {

    public static final int DEFAULT_MAX_BACKLOG = 20;
    public static final Duration CLOSE_WAIT = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(AnnouncementQueue.class);

    /** What {@link #offer} did with an announcement. */
    public enum Offer { QUEUED, DUPLICATE, CLOSED }

    private final SpeechOutput output;
    private final int maxBacklog;
    private final List<AnnouncementListener> listeners = new CopyOnWriteArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Deque<Announcement> waiting = new ArrayDeque<>();
    private final Thread worker;
    private Announcement current; // guarded by lock
    private boolean closed;       // guarded by lock

    private AnnouncementQueue(SpeechOutput output, int maxBacklog) {
        if (maxBacklog < 1) {
            throw new IllegalArgumentException("maxBacklog must be 1 or more: " + maxBacklog);
        }
        this.output = Objects.requireNonNull(output, "output");
        this.maxBacklog = maxBacklog;
        this.worker = new Thread(this::run, "hallq-announcer");
        this.worker.setDaemon(true);
    }

    public static AnnouncementQueue start(SpeechOutput output) {
        return start(output, DEFAULT_MAX_BACKLOG);
    }

    public static AnnouncementQueue start(SpeechOutput output, int maxBacklog) {
        AnnouncementQueue queue = new AnnouncementQueue(output, maxBacklog);
        queue.worker.start();
        return queue;
    }

    public AnnouncementQueue addListener(AnnouncementListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return this;
    }

    /** Queues an announcement without blocking; see the class comment for the drop policy. */
    public Offer offer(Announcement announcement) {
        Objects.requireNonNull(announcement, "announcement");
        Announcement evicted = null;
        Announcement mergedInto = null;
        Offer result;
        lock.lock();
        try {
            if (closed) {
                result = Offer.CLOSED;
            } else if ((mergedInto = waiting.stream().filter(announcement::sameCallAs).findFirst().orElse(null)) != null) {
                result = Offer.DUPLICATE;
            } else {
                if (waiting.size() >= maxBacklog) {
                    evicted = waiting.pollFirst();
                }
                waiting.addLast(announcement);
                changed.signalAll();
                result = Offer.QUEUED;
            }
        } finally {
            lock.unlock();
        }
        if (evicted != null) {
            dropped(evicted, DropReason.BACKLOG_FULL);
        }
        if (result == Offer.DUPLICATE) {
            Announcement into = mergedInto;
            notifyListeners(l -> l.onMerged(announcement, into));
            dropped(announcement, DropReason.DUPLICATE);
        } else if (result == Offer.CLOSED) {
            dropped(announcement, DropReason.CLOSED);
        }
        return result;
    }

    /** Announcements waiting for their turn (not the one being said), oldest first. */
    public List<Announcement> waiting() {
        lock.lock();
        try {
            return List.copyOf(waiting);
        } finally {
            lock.unlock();
        }
    }

    /** Waits until nothing is waiting or being said; false if that did not happen in time. */
    public boolean drain(Duration timeout) throws InterruptedException {
        long nanos = timeout.toNanos();
        lock.lock();
        try {
            while (!waiting.isEmpty() || current != null) {
                if (nanos <= 0 || !worker.isAlive()) {
                    return waiting.isEmpty() && current == null;
                }
                nanos = changed.awaitNanos(nanos);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    public boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    /** Drops what is waiting, lets the current phrase finish, then stops the announcer thread. */
    @Override
    public void close() {
        List<Announcement> leftovers;
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            leftovers = new ArrayList<>(waiting);
            waiting.clear();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        leftovers.forEach(a -> dropped(a, DropReason.CLOSED));
        if (Thread.currentThread() == worker) {
            return;
        }
        try {
            worker.join(CLOSE_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (worker.isAlive()) {
            LOG.warn("announcer still speaking {} s after close", CLOSE_WAIT.toSeconds());
        }
    }

    private void run() {
        try {
            Announcement next;
            while ((next = takeNext()) != null) {
                speak(next);
                finished();
            }
        } catch (InterruptedException e) {
            LOG.warn("announcer thread interrupted, closing the queue");
            close();
        }
        LOG.debug("announcer thread stopped");
    }

    private Announcement takeNext() throws InterruptedException {
        lock.lock();
        try {
            while (waiting.isEmpty() && !closed) {
                changed.await();
            }
            current = closed ? null : waiting.pollFirst();
            changed.signalAll();
            return current;
        } finally {
            lock.unlock();
        }
    }

    private void finished() {
        lock.lock();
        try {
            current = null;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void speak(Announcement a) {
        LOG.info("announcing {}: {}", a.describe(), a.text());
        try {
            output.speak(a);
        } catch (SpeechFault fault) {
            LOG.warn("announcement {} failed: {}", a.describe(), fault.getMessage());
            notifyListeners(l -> l.onFailed(a, fault));
            return;
        } catch (RuntimeException e) {
            LOG.error("speech output crashed on {}", a.describe(), e);
            SpeechFault fault = new SpeechFault("speech output crashed: " + e, e);
            notifyListeners(l -> l.onFailed(a, fault));
            return;
        }
        notifyListeners(l -> l.onSpoken(a));
    }

    private void dropped(Announcement a, DropReason reason) {
        LOG.warn("announcement {} dropped: {}", a.describe(), reason);
        notifyListeners(l -> l.onDropped(a, reason));
    }

    private void notifyListeners(Consumer<AnnouncementListener> event) {
        for (AnnouncementListener l : listeners) {
            try {
                event.accept(l);
            } catch (RuntimeException e) {
                LOG.error("announcement listener {} failed", l, e);
            }
        }
    }
}
