package dev.hallq.demo.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Some of the bench's screens running in another JVM ({@link ScreenFleet}) on this machine, started with this JVM's
 * class path and Java; its error output goes to {@code screens.log} in the bench's folder (its log, at the level of
 * {@code HALL_LOG_LEVEL}, is read and dropped). Closing it closes the fleet's input, which stops the screens, and kills
 * it if it does not end in 10 s.
 */
final class SecondJvm implements AutoCloseable {
    private final Process process;
    private volatile boolean ready;

    private SecondJvm(Process process) {
        this.process = process;
    }

    /**
     * A hall's screens are each their own machine; here they share JVMs of at most {@value #SCREENS_PER_JVM} window
     * screens, and the hall screen has one to itself. One JVM for all 201 would scan ~2,700 threads' stacks at every
     * young collection (pauses of 10-20 ms, where a screen's own machine pauses for well under one).
     */
    static java.util.List<SecondJvm> screens(String broker, int windows, Path dir) {
        java.util.List<SecondJvm> jvms = new java.util.ArrayList<>();
        try {
            for (int first = 1; first <= windows; first += SCREENS_PER_JVM) {
                jvms.add(start(broker, first, Math.min(windows, first + SCREENS_PER_JVM - 1), dir));
            }
            jvms.add(start(broker, 0, 0, dir));
            return jvms;
        } catch (RuntimeException e) {
            jvms.forEach(SecondJvm::closeQuietly);
            throw e;
        }
    }

    static final int SCREENS_PER_JVM = 50;

    private static SecondJvm start(String broker, int first, int last, Path dir) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ScreenFleet.class.getName(), broker, Integer.toString(first), Integer.toString(last))
                .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("screens.log").toFile()));
        try {
            SecondJvm jvm = new SecondJvm(pb.start());
            Thread reader = new Thread(jvm::readOut, "screens-jvm-out");
            reader.setDaemon(true);
            reader.start();
            return jvm;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the screens' JVM: " + e.getMessage(), e);
        }
    }

    private void readOut() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith(ScreenFleet.READY)) {
                    ready = true;
                }
            }
        } catch (IOException e) {
            // the fleet ended
        }
    }

    /** Every screen of the fleet hears the hub. */
    boolean ready() {
        if (!process.isAlive() && !ready) {
            throw new IllegalStateException("the screens' JVM ended with " + process.exitValue() + "; see screens.log");
        }
        return ready;
    }

    private void closeQuietly() {
        try {
            close();
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }

    @Override
    public void close() throws Exception {
        process.getOutputStream().close();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
