package dev.hallq.demo.bench;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The calls at or above the p99, one line each, to see what holds up the tail: when in the run each came (and how
 * long after the hub's last heartbeat beat, which a tenth of the screens hear at once), how much of it a garbage
 * collection of the bench's JVM overlapped, and its segments.
 */
final class SlowCalls {
    private SlowCalls() {
    }

    /**
     * @param spanStart    the measured span's start on the bench's clock
     * @param hubStarted   when the hub's start returned (its heartbeat beats every {@code beat} from about then)
     */
    static void print(PrintWriter out, List<CallTimings.SlowCall> slow, PauseLog pauses, long spanStart,
                      long hubStarted, Duration beat) {
        out.println(String.format(Locale.ROOT, "the %d calls at or above the p99 (ms; 'beat+' = ms after the hub's"
                + " last heartbeat beat, 'gc' = ms of this JVM's collections during the call):", slow.size()));
        out.println(String.format(Locale.ROOT, "  %8s %6s %5s %8s %8s %8s %8s %8s %8s", "at s", "beat+", "gc", "call",
                "->hub", "->window", "w->bench", "->hall", "h->bench"));
        for (CallTimings.SlowCall c : slow) {
            long sinceBeat = Math.floorMod(c.next() - hubStarted, beat.toNanos()) / 1_000_000L;
            out.println(String.format(Locale.ROOT, "  %8.2f %6d %5d %8.2f %8.2f %8.2f %8.2f %8.2f %8.2f",
                    (c.next() - spanStart) / 1e9, sinceBeat, pauses.overlapMillis(c.next(), c.next() + c.both()),
                    ms(c.both()), ms(c.toHub()), ms(c.hubToWindow()), ms(c.windowToBench()), ms(c.hubToHall()),
                    ms(c.hallToBench())));
        }
        out.flush();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
