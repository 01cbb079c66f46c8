package dev.hallq.demo.bench;

import dev.hallq.agent.AgentSettings;
import dev.hallq.display.DisplayAgent;
import dev.hallq.display.DisplaySettings;
import dev.hallq.display.voice.RecordingSpeech;
import dev.hallq.hub.Hub;
import dev.hallq.hub.HubSettings;
import dev.hallq.protocol.BadPayload;
import dev.hallq.protocol.CallAck;
import dev.hallq.protocol.CallAnnouncement;
import dev.hallq.protocol.HallTopics;
import dev.hallq.protocol.Json;
import dev.hallq.protocol.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * {@code ./hall bench calls}: call latency in a hall of real agents. A hub (with its embedded broker, or beside an
 * external one) runs a generated hall; every window has its own window screen ({@link DisplayAgent}, its own MQTT
 * client) and the hall screen speaks through a recording speech output, so audio is not what is measured. Kiosk
 * agents issue tickets at a steady rate, the staff press NEXT and FINISH on their pads' topics, and the bench hears,
 * on one clock, each call's announcement and its screens' acks. A raw publish → receive round trip on the same
 * broker runs beside the load as the yardstick.
 */
public final class CallBench {
    private static final Logger LOG = LoggerFactory.getLogger(CallBench.class);
    static final String HALL_SCREEN = "HS";
    private static final Duration ACK_PATIENCE = Duration.ofSeconds(10);
    /**
     * Heap one agent needs when the agents run from the shaded hall.jar: a display agent holds ~11 MB live (it was
     * ~65 MB while Jetty mounted the jar per static folder); with room for garbage.
     */
    private static final long PAGE_SERVER_MB = 24;

    private final CallBenchSettings settings;
    private final PrintWriter out;
    private final List<AutoCloseable> open = new ArrayList<>();

    private CallBench(CallBenchSettings settings, PrintWriter out) {
        this.settings = settings;
        this.out = out;
    }

    /** Runs the bench and prints its figures; returns why the run failed, empty when it measured what it should. */
    public static List<String> run(CallBenchSettings settings, PrintWriter out) throws Exception {
        return measure(settings, out).failures();
    }

    static CallBenchReport measure(CallBenchSettings settings, PrintWriter out) throws Exception {
        CallBench bench = new CallBench(settings, out);
        try {
            return bench.go();
        } finally {
            bench.closeAll();
        }
    }

