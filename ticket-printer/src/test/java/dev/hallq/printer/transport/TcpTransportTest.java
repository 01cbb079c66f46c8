package dev.hallq.printer.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hallq.printer.escpos.EscPosBuilder;
import dev.hallq.printer.escpos.StatusQuery;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TcpTransportTest {
    private static final Duration SHORT = Duration.ofMillis(500);
    private ServerSocket server;

    @BeforeEach
    void listen() throws IOException {
        server = new ServerSocket();
        server.setReceiveBufferSize(4096);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private TcpTransport transport() {
        return new TcpTransport("127.0.0.1", server.getLocalPort(), SHORT, SHORT);
    }

    /** A fake printer: accepts one connection and returns everything received until end of stream. */
    private CompletableFuture<byte[]> receiveOneJob() {
        return CompletableFuture.supplyAsync(() -> {
            try (Socket s = server.accept(); InputStream in = s.getInputStream()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void deliversTheExactBytesOfTheJob() throws Exception {
        byte[] job = new EscPosBuilder().init().chineseMode(true).text("请A001号到3号窗口").newline().cut().bytes();
        CompletableFuture<byte[]> received = receiveOneJob();
        try (TcpTransport transport = transport()) {
            transport.send(job);
        }
        assertThat(received.get(5, TimeUnit.SECONDS)).isEqualTo(job);
    }

    @Test
    void eachJobUsesItsOwnConnection() throws Exception {
        try (TcpTransport transport = transport()) {
            for (int i = 0; i < 3; i++) {
                CompletableFuture<byte[]> received = receiveOneJob();
                transport.send(new byte[] {(byte) i, 0x0A});
                assertThat(received.get(5, TimeUnit.SECONDS)).containsExactly(i, 0x0A);
            }
        }
    }

    @Test
    void nothingListeningIsOffline() throws IOException {
        int port = server.getLocalPort();
        server.close();
        try (TcpTransport transport = new TcpTransport("127.0.0.1", port, SHORT, SHORT)) {
            assertThatThrownBy(() -> transport.send(new byte[] {1}))
                    .isInstanceOfSatisfying(PrinterFault.class,
                            f -> assertThat(f.reason()).isEqualTo(PrinterFault.Reason.OFFLINE))
                    .hasMessageContaining(String.valueOf(port));
        }
    }

    @Test
    void printerThatStopsReadingTimesOutTheWrite() throws Exception {
        CompletableFuture<Socket> accepted = CompletableFuture.supplyAsync(() -> {
            try {
                return server.accept(); // accepted, never read
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        try (TcpTransport transport = transport()) {
            assertThatThrownBy(() -> transport.send(new byte[64 * 1024 * 1024]))
                    .isInstanceOfSatisfying(PrinterFault.class,
                            f -> assertThat(f.reason()).isEqualTo(PrinterFault.Reason.TIMEOUT));
        } finally {
            accepted.get(5, TimeUnit.SECONDS).close();
        }
    }

    @Test
    void statusQueryReadsTheOneByteAnswer() throws Exception {
        CompletableFuture<byte[]> request = CompletableFuture.supplyAsync(() -> {
            try (Socket s = server.accept()) {
                byte[] got = s.getInputStream().readNBytes(3);
                s.getOutputStream().write(0x1E); // roll paper near end
                s.getOutputStream().flush();
                return got;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        try (TcpTransport transport = transport()) {
            byte[] answer = transport.query(StatusQuery.ROLL_PAPER.bytes(), 1, Duration.ofSeconds(2));
            assertThat(answer).containsExactly(0x1E);
        }
        assertThat(request.get(5, TimeUnit.SECONDS)).isEqualTo(StatusQuery.ROLL_PAPER.bytes());
    }

    @Test
    void silentPrinterTimesOutTheStatusQuery() throws Exception {
        CompletableFuture<Socket> accepted = CompletableFuture.supplyAsync(() -> {
            try {
                return server.accept();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        try (TcpTransport transport = transport()) {
            assertThatThrownBy(() -> transport.query(StatusQuery.PRINTER.bytes(), 1, Duration.ofMillis(200)))
                    .isInstanceOfSatisfying(PrinterFault.class,
                            f -> assertThat(f.reason()).isEqualTo(PrinterFault.Reason.TIMEOUT));
        } finally {
            accepted.get(5, TimeUnit.SECONDS).close();
        }
    }

    @Test
    void sendAfterCloseIsOffline() {
        TcpTransport transport = transport();
        transport.close();
        assertThatThrownBy(() -> transport.send(new byte[] {1}))
                .isInstanceOfSatisfying(PrinterFault.class,
                        f -> assertThat(f.reason()).isEqualTo(PrinterFault.Reason.OFFLINE));
    }

    @Test
    void invalidPortIsRefusedNamingIt() {
        assertThatThrownBy(() -> new TcpTransport("127.0.0.1", 70000)).hasMessageContaining("70000");
    }
}
