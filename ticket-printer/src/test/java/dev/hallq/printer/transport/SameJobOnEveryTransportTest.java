package dev.hallq.printer.transport;

import dev.hallq.agent.testing.SocatPair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hallq.printer.ticket.PaperWidth;
import dev.hallq.printer.ticket.PrintableTicket;
import dev.hallq.printer.ticket.TicketLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One ticket job, laid out once, arrives byte for byte the same at a printer on every transport. */
class SameJobOnEveryTransportTest {
    private static final byte[] JOB = new TicketLayout(PaperWidth.MM80).layout(new PrintableTicket("城东政务服务中心", "A012",
            "社保卡申领（补换）", 3, 15, LocalDateTime.of(2026, 11, 24, 10, 5, 9), null,
            "https://hall.example/t/20261124-A012"));

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sim", "file", "tcp", "serial"})
    void theSameTicketGoesOutByteForByteOnEveryTransport(String kind) throws Exception {
        try (Bench bench = bench(kind)) {
            bench.transport.send(JOB);

            await().untilAsserted(() -> assertThat(bench.received.get()).isEqualTo(JOB));
        }
    }

    private Bench bench(String kind) throws IOException {
        return switch (kind) {
            case "sim" -> {
                SimulatedPrinterTransport sim = new SimulatedPrinterTransport();
                yield new Bench(sim, () -> sim.lastJob().orElse(new byte[0]), () -> { });
            }
            case "file" -> {
                Path lp0 = Files.createFile(dir.resolve("lp0"));
                yield new Bench(new DeviceFileTransport(lp0), () -> read(lp0), () -> { });
            }
            case "tcp" -> {
                ServerSocket server = new ServerSocket();
                server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                CompletableFuture<byte[]> got = CompletableFuture.supplyAsync(() -> {
                    try (Socket s = server.accept(); InputStream in = s.getInputStream()) {
                        return in.readAllBytes();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                yield new Bench(new TcpTransport("127.0.0.1", server.getLocalPort()),
                        () -> got.getNow(new byte[0]), server::close);
            }
            case "serial" -> {
                SocatPair line = SocatPair.start(dir);
                SimulatedSerialPrinter printer = SimulatedSerialPrinter.on(line.device(), SerialTransport.DEFAULT_BAUD);
                yield new Bench(new SerialTransport(line.host()), printer::received, () -> {
                    printer.close();
                    line.close();
                });
            }
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Cleanup {
        void run() throws IOException;
    }

    private record Bench(PrinterTransport transport, Supplier<byte[]> received, Cleanup cleanup) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            transport.close();
            cleanup.run();
        }
    }
}
