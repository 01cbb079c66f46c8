package dev.hallq.launcher;

import dev.hallq.demo.bench.CallBench;
import dev.hallq.demo.bench.CallBenchSettings;
import dev.hallq.hub.bench.DiskSync;
import dev.hallq.hub.bench.QueueBench;
import dev.hallq.hub.store.HallStore;
import dev.hallq.hub.store.JdbcHallStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the hub.",
                "'queue': full ticket lifecycles per second (issue, call, finish, rating, each",
                "stored before the next), with the disk's raw fsync rate measured in one run.",
                "'calls': call latency from a staff NEXT to the window and hall screens' acks,",
                "with every window's screen connected and kiosks issuing tickets, against the",
                "raw broker round trip of the same run (200 screens: HALL_JAVA_OPTS=-Xmx17g)."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "What to measure: queue or calls")
    String what;

    @Option(names = "--seconds", defaultValue = "60", description = "calls: seconds measured (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--warmup", defaultValue = "20",
            description = "calls: seconds of load before measuring (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--kiosk-rate", defaultValue = "5",
            description = "calls: tickets per second the kiosks issue (default: ${DEFAULT-VALUE}).")
    double kioskRate;

    @Option(names = "--think", defaultValue = "10",
            description = "calls: mean seconds a staff member waits between NEXT and FINISH and between FINISH and NEXT"
                    + " (default: ${DEFAULT-VALUE}).")
    double think;

    @Option(names = "--broker", defaultValue = "embedded", paramLabel = "embedded|tcp://HOST:PORT",
            description = "calls: the hub's embedded broker, or an external one such as Mosquitto (default: ${DEFAULT-VALUE}).")
    String broker;

    @Option(names = "--store", defaultValue = "sqlite", paramLabel = "sqlite|memory",
            description = "calls: the hub stores in a SQLite file as a hall does, or in memory (default: ${DEFAULT-VALUE}).")
    String store;

    @Option(names = "--lifecycles", defaultValue = "20000", description = "Lifecycles to run (default: ${DEFAULT-VALUE}).")
    long lifecycles;

    @Option(names = "--windows", defaultValue = "200", description = "Windows calling at once; for calls, each with its screen (default: ${DEFAULT-VALUE}).")
    int windows;

    @Option(names = "--services", defaultValue = "20", description = "Services (default: ${DEFAULT-VALUE}).")
    int services;

    @Option(names = "--postgres", paramLabel = "jdbc:postgresql://…", description = "Also measure on this PostgreSQL database.")
    String postgres;

    @Option(names = "--screens-apart", description = "calls: run the screens in JVMs of their own (50 window screens each, the "
            + "hall screen alone), as each is its own machine in a hall (default: in the bench's JVM).")
    boolean screensApart;

    @Option(names = "--dir", description = "Where the SQLite file, the fsync probe and the bench's hall file go (default: a temp dir under ./hall-data).")
    Path dir;

    @Override
    public Integer call() throws Exception {
        if ("calls".equals(what)) {
            return calls();
        }
        if (!"queue".equals(what)) {
            throw new IllegalArgumentException("bench knows 'queue' and 'calls', not '" + what + "'");
        }
        if (lifecycles < 1 || windows < 1 || services < 1 || services > 600) {
            throw new IllegalArgumentException("--lifecycles, --windows must be positive and --services 1-600");
        }
        Path where = workDir();
        boolean done = false;
        try {
            double fsyncs = DiskSync.appendsPerSecond(where, Duration.ofSeconds(3));
            out("disk %s: %.0f fsyncs/s (128-byte append + fsync, 3 s)", where.toAbsolutePath(), fsyncs);
            measure("sqlite", JdbcHallStore.sqlite(where.resolve("bench-" + System.nanoTime() + ".db")), fsyncs);
            if (postgres != null) {
                measure("postgresql", JdbcHallStore.postgres(postgres), fsyncs);
            }
            done = true;
            return 0;
        } finally {
            tidy(where, done);
        }
    }

    private Integer calls() throws Exception {
        if (!"sqlite".equals(store) && !"memory".equals(store)) {
            throw new IllegalArgumentException("--store must be sqlite or memory, was '" + store + "'");
        }
        Path where = workDir();
        boolean done = false;
        try {
            CallBenchSettings settings = new CallBenchSettings(windows, Duration.ofSeconds(seconds),
                    Duration.ofSeconds(warmup), kioskRate, Duration.ofMillis(Math.round(think * 1000)),
                    "embedded".equals(broker) ? null : broker, "sqlite".equals(store), where)
                    .withScreensApart(screensApart);
            done = CallBench.run(settings, spec.commandLine().getOut()).isEmpty();
            return done ? 0 : 1;
        } finally {
            tidy(where, done);
        }
    }

    private Path workDir() throws java.io.IOException {
        return dir != null ? Files.createDirectories(dir)
                : Files.createTempDirectory(Files.createDirectories(Path.of("hall-data")), "bench-");
    }

    /**
     * A folder the bench made for itself goes once the run succeeded (its database, hall file and logs are of no use
     * after it); after a failed run it stays, and the bench says where (the screens' log is in it). A {@code --dir}
     * is the caller's and is left alone.
     */
    private void tidy(Path where, boolean done) {
        if (dir != null) {
            return;
        }
        if (!done) {
            System.err.println("bench: its files are kept in " + where.toAbsolutePath());
            return;
        }
        try (java.util.stream.Stream<Path> all = Files.walk(where)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (java.io.IOException e) {
            System.err.println("bench: could not remove " + where.toAbsolutePath() + ": " + e.getMessage());
        }
    }

    private void measure(String name, HallStore opened, double fsyncs) throws InterruptedException {
        try (HallStore store = opened) {
            new QueueBench(store, windows, services).run(Math.min(2_000, lifecycles));
            QueueBench.Result r = new QueueBench(store, windows, services).run(lifecycles);
            out("%s: %d lifecycles in %.2f s = %.0f lifecycles/s (%d windows; desk: %s); %.1f lifecycles per fsync",
                    name, r.lifecycles(), r.elapsed().toNanos() / 1e9, r.perSecond(), windows, r.desk(),
                    r.perSecond() / fsyncs);
        }
    }

    private static void out(String format, Object... args) {
        System.out.println(String.format(format, args));
    }
}
