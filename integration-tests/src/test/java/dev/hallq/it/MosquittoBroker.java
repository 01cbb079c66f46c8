package dev.hallq.it;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/** A real Mosquitto (Debian's package) started by a test on a free port, configured as we ship it. */
final class MosquittoBroker implements AutoCloseable {
    private static final Path BINARY = Path.of("/usr/sbin/mosquitto");

    private final Process process;
    private final int port;
    private final Path log;

    private MosquittoBroker(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static MosquittoBroker start(Path dir) throws IOException {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException("Mosquitto is not installed (" + BINARY + "): apt-get install mosquitto;"
                    + " .ci/run installs it");
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path conf = dir.resolve("mosquitto.conf");
        // a slow subscriber must never lose QoS 1 messages: Mosquitto's default queue of 1000 drops them
        Files.writeString(conf, String.join("\n",
                "listener " + port + " 127.0.0.1",
                "allow_anonymous true",
                "persistence false",
                "max_queued_messages 100000",
                "max_inflight_messages 0",
                // Mosquitto batches small packets by default: ~40 ms per hop that answers a message (bench calls)
                "set_tcp_nodelay true",
                "") );
        Path log = dir.resolve("mosquitto.log");
        Process p = new ProcessBuilder(BINARY.toString(), "-c", conf.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        MosquittoBroker broker = new MosquittoBroker(p, port, log);
        await().atMost(Duration.ofSeconds(10)).until(() -> broker.accepts() || !p.isAlive());
        if (!p.isAlive()) {
            throw new IllegalStateException("mosquitto exited: " + Files.readString(log));
        }
        return broker;
    }

    String uri() {
        return "tcp://127.0.0.1:" + port;
    }

    private boolean accepts() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    @Override
    public String toString() {
        return "mosquitto on " + port + " (log " + log + ")";
    }
}
