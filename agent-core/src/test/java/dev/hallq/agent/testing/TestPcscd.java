package dev.hallq.agent.testing;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.awaitility.core.ConditionTimeoutException;

import static org.awaitility.Awaitility.await;

/**
 * A real pcscd with the virtual reader driver (vsmartcard-vpcd) for tests that read cards through
 * {@code javax.smartcardio}. vpcd gives pcscd two readers, {@value #FIRST_READER} and
 * {@value #SECOND_READER}, into which a {@link VirtualCard} is inserted over TCP ports {@value #FIRST_PORT}
 * and {@value #SECOND_PORT}.
 *
 * <p>{@link #ensureRunning()} uses the pcscd already running, or starts {@code pcscd --foreground} as a
 * child of the test JVM and stops it when the JVM exits. The vpcd ports and pcscd's socket are fixed for
 * the whole machine, so a test JVM takes a lock file first: JVMs of other builds on the same machine wait
 * for their turn instead of seeing each other's cards. pcscd must run as root (it owns /run/pcscd).
 */
public final class TestPcscd {
    public static final String FIRST_READER = "Virtual PCD 00 00";
    public static final String SECOND_READER = "Virtual PCD 00 01";
    public static final int FIRST_PORT = 35963;
    public static final int SECOND_PORT = 35964;
    /** Where pcsc-lite's client library finds pcscd, unless PCSCLITE_CSOCK_NAME says otherwise. */
    public static final Path SOCKET = Path.of("/run/pcscd/pcscd.comm");

    private static final String PACKAGES = "apt-get install pcscd libpcsclite1 vsmartcard-vpcd";
    private static final Path VPCD_DRIVER = Path.of("/usr/lib/pcsc/drivers/serial/libifdvpcd.so");
    private static final Duration LOCK_WAIT = Duration.ofMinutes(10);
    private static final Duration START_WAIT = Duration.ofSeconds(15);
    private static TestPcscd running;

    private final boolean startedHere;
    private final Path log;

    private TestPcscd(boolean startedHere, Path log) {
        this.startedHere = startedHere;
        this.log = log;
    }

    /** A pcscd with vpcd's readers, for this JVM alone; fails naming the Debian packages when not installed. */
    public static synchronized TestPcscd ensureRunning() {
        if (running == null) {
            Path pcscd = installedPcscd();
            holdMachineLock();
            running = answers(SOCKET) ? new TestPcscd(false, null) : start(pcscd);
        }
        return running;
    }

    /** Whether this JVM started the pcscd (and stops it at exit). */
    public boolean startedHere() {
        return startedHere;
    }

    /** pcscd's own log when this JVM started it. */
    public Path log() {
        return log;
    }

    /** Whether a pcscd answers on {@code socket}. */
    public static boolean answers(Path socket) {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            return channel.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            return false;
        }
    }

    private static Path installedPcscd() {
        Path pcscd = Stream.of("/usr/sbin/pcscd", "/usr/local/sbin/pcscd", "/sbin/pcscd")
                .map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
        List<String> missing = new ArrayList<>();
        if (pcscd == null) {
            missing.add("pcscd (the PC/SC daemon)");
        }
        if (!Files.exists(VPCD_DRIVER)) {
            missing.add(VPCD_DRIVER + " (the virtual reader driver)");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("PC/SC card tests need a real pcscd with the virtual reader vpcd; missing "
                    + missing + ". On Debian: " + PACKAGES);
        }
        return pcscd;
    }

    private static void holdMachineLock() {
        Path lockFile = Path.of(System.getProperty("java.io.tmpdir"), "hallq-pcscd-tests.lock");
        try {
            // never closed: the lock is held until the JVM exits, which releases it
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            await().atMost(LOCK_WAIT).pollInterval(Duration.ofMillis(200)).until(() -> channel.tryLock() != null);
        } catch (IOException e) {
            throw new IllegalStateException("cannot take " + lockFile + ": " + e.getMessage(), e);
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("another test JVM has held pcscd's virtual readers for "
                    + LOCK_WAIT.toMinutes() + " minutes (" + lockFile + "); is it stuck?", e);
        }
    }

    private static TestPcscd start(Path pcscd) {
        Path log = Path.of(System.getProperty("user.dir"), "target", "pcscd.log");
        Process process;
        try {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(pcscd.toString(), "--foreground")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + pcscd + ": " + e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process), "stop-test-pcscd"));
        try {
            await().atMost(START_WAIT).pollInterval(Duration.ofMillis(50))
                    .until(() -> answers(SOCKET) || !process.isAlive());
        } catch (ConditionTimeoutException e) {
            // reported below
        }
        if (!process.isAlive() || !answers(SOCKET)) {
            stop(process);
            throw new IllegalStateException("pcscd did not start (it must run as root; " + PACKAGES
                    + "); its log " + log + ":\n" + tail(log));
        }
        return new TestPcscd(true, log);
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
