package dev.hallq.demo.bench;

import dev.hallq.protocol.AckRole;
import dev.hallq.protocol.CallAck;
import dev.hallq.protocol.CallAnnouncement;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Every call's moments on the bench's clock, matched by the call's {@code seq}: the NEXT that made it published (the
 * window's latest NEXT, joined to the seq when the hub's {@code calls} announcement names the window), the
 * announcement heard, and the SHOWN acks of the window's screen and of the hall screen, and the announcer's SPOKEN.
 * Acks may be heard before the announcement; the order does not matter.
 */
final class CallTimings {
    private final AtomicLongArray nextAt;
    private final AtomicLongArray nextWall;
    private final Map<Long, Call> calls = new ConcurrentHashMap<>();
    private final MeasuredSpan span;
    private final String hallScreen;

    CallTimings(int windows, String hallScreenId, MeasuredSpan span) {
        this.nextAt = new AtomicLongArray(windows + 1);
        this.nextWall = new AtomicLongArray(windows + 1);
        this.hallScreen = hallScreenId;
        this.span = span;
    }

    /** Called just before a NEXT for {@code window} is handed to the client; {@code wall} is the system clock then. */
    void nextPublished(int window, long at, Instant wall) {
        nextWall.set(window, micros(wall));
        nextAt.set(window, at);
    }

    void heardCall(CallAnnouncement announced, long at) {
        if (announced.recall() || announced.window() >= nextAt.length()) {
            return;
        }
        Call call = call(announced.seq());
        call.window = announced.window();
        call.heard = at;
        call.calledAt = micros(announced.calledAt());
        call.nextWall = nextWall.get(announced.window());
        call.next = nextAt.getAndSet(announced.window(), 0); // 0: not a bench NEXT (never counted)
        changed();
    }

    void heardAck(String device, CallAck ack, long at) {
        Call call = call(ack.seq());
        if (ack.role() == AckRole.SPOKEN && device.equals(hallScreen)) {
            call.spoken = at;
        } else if (ack.role() == AckRole.SHOWN && device.equals(hallScreen)) {
            call.hallAckedAt = micros(ack.at());
            call.hallShown = at;
        } else if (ack.role() == AckRole.SHOWN && device.startsWith("S")) {
            call.windowAckedAt = micros(ack.at());
            call.windowShown = at;
            call.windowScreen = device;
        }
        changed();
    }

