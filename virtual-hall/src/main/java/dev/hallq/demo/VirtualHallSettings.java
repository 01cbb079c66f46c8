package dev.hallq.demo;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the virtual hall runs.
 *
 * @param database       SQLite file of the demo hub, or null to keep it in memory
 * @param simulate       whether simulated citizens arrive and simulated staff serve windows 1-5
 * @param meanArrival    mean time between two citizens taking a ticket
 * @param serviceTime    shortest and longest time a simulated staff member serves one ticket
 * @param seed           seed of the simulation's randomness, so a demo run can be repeated
 * @param hallConfig     the hall file (YAML) to run, or null for the built-in demo hall; every window gets a screen
 *                       and a pad
 */
public record VirtualHallSettings(String host, int hubHttpPort, int brokerPort, Path database, boolean simulate,
                                  Duration meanArrival, Duration serviceTimeMin, Duration serviceTimeMax, long seed,
                                  boolean speak, Path hallConfig) {

    public VirtualHallSettings(String host, int hubHttpPort, int brokerPort, Path database, boolean simulate,
                               Duration meanArrival, Duration serviceTimeMin, Duration serviceTimeMax, long seed,
                               boolean speak) {
        this(host, hubHttpPort, brokerPort, database, simulate, meanArrival, serviceTimeMin, serviceTimeMax, seed, speak,
                null);
    }

    public VirtualHallSettings withHallConfig(Path file) {
        return new VirtualHallSettings(host, hubHttpPort, brokerPort, database, simulate, meanArrival, serviceTimeMin,
                serviceTimeMax, seed, speak, file);
    }

    public VirtualHallSettings {
        if (hubHttpPort < 0 || hubHttpPort > 65535 || brokerPort < 0 || brokerPort > 65535) {
            throw new IllegalArgumentException("ports must be 0-65535");
        }
        if (meanArrival.isNegative() || meanArrival.isZero()) {
            throw new IllegalArgumentException("--arrival must be positive");
        }
        if (serviceTimeMin.compareTo(serviceTimeMax) > 0) {
            throw new IllegalArgumentException("service time minimum is above its maximum");
        }
    }

    /** The demo a person watches: hub page on 7070, broker on 1883, a citizen every ~3 s. */
    public static VirtualHallSettings demo(Path database) {
        return new VirtualHallSettings("0.0.0.0", 7070, 1883, database, true, Duration.ofSeconds(3),
                Duration.ofSeconds(6), Duration.ofSeconds(15), System.nanoTime(), true);
    }

    /** A quick hall for tests: free ports, fast citizens and staff, no voice output. */
    public static VirtualHallSettings fast(Path database) {
        return new VirtualHallSettings("127.0.0.1", 0, 0, database, true, Duration.ofMillis(300),
                Duration.ofMillis(400), Duration.ofMillis(900), 42, false);
    }

    public VirtualHallSettings withoutSimulation() {
        return new VirtualHallSettings(host, hubHttpPort, brokerPort, database, false, meanArrival, serviceTimeMin,
                serviceTimeMax, seed, speak);
    }
}
