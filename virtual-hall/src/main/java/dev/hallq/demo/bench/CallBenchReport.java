package dev.hallq.demo.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one call-latency run and how they are printed.
 *
 * @param relay        one device hop (receive, then publish) on Paho's own sockets, as the agents have them
 * @param relayNoDelay the same hop with TCP_NODELAY; empty on an ssl:// broker
 * @param storing the hub's desk storing a batch (commit and fsync), from its /metrics
 * @param staff   what the staff pressed in the whole run, warm-up included
 * @param load    CPU and garbage collection during the measured span
 * @param allAcked every measured call had all its acks within the wait after the load stopped
 */
record CallBenchReport(CallBenchSettings settings, double measuredSeconds, CallTimings.Result calls,
                       Latencies.Summary raw, Latencies.Summary relay, Latencies.Summary relayNoDelay, long rawLost,
                       HubTimer hub, HubTimer storing, BenchStaff.Counts staff, long ticketsIssued, long ticketsFailed,
                       MachineLoad.Figures load, boolean allAcked, List<String> failures) {
    /** The target: call p99 within this many raw broker p99s. */
    static final double TARGET_RATIO = 3.0;

    CallBenchReport {
        failures = List.copyOf(failures);
    }

    /** Calls measured: NEXT published in the measured span and announced by the hub. */
    long measuredCalls() {
        return calls.calls();
    }

    long rawRoundTrips() {
        return raw.count();
    }

    /** Call p99 (both screens SHOWN) over raw broker p99. */
    double ratio() {
        return calls.bothShown().p99() / raw.p99();
    }

    boolean targetMet() {
        return ratio() <= TARGET_RATIO;
    }

    /** Why the run itself failed (its figures cannot be trusted); empty for a good run, whatever the target. */
    public List<String> failures() {
        return failures;
    }

    static List<String> failuresOf(CallTimings.Result calls, Latencies.Summary raw, List<String> more) {
        List<String> all = new ArrayList<>(more);
        if (calls.calls() == 0) {
            all.add("no call was measured");
        }
        if (raw.count() == 0) {
            all.add("no raw round trip was measured");
        }
        return all;
    }

    void print(PrintWriter out) {
        out.println();
        out.println("call latency: NEXT published on the pad topic -> heard by the bench, one monotonic clock, ms"
                + " (HdrHistogram):");
        header(out);
        row(out, "hub's calls announcement", calls.announced());
        row(out, "window screen SHOWN", calls.windowShown());
        row(out, "hall screen SHOWN", calls.hallShown());
        row(out, "the call: both screens SHOWN", calls.bothShown());
        row(out, "announcer SPOKEN (no audio)", calls.spoken());
        out.println("where the call's time goes (system-clock stamps in the payloads: the hub's calledAt, each ack's at), ms:");
        header(out);
        CallTimings.Breakdown b = calls.breakdown();
        row(out, "NEXT -> hub made the call", b.toHub());
        row(out, "call made -> window screen ack", b.hubToWindowScreen());
        row(out, "window screen ack -> bench", b.windowAckToBench());
        row(out, "call made -> hall screen ack", b.hubToHallScreen());
        row(out, "hall screen ack -> bench", b.hallAckToBench());
        out.println("raw broker round trip: publish -> subscriber received, QoS 1, 64 bytes, "
                + CallBenchSettings.RAW_PER_SECOND + "/s beside the load, same broker, ms:");
        header(out);
        row(out, "raw broker", raw);
        out.println("one device hop: publish -> a relay client receives (QoS 1, PUBACK) and publishes on -> received, ms:");
        header(out);
        row(out, "relay, Paho's own socket", relay);
        row(out, "relay, TCP_NODELAY", relayNoDelay);
        out.println("hub's own timers on /metrics (hall_call_latency_seconds: key reached hub -> first SHOWN reached hub;"
                + " hall_store_commit_seconds: the desk storing a batch; whole run incl. warm-up, ~2 min decaying"
                + " window, 1-digit precision), ms:");
        header(out);
        out.println(String.format(Locale.ROOT, "  %-30s %7d %8.2f %8.2f %8.2f %8.2f", "the call, hub's timer", hub.count(), hub.p50(),
                hub.p90(), hub.p99(), hub.max()));
        out.println(String.format(Locale.ROOT, "  %-30s %7d %8.2f %8.2f %8.2f %8.2f", "storing a batch (commit, fsync)",
                storing.count(), storing.p50(), storing.p90(), storing.p99(), storing.max()));
        out.println(String.format(Locale.ROOT, "target: call p99 <= %.0f x raw broker p99: %.2f ms vs %.0f x %.2f ms = %.2f ms"
                        + " -> ratio %.1fx - %s", TARGET_RATIO, calls.bothShown().p99(), TARGET_RATIO, raw.p99(),
                TARGET_RATIO * raw.p99(), ratio(), targetMet() ? "MET" : "MISSED"));
        out.println(String.format(Locale.ROOT, "window screen only: p99 %.2f ms = %.1fx raw; hall screen only: p99 %.2f ms"
                        + " = %.1fx raw", calls.windowShown().p99(), calls.windowShown().p99() / raw.p99(),
                calls.hallShown().p99(), calls.hallShown().p99() / raw.p99()));
        out.println(String.format(Locale.ROOT, "measured %.1f s: %d calls (%.1f/s), %d raw round trips; acks missing:"
                        + " window screen %d, hall screen %d, spoken %d; acked by another window's screen %d;"
                        + " raw messages lost %d%s", measuredSeconds, calls.calls(), calls.calls() / measuredSeconds,
                raw.count(), calls.noWindowAck(), calls.noHallAck(), calls.notSpoken(), calls.wrongScreen(), rawLost,
                allAcked ? "" : " (waited 10 s after the load)"));
        out.println(String.format(Locale.ROOT, "whole run: staff pressed NEXT %d times (%d calls, %d QUEUE_EMPTY), FINISH"
                        + " %d times, %d refused, %d unanswered in 10 s; kiosks issued %d tickets, %d failed",
                staff.nexts(), staff.calls(), staff.queueEmpty(), staff.finishes(), staff.refused(), staff.unanswered(),
                ticketsIssued, ticketsFailed));
        out.println(String.format(Locale.ROOT, "measured span: this process used %.0f %% of all cores, the machine %s;"
                        + " %d garbage collections, %d ms", 100 * load.processCpu(),
                Double.isNaN(load.machineCpu()) ? "(unknown)" : String.format(Locale.ROOT, "%.0f %%", 100 * load.machineCpu()),
                load.gcCount(), load.gcMillis()));
        for (String f : failures) {
            out.println("RUN FAILED: " + f);
        }
        out.flush();
    }

    private static void header(PrintWriter out) {
        out.println(String.format(Locale.ROOT, "  %-30s %7s %8s %8s %8s %8s", "", "count", "p50", "p90", "p99", "max"));
    }

    private static void row(PrintWriter out, String what, Latencies.Summary s) {
        out.println(String.format(Locale.ROOT, "  %-30s %7d %8.2f %8.2f %8.2f %8.2f", what, s.count(), s.p50(), s.p90(),
                s.p99(), s.max()));
    }
}
