package dev.hallq.printer.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceFileTransportTest {
    @TempDir
    Path dir;

    @Test
    void writesEveryJobToTheDeviceFileInOrder() throws Exception {
        Path device = Files.createFile(dir.resolve("lp0"));
        try (DeviceFileTransport transport = new DeviceFileTransport(device)) {
            transport.send(new byte[] {0x1B, 0x40, 0x41});
            transport.send(new byte[] {0x0A});
        }
        assertThat(Files.readAllBytes(device)).containsExactly(0x1B, 0x40, 0x41, 0x0A);
    }

    @Test
    void missingDeviceIsOfflineAndIsNotCreated() {
        Path device = dir.resolve("lp9");
        try (DeviceFileTransport transport = new DeviceFileTransport(device)) {
            assertThatThrownBy(() -> transport.send(new byte[] {1}))
                    .isInstanceOfSatisfying(PrinterFault.class,
                            f -> assertThat(f.reason()).isEqualTo(PrinterFault.Reason.OFFLINE))
                    .hasMessageContaining("lp9");
        }
        assertThat(device).doesNotExist();
    }

    @Test
    void unwritablePathIsAnIoError() throws IOException {
        Path directory = Files.createDirectory(dir.resolve("not-a-device"));
        try (DeviceFileTransport transport = new DeviceFileTransport(directory)) {
            assertThatThrownBy(() -> transport.send(new byte[] {1}))
                    .isInstanceOfSatisfying(PrinterFault.class,
                            f -> assertThat(f.reason()).isEqualTo(PrinterFault.Reason.IO_ERROR));
        }
    }

    @Test
    void sendAfterCloseIsOffline() throws IOException {
        DeviceFileTransport transport = new DeviceFileTransport(Files.createFile(dir.resolve("lp1")));
        transport.close();
        assertThatThrownBy(() -> transport.send(new byte[] {1}))
                .isInstanceOfSatisfying(PrinterFault.class, f -> assertThat(f.reason()).isEqualTo(PrinterFault.Reason.OFFLINE));
    }

    /** A FIFO nobody reads blocks the writer like a USB printer that stopped taking data. */
    @Test
    void blockedDeviceTimesOutAndTheNextJobStillGoesThrough() throws Exception {
        Path fifo = dir.resolve("stuck");
        assumeTrue(mkfifo(fifo), "mkfifo not available");
        try (DeviceFileTransport transport = new DeviceFileTransport(fifo, Duration.ofMillis(300))) {
            assertThatThrownBy(() -> transport.send(new byte[] {1}))
                    .isInstanceOfSatisfying(PrinterFault.class, f -> assertThat(f.reason()).isEqualTo(PrinterFault.Reason.TIMEOUT));
            // opened read-write, the FIFO has a reader and never reports end of file
            try (RandomAccessFile printer = new RandomAccessFile(fifo.toFile(), "rw")) {
                transport.send(new byte[] {2});
                assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
                    int b;
                    do {
                        b = printer.read();
                    } while (b != 2);
                });
            }
        }
    }

    private static boolean mkfifo(Path path) {
        try {
            Process p = new ProcessBuilder("mkfifo", path.toString()).start();
            return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
