package dev.hallq.printer;

import static dev.hallq.printer.PrinterHall.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hallq.agent.testing.HubDoubleExtension;
import dev.hallq.agent.testing.PlayedHub;
import dev.hallq.printer.transport.PrinterFault;
import dev.hallq.printer.transport.PrinterTransport;
import dev.hallq.protocol.PrintResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(HubDoubleExtension.class)
class StalledPrinterTest {
    private final StalledTransport stalled = new StalledTransport();

    @AfterEach
    void letThePrinterGo() {
        stalled.release.countDown();
    }

    @Test
    void aPrinterThatStopsTakingDataHoldsUpNeitherThePageNorMqttAndTheJobsPrintInOrderWhenItMovesAgain(PlayedHub hub)
            throws Exception {
        PrinterHall hall = new PrinterHall(hub);
        PrinterAgent printer = hall.start(stalled);
        hall.send(job("J1", "A001"));
        assertThat(stalled.writing.await(10, TimeUnit.SECONDS)).as("first job reaches the printer").isTrue();

        hall.send(job("J2", "A002"));
        await().atMost(Duration.ofSeconds(5)).until(() -> printer.jobsWaiting() == 2);
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(printer.pageUrl() + "api/printed"))
                .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).isEqualTo("[]");
        assertThat(hall.results("J1")).isEmpty();

        stalled.release.countDown();

        hall.awaitResult("J2", PrintResult::printed);
        assertThat(hall.results("J1")).singleElement().satisfies(r -> assertThat(r.printed()).isTrue());
        assertThat(stalled.sent).hasSize(2);
        assertThat(printer.printed()).extracting(PrintedTicket::jobId).containsExactly("J2", "J1");
    }

    /** A printer whose writes block until the test lets them go. */
    private static final class StalledTransport implements PrinterTransport {
        final CountDownLatch writing = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final List<byte[]> sent = new CopyOnWriteArrayList<>();

        @Override
        public void send(byte[] job) throws PrinterFault {
            writing.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PrinterFault(PrinterFault.Reason.IO_ERROR, "interrupted", e);
            }
            sent.add(job.clone());
        }

        @Override
        public String describe() {
            return "stalled test printer";
        }

        @Override
        public void close() {
            release.countDown();
        }
    }
}
