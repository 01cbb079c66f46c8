package dev.hallq.demo.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the machine is and how busy it was while the bench measured: this process's CPU, the whole machine's (from
 * {@code /proc/stat}, so other work on it shows) and the JVM's garbage collections.
 */
final class MachineLoad {
    private final long wallStart = System.nanoTime();
    private final long processCpuStart = processCpuNanos();
    private final long[] machineStart = machineTicks().orElse(null);
    private final long gcCountStart = gcCount();
    private final long gcMillisStart = gcMillis();

    /** From the moment this was made until now. */
    Figures sinceStart() {
        double wall = (System.nanoTime() - wallStart) / 1e9;
        int cores = Runtime.getRuntime().availableProcessors();
        double process = (processCpuNanos() - processCpuStart) / 1e9 / wall / cores;
        double machine = Double.NaN;
        long[] end = machineTicks().orElse(null);
        if (machineStart != null && end != null && end[1] > machineStart[1]) {
            machine = (double) (end[0] - machineStart[0]) / (end[1] - machineStart[1]);
        }
        return new Figures(process, machine, gcCount() - gcCountStart, gcMillis() - gcMillisStart);
    }

    /** Shares of all cores (0-1) and the collections of the span. */
    record Figures(double processCpu, double machineCpu, long gcCount, long gcMillis) {
    }

    static String describeMachine() {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return String.format("%d cores%s, %.1f GiB RAM, %s %s; JVM %s %s (%s), max heap %.1f GiB; load average %.2f",
                Runtime.getRuntime().availableProcessors(), cpuModel().map(m -> " (" + m + ")").orElse(""),
                os.getTotalMemorySize() / (1024.0 * 1024 * 1024), System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), System.getProperty("java.vm.vendor"),
                Runtime.getRuntime().maxMemory() / (1024.0 * 1024 * 1024), os.getSystemLoadAverage());
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static Optional<String> cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** {busy, total} jiffies of all cores, from the first line of /proc/stat; empty where there is none. */
    private static Optional<long[]> machineTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]); // idle + iowait
            return Optional.of(new long[]{total - idle, total});
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long gcCount() {
        return collectors().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).filter(c -> c > 0).sum();
    }

    private static long gcMillis() {
        return collectors().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(c -> c > 0).sum();
    }

    private static List<GarbageCollectorMXBean> collectors() {
        return ManagementFactory.getGarbageCollectorMXBeans();
    }
}
