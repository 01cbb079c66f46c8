package dev.hallq.launcher;

import dev.hallq.demo.VirtualHall;
import ch.qos.logback.classic.Level;
import dev.hallq.demo.VirtualHallSettings;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run a virtual hall: hub with embedded broker and SQLite, 2 kiosks with printers, 6 windows",
                "with screens and pads, the hall screen, simulated citizens and staff. Open http://localhost:7070/."})
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--http-port", defaultValue = "7070", description = "Hub page port (default: ${DEFAULT-VALUE}).")
    int httpPort;

    @Option(names = "--broker-port", defaultValue = "1883", description = "Embedded broker port (default: ${DEFAULT-VALUE}).")
    int brokerPort;

    @Option(names = "--db", defaultValue = "hall-data/demo.db", description = "SQLite file (default: ${DEFAULT-VALUE}).")
    Path database;

    @Option(names = "--config", paramLabel = "FILE", description = "A hall file (YAML) to run instead of the built-in "
            + "demo hall, e.g. examples/county-hall.yaml; every window gets a screen and a pad.")
    java.nio.file.Path config;

    @Option(names = "--no-simulation", description = "No simulated citizens or staff: only you, clicking.")
    boolean noSimulation;

    @Option(names = "--arrival-seconds", defaultValue = "3", description = "Mean seconds between citizens (default: ${DEFAULT-VALUE}).")
    double arrivalSeconds;

    @Option(names = "--quiet", description = "Do not speak calls through espeak-ng.")
    boolean quiet;

    @Option(names = "--history-days", defaultValue = "35", description = "Into a new database, first live this many "
            + "past days of the hall (through the real queue engine, in seconds) so reports, charts and bad-rating cases "
            + "have something to show; 0 for none (default: ${DEFAULT-VALUE}).")
    int historyDays;

    @Option(names = "--verbose", description = "Log every device's key presses and screens, not only the hub's work.")
    boolean verbose;

    @Override
    public Integer call() {
        if (arrivalSeconds <= 0) {
            throw new IllegalArgumentException("--arrival-seconds must be positive, was " + arrivalSeconds);
        }
        if (!verbose) {
            // seventeen agents in one console: keep the hub's story, only problems from the devices
            for (String device : new String[]{"dev.hallq.kiosk", "dev.hallq.printer", "dev.hallq.display",
                    "dev.hallq.evaluator", "dev.hallq.agent"}) {
                ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(device)).setLevel(Level.WARN);
            }
        }
        VirtualHallSettings demo = VirtualHallSettings.demo(database);
        VirtualHallSettings settings = new VirtualHallSettings(demo.host(), httpPort, brokerPort, database,
                !noSimulation, Duration.ofMillis((long) (arrivalSeconds * 1000)), demo.serviceTimeMin(),
                demo.serviceTimeMax(), demo.seed(), !quiet).withHallConfig(config);
        if (historyDays > 0) {
            livePastDays(config == null ? dev.hallq.hub.config.HallConfigFile.demo()
                    : dev.hallq.hub.config.HallConfigFile.load(config));
        }
        VirtualHall hall = VirtualHall.start(settings, Clock.systemDefaultZone());
        return RunUntilStopped.run("the virtual hall at " + hall.hub().url(), hall);
    }

    /** Only into a database that has never been used: a hall's real history is never mixed with invented days. */
    private void livePastDays(dev.hallq.hub.config.HallConfig hall) {
        try (dev.hallq.hub.store.HallStore store = dev.hallq.hub.store.JdbcHallStore.sqlite(database)) {
            if (store.events(0, 1).isEmpty()) {
                dev.hallq.demo.HallHistory.fill(hall, store, java.time.LocalDate.now(hall.zone()), historyDays, 20261124L);
            }
        }
    }
}