    /** Waits until every measured call has all its acks, or {@code patience} passes; true when all came. */
    synchronized boolean awaitAcks(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!measured().stream().allMatch(Call::complete)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    Result result() {
        Latencies announced = new Latencies();
        Latencies window = new Latencies();
        Latencies hall = new Latencies();
        Latencies both = new Latencies();
        Latencies spoken = new Latencies();
        long noWindowAck = 0;
        long noHallAck = 0;
        long notSpoken = 0;
        long wrongScreen = 0;
        List<Call> measured = measured();
        for (Call c : measured) {
            announced.record(c.heard - c.next);
            if (c.windowShown == 0) {
                noWindowAck++;
            } else {
                window.record(c.windowShown - c.next);
                if (!c.windowScreen.equals("S" + c.window)) {
                    wrongScreen++;
                }
            }
            if (c.hallShown == 0) {
                noHallAck++;
            } else {
                hall.record(c.hallShown - c.next);
            }
            if (c.windowShown != 0 && c.hallShown != 0) {
                both.record(Math.max(c.windowShown, c.hallShown) - c.next);
            }
            if (c.spoken == 0) {
                notSpoken++;
            } else {
                spoken.record(c.spoken - c.next);
            }
        }
        return new Result(measured.size(), announced.summary(), window.summary(), hall.summary(), both.summary(),
                spoken.summary(), noWindowAck, noHallAck, notSpoken, wrongScreen, breakdown(measured));
    }

    /** The call's path cut at the wall-clock stamps the hub and the screens put in their payloads. */
    private static Breakdown breakdown(List<Call> measured) {
        Latencies toHub = new Latencies();
        Latencies hubToWindow = new Latencies();
        Latencies windowToBench = new Latencies();
        Latencies hubToHall = new Latencies();
        Latencies hallToBench = new Latencies();
        for (Call c : measured) {
            toHub.record(1000 * (c.calledAt - c.nextWall));
            if (c.windowShown != 0) {
                hubToWindow.record(1000 * (c.windowAckedAt - c.calledAt));
                windowToBench.record(c.windowShown - c.next - 1000 * (c.windowAckedAt - c.nextWall));
            }
            if (c.hallShown != 0) {
                hubToHall.record(1000 * (c.hallAckedAt - c.calledAt));
                hallToBench.record(c.hallShown - c.next - 1000 * (c.hallAckedAt - c.nextWall));
            }
        }
        return new Breakdown(toHub.summary(), hubToWindow.summary(), windowToBench.summary(), hubToHall.summary(),
                hallToBench.summary());
    }

    /**
     * The measured calls whose both-screens time is at least {@code thresholdNanos}, oldest first, each cut into the
     * segments of {@link Breakdown} (nanoseconds).
     */
    List<SlowCall> slowerThan(long thresholdNanos) {
        List<SlowCall> slow = new java.util.ArrayList<>();
        for (Call c : measured()) {
            if (c.windowShown == 0 || c.hallShown == 0) {
                continue;
            }
            long both = Math.max(c.windowShown, c.hallShown) - c.next;
            if (both >= thresholdNanos) {
                slow.add(new SlowCall(c.next, both, 1000 * (c.calledAt - c.nextWall),
                        1000 * (c.windowAckedAt - c.calledAt),
                        c.windowShown - c.next - 1000 * (c.windowAckedAt - c.nextWall),
                        1000 * (c.hallAckedAt - c.calledAt),
                        c.hallShown - c.next - 1000 * (c.hallAckedAt - c.nextWall)));
            }
        }
        slow.sort(java.util.Comparator.comparingLong(SlowCall::next));
        return slow;
    }

    /** One slow call: its NEXT on the bench's clock and where its time went (nanoseconds). */
    record SlowCall(long next, long both, long toHub, long hubToWindow, long windowToBench, long hubToHall,
                    long hallToBench) {
    }

    private static long micros(Instant t) {
        return t.getEpochSecond() * 1_000_000 + t.getNano() / 1_000;
    }

    private List<Call> measured() {
        return calls.values().stream().filter(c -> c.next != 0 && span.contains(c.next)).toList();
    }

    private Call call(long seq) {
        return calls.computeIfAbsent(seq, s -> new Call());
    }

    private synchronized void changed() {
        notifyAll();
    }

    /**
     * The figures of the measured calls (NEXT published inside the measured span).
     *
     * @param wrongScreen acks of a call by the screen of another window (should be 0)
     */
    record Result(long calls, Latencies.Summary announced, Latencies.Summary windowShown, Latencies.Summary hallShown,
                  Latencies.Summary bothShown, Latencies.Summary spoken, long noWindowAck, long noHallAck,
                  long notSpoken, long wrongScreen, Breakdown breakdown) {
    }

    /**
     * Where a call's time goes, from the system-clock stamps in the payloads (microseconds; negative spans, from
     * clock steps, count as 0): the NEXT published → the hub's engine made the call ({@code calledAt}: the pad's hop
     * to the hub through the broker, the hub's inbound queue and desk); the call made → a screen's ack stamped
     * ({@code at}: the batch stored, the hub's publishing, the hop to the screen, the screen's handling); the ack
     * stamped → heard by the bench (the screen's outbox and the hop back through the broker).
     */
    record Breakdown(Latencies.Summary toHub, Latencies.Summary hubToWindowScreen, Latencies.Summary windowAckToBench,
                     Latencies.Summary hubToHallScreen, Latencies.Summary hallAckToBench) {
    }

    private static final class Call {
        volatile int window;
        volatile long next;
        volatile long nextWall;
        volatile long calledAt;
        volatile long windowAckedAt;
        volatile long hallAckedAt;
        volatile long heard;
        volatile long windowShown;
        volatile String windowScreen;
        volatile long hallShown;
        volatile long spoken;

        boolean complete() {
            return windowShown != 0 && hallShown != 0 && spoken != 0;
        }
    }
}
