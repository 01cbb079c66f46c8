package dev.hallq.demo.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The call bench at a tiny size: it must measure calls and print every figure. No figure is judged here. */
class CallBenchTest {
    @TempDir
    Path dir;

    @Test
    void aTinyRunMeasuresCallsAndPrintsEveryFigure() throws Exception {
        CallBenchSettings tiny = new CallBenchSettings(5, Duration.ofSeconds(3), Duration.ofSeconds(1), 5,
                Duration.ofMillis(300), null, true, dir);
        StringWriter printed = new StringWriter();

        CallBenchReport report = CallBench.measure(tiny, new PrintWriter(printed, true));

        assertThat(report.failures()).isEmpty();
        assertThat(report.measuredCalls()).isPositive();
        assertThat(report.calls().windowShown().count()).isPositive();
        assertThat(report.calls().hallShown().count()).isPositive();
        assertThat(report.rawRoundTrips()).isPositive();
        assertThat(report.relay().count()).isPositive();
        assertThat(report.relayNoDelay().count()).isPositive();
        assertThat(report.hub().count()).isPositive();
        assertThat(report.storing().count()).isPositive();
        assertThat(report.calls().wrongScreen()).isZero();
        assertThat(printed.toString()).contains("machine: ", " cores", "JVM ", "settings: 5 windows",
                "hub's calls announcement", "window screen SHOWN", "hall screen SHOWN", "the call: both screens SHOWN",
                "announcer SPOKEN", "NEXT -> hub made the call", "call made -> window screen ack", "raw broker",
                "relay, Paho's own socket", "relay, TCP_NODELAY", "the call, hub's timer", "storing a batch", "p50", "p90", "p99", "max", "count",
                "target: call p99 <= 3 x raw broker p99", "ratio", "calls (", "kiosks issued",
                "this process used").doesNotContain("RUN FAILED");
    }

    @Test
    void aTinyRunWithTheScreensInJvmsOfTheirOwnHearsEveryScreensAcks() throws Exception {
        CallBenchSettings tiny = new CallBenchSettings(3, Duration.ofSeconds(2), Duration.ofSeconds(1), 5,
                Duration.ofMillis(300), null, false, dir).withScreensApart(true);
        StringWriter printed = new StringWriter();

        CallBenchReport report = CallBench.measure(tiny, new PrintWriter(printed, true));

        assertThat(report.failures()).isEmpty();
        assertThat(report.calls().windowShown().count()).isPositive();
        assertThat(report.calls().hallShown().count()).isPositive();
        assertThat(report.calls().wrongScreen()).isZero();
        assertThat(printed.toString()).contains("screens in JVMs of their own", "4 screens (in JVMs of their own)");
    }

    @Test
    void theHubsPrometheusLinesAreRead() {
        String text = """
                # HELP hall_call_latency_seconds From a staff key reaching the hub to the first screen showing the call
                # TYPE hall_call_latency_seconds summary
                hall_call_latency_seconds{quantile="0.5"} 0.002
                hall_call_latency_seconds{quantile="0.9"} 0.003
                hall_call_latency_seconds{quantile="0.99"} 0.0045
                hall_call_latency_seconds_count 120
                hall_call_latency_seconds_sum 0.3
                # TYPE hall_call_latency_seconds_max gauge
                hall_call_latency_seconds_max 0.012
                hall_store_commit_seconds{quantile="0.99"} 0.004
                hall_store_commit_seconds_count 300
                hall_store_commit_seconds_max 0.15
                """;

        HubTimer hub = HubTimer.parse(text);
        HubTimer storing = HubTimer.parse(text, HubTimer.STORING);

        assertThat(hub.count()).isEqualTo(120);
        assertThat(hub.p50()).isEqualTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(hub.p99()).isEqualTo(4.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(hub.max()).isEqualTo(12.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(storing.count()).isEqualTo(300);
        assertThat(storing.p99()).isEqualTo(4.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(storing.max()).isEqualTo(150.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void theBacklogCoversWhatTheStaffWillCallBeyondTheKiosksTickets() {
        CallBenchSettings full = CallBenchSettings.issueFive(dir);

        assertThat(full.expectedCalls()).isEqualTo(200 * (80 / 20 + 1));
        assertThat(full.backlog()).isEqualTo(1200 - 400);
        assertThat(full.callRate()).isEqualTo(10.0);
    }
}
