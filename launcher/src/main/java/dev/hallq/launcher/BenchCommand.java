package dev.hallq.launcher;

import dev.hallq.hub.bench.DiskSync;
import dev.hallq.hub.bench.QueueBench;
import dev.hallq.hub.store.HallStore;
import dev.hallq.hub.store.JdbcHallStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the hub. 'queue': full ticket lifecycles per second (issue, call, finish, rating,",
                "each stored before the next), with the disk's raw fsync rate measured in the same run."})
final class BenchCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "What to measure: queue")
    String what;

    @Option(names = "--lifecycles", defaultValue = "20000", description = "Lifecycles to run (default: ${DEFAULT-VALUE}).")
    long lifecycles;

    @Option(names = "--windows", defaultValue = "200", description = "Windows calling at once (default: ${DEFAULT-VALUE}).")
    int windows;

    @Option(names = "--services", defaultValue = "20", description = "Services (default: ${DEFAULT-VALUE}).")
    int services;

    @Option(names = "--postgres", paramLabel = "jdbc:postgresql://…", description = "Also measure on this PostgreSQL database.")
    String postgres;

    @Option(names = "--dir", description = "Where the SQLite file and the fsync probe go (default: a temp dir under ./hall-data).")
    Path dir;

    @Override
    public Integer call() throws Exception {
        if (!"queue".equals(what)) {
            throw new IllegalArgumentException("bench knows 'queue', not '" + what + "'");
        }
        if (lifecycles < 1 || windows < 1 || services < 1 || services > 600) {
            throw new IllegalArgumentException("--lifecycles, --windows must be positive and --services 1-600");
        }
        Path where = dir != null ? Files.createDirectories(dir)
                : Files.createTempDirectory(Files.createDirectories(Path.of("hall-data")), "bench-");
        double fsyncs = DiskSync.appendsPerSecond(where, Duration.ofSeconds(3));
        out("disk %s: %.0f fsyncs/s (128-byte append + fsync, 3 s)", where.toAbsolutePath(), fsyncs);
        measure("sqlite", JdbcHallStore.sqlite(where.resolve("bench-" + System.nanoTime() + ".db")), fsyncs);
        if (postgres != null) {
            measure("postgresql", JdbcHallStore.postgres(postgres), fsyncs);
        }
        return 0;
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