    private CallBenchReport go() throws Exception {
        checkHeap(settings.screensApart() ? 0 : settings.windows());
        say("machine: %s", MachineLoad.describeMachine());
        say("settings: %s", settings.describe());
        long t0 = System.nanoTime();
        BenchHallFile hallFile = new BenchHallFile(settings.windows());
        String db = settings.durable() ? settings.dir().resolve("bench-" + System.nanoTime() + ".db").toString() : null;
        Hub hub = keep(Hub.start(new HubSettings(hallFile.writeTo(settings.dir()), settings.broker(), "127.0.0.1", 0,
                "127.0.0.1", 0, db, null), Clock.systemUTC()));
        long hubStarted = System.nanoTime();
        PauseLog pauses = keep(new PauseLog());
        String broker = hub.brokerUri();
        HallTopics topics = new HallTopics(BenchHallFile.HALL_ID);

        MeasuredSpan span = new MeasuredSpan();
        CallTimings timings = new CallTimings(settings.windows(), HALL_SCREEN, span);
        BenchClient observer = keep(BenchClient.connect(broker, "bench-observer"));
        observer.subscribe(topics.calls(), (t, p, at) -> timings.heardCall(read(p, CallAnnouncement.class), at));
        observer.subscribe(Topic.CALL_ACK.pattern().replace("{hall}", topics.hallId()).replace("{device}", "+"),
                (t, p, at) -> timings.heardAck(topics.parseDeviceTopic(t).orElseThrow().deviceId(),
                        read(p, CallAck.class), at));

        BooleanSupplier screensOnline;
        if (settings.screensApart()) {
            List<SecondJvm> jvms = SecondJvm.screens(broker, settings.windows(), settings.dir());
            jvms.forEach(this::keep);
            screensOnline = () -> jvms.stream().allMatch(SecondJvm::ready);
        } else {
            List<DisplayAgent> screens = new ArrayList<>(ScreenFleet.start(broker, settings.windows()));
            screens.forEach(this::keep);
            screensOnline = () -> screens.stream().allMatch(DisplayAgent::hubOnline);
        }
        KioskLoad kiosks = keep(new KioskLoad(broker, topics.hallId(), CallBenchSettings.KIOSKS, hallFile.serviceIds(),
                Clock.systemUTC(), 5));
        awaitTrue(() -> screensOnline.getAsBoolean() && kiosks.ready(),
                Duration.ofSeconds(60 + settings.windows() / 2), "every screen and kiosk online");
        long waiting = kiosks.backlog(settings.backlog());
        say("ready in %.1f s: hub %s, broker %s, %d screens (%s) and %d kiosks online, %d tickets waiting",
                (System.nanoTime() - t0) / 1e9, hub.url(), broker, settings.windows() + 1,
                settings.screensApart() ? "in JVMs of their own" : "in this JVM", CallBenchSettings.KIOSKS, waiting);

        RawRoundTrip raw = keep(new RawRoundTrip(broker, topics.hallId(), span));
        BenchStaff staff = keep(new BenchStaff(broker, topics, settings.windows(), settings.think(), timings, 7));
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "bench-load");
            t.setDaemon(true);
            return t;
        });
        keep(timer::shutdownNow);
        raw.start(timer, CallBenchSettings.RAW_PER_SECOND);
        kiosks.start(timer, settings.kioskRate());
        staff.start();
        say("load on; warm-up %d s, then measuring %d s (load average %.2f)", settings.warmUp().toSeconds(),
                settings.measured().toSeconds(), MachineLoad.loadAverage());
        Thread.sleep(settings.warmUp().toMillis());
        span.open();
        say("measuring from %s", java.time.LocalTime.now());
        MachineLoad load = new MachineLoad();
        Thread.sleep(settings.measured().toMillis());
        span.close();
        MachineLoad.Figures figures = load.sinceStart();
        staff.stop();
        kiosks.stop();
        raw.stop();
        boolean allAcked = timings.awaitAcks(ACK_PATIENCE);
        say("measured; load average %.2f", MachineLoad.loadAverage());

        List<String> broken = new ArrayList<>();
        if (observer.lostTheBroker() || raw.lostTheBroker() || staff.lostTheBroker()) {
            broken.add("a bench client lost the broker during the run");
        }
        HubTimer hubFigure = hubMetric(hub, HubTimer.CALLS, broken);
        HubTimer storing = hubMetric(hub, HubTimer.STORING, broken);
        CallTimings.Result calls = timings.result();
        Latencies.Summary rawFigures = raw.summary();
        CallBenchReport report = new CallBenchReport(settings, span.seconds(), calls, rawFigures, raw.relaySummary(),
                raw.relayNoDelaySummary(), raw.lost(), hubFigure, storing,
                staff.counts(), kiosks.issued(), kiosks.failed(), figures, allAcked,
                CallBenchReport.failuresOf(calls, rawFigures, broken));
        report.print(out);
        SlowCalls.print(out, timings.slowerThan((long) (calls.bothShown().p99() * 1e6)), pauses, span.from(),
                hubStarted, Hub.HEARTBEAT.dividedBy(HallTopics.BEAT_SLOTS));
        return report;
    }

    /**
     * 200 screens and their page servers in one JVM need about 5 GB of heap (more than a 2 GB default heap gives):
     * fail before starting anything, naming the option.
     */
    private static void checkHeap(int windows) {
        java.security.CodeSource code = CallBench.class.getProtectionDomain().getCodeSource();
        boolean fromJar = code != null && code.getLocation() != null && code.getLocation().getPath().endsWith(".jar");
        long needMb = fromJar ? (windows + CallBenchSettings.KIOSKS + 2) * PAGE_SERVER_MB + 1024 : 0;
        long haveMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        if (needMb > haveMb) {
            long gb = (needMb + 1023) / 1024 + 1;
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%d screens run from hall.jar need about %d MB"
                    + " of heap (about %d MB per agent) and this JVM has %d MB: run it as"
                    + " HALL_JAVA_OPTS=-Xmx%dg ./hall bench calls ...", windows + 1, needMb, PAGE_SERVER_MB, haveMb, gb));
        }
    }

    private static HubTimer hubMetric(Hub hub, String timer, List<String> broken) {
        try {
            return HubTimer.scrape(hub.url(), timer);
        } catch (Exception e) {
            broken.add("the hub's /metrics could not be read: " + e.getMessage());
            return HubTimer.UNREAD;
        }
    }


    private static <T> T read(byte[] payload, Class<T> type) {
        try {
            return Json.read(payload, type);
        } catch (BadPayload e) {
            throw new IllegalStateException("unreadable " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static void awaitTrue(BooleanSupplier condition, Duration patience, String what) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("bench: not " + what + " after " + patience.toSeconds() + " s");
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }

    private <T extends AutoCloseable> T keep(T part) {
        open.add(part);
        return part;
    }

    private void say(String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
        out.flush();
    }

    private void closeAll() {
        long t0 = System.nanoTime();
        Collections.reverse(open);
        for (AutoCloseable part : open) {
            try {
                part.close();
            } catch (Exception e) {
                LOG.warn("bench: closing {} failed: {}", part.getClass().getSimpleName(), e.getMessage());
            }
        }
        LOG.info("bench: closed everything in {} ms", (System.nanoTime() - t0) / 1_000_000);
    }
}
