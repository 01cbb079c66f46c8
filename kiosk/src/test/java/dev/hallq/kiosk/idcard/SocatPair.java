package dev.hallq.kiosk.idcard;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two linked pseudo-terminals made by {@code socat}: the driver opens {@link #driverEnd()}, a simulated device
 * {@link #deviceEnd()}. Closing kills socat, which removes both links: to the driver, the reader was unplugged.
 */
final class SocatPair implements AutoCloseable {
    private final Process socat;
    private final Path driverEnd;
    private final Path deviceEnd;

    private SocatPair(Process socat, Path driverEnd, Path deviceEnd) {
        this.socat = socat;
        this.driverEnd = driverEnd;
        this.deviceEnd = deviceEnd;
    }

    /** Starts socat with links {@code dir/driver} and {@code dir/device}; skips the test if socat is missing. */
    static SocatPair start(Path dir) throws IOException {
        assumeTrue(installed(), "socat is not installed (apt-get install socat): the serial tests need a pty pair");
        Path driver = dir.resolve("driver");
        Path device = dir.resolve("device");
        await("old socat links gone").atMost(Duration.ofSeconds(5))
                .until(() -> !Files.exists(driver, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && !Files.exists(device, java.nio.file.LinkOption.NOFOLLOW_LINKS));
        Process socat = new ProcessBuilder("socat", "-d", "-d",
                "pty,raw,echo=0,link=" + driver, "pty,raw,echo=0,link=" + device)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("socat.log").toFile())
                .start();
        SocatPair pair = new SocatPair(socat, driver, device);
        try {
            await("socat links").atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                    .until(() -> Files.exists(driver) && Files.exists(device) || !socat.isAlive());
        } catch (RuntimeException e) {
            pair.close();
            throw e;
        }
        if (!socat.isAlive()) {
            throw new IOException("socat exited with " + socat.exitValue() + "; see " + dir.resolve("socat.log"));
        }
        return pair;
    }

    static boolean installed() {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(File.pathSeparator)) {
            if (new File(dir, "socat").canExecute()) {
                return true;
            }
        }
        return false;
    }

    Path driverEnd() {
        return driverEnd;
    }

    Path deviceEnd() {
        return deviceEnd;
    }

    /** Kills socat and waits until it has gone with its links. */
    @Override
    public void close() {
        socat.destroy();
        try {
            if (!socat.waitFor(3, TimeUnit.SECONDS)) {
                socat.destroyForcibly().waitFor(3, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
