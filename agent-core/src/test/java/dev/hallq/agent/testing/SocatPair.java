package dev.hallq.agent.testing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Two linked pseudo-terminals made by {@code socat}, like a serial cable between an agent and its device
 * (a printer, an ID-card reader's security module): the driver opens {@link #host()}, a simulated device opens {@link #device()}.
 * {@link #unplug()} ends socat (the links go away, open ports get EIO, as when a USB-serial adapter
 * is pulled out) and {@link #plugIn()} starts it again under the same names.
 */
public final class SocatPair implements AutoCloseable {
    private static final Duration START = Duration.ofSeconds(10);

    private final Path dir;
    private final Path host;
    private final Path device;
    private Process socat;

    private SocatPair(Path dir) {
        this.dir = dir;
        this.host = dir.resolve("ttyHOST");
        this.device = dir.resolve("ttyDEVICE");
    }

    /** Starts socat with its two links in {@code dir} and waits until both exist. */
    public static SocatPair start(Path dir) {
        SocatPair pair = new SocatPair(dir);
        pair.plugIn();
        return pair;
    }

    /** Where the driver under test opens the line. */
    public Path host() {
        return host;
    }

    /** Where the simulated printer opens the line. */
    public Path device() {
        return device;
    }

    public synchronized void plugIn() {
        if (socat != null && socat.isAlive()) {
            return;
        }
        Path log = dir.resolve("socat.log");
        try {
            socat = new ProcessBuilder(List.of("socat", "-d", "-d",
                    "pty,raw,echo=0,link=" + host, "pty,raw,echo=0,link=" + device))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("socat is needed for the serial tests and could not be started "
                    + "(apt-get install socat): " + e.getMessage(), e);
        }
        Process started = socat;
        await("socat's links " + host + " and " + device).atMost(START)
                .failFast("socat exited early, see " + log, () -> !started.isAlive())
                .until(() -> Files.exists(host) && Files.exists(device));
    }

    /** Ends socat, as if the cable were pulled, and waits until it is gone. */
    public synchronized void unplug() {
        if (socat == null) {
            return;
        }
        socat.destroy();
        try {
            if (!socat.waitFor(5, TimeUnit.SECONDS)) {
                socat.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        socat = null;
        // socat removes its links when it ends on SIGTERM; after SIGKILL they would dangle
        deleteLink(host);
        deleteLink(device);
    }

    @Override
    public void close() {
        unplug();
    }

    private static void deleteLink(Path link) {
        try {
            if (Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(link);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot remove " + link, e);
        }
    }
}
