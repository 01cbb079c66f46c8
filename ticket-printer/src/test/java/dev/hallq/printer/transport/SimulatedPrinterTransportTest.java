package dev.hallq.printer.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hallq.printer.escpos.PaperState;
import dev.hallq.printer.escpos.PrinterStatus;
import dev.hallq.printer.escpos.PrinterStatusDecoder;
import dev.hallq.printer.escpos.StatusQuery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SimulatedPrinterTransportTest {
    private final SimulatedPrinterTransport printer = new SimulatedPrinterTransport();

    @Test
    void keepsEveryJobInOrderAsACopy() throws PrinterFault {
        byte[] first = {1, 2, 3};
        printer.send(first);
        printer.send(new byte[] {4});
        first[0] = 9;
        assertThat(printer.jobs()).containsExactly(new byte[] {1, 2, 3}, new byte[] {4});
        assertThat(printer.lastJob()).hasValueSatisfying(j -> assertThat(j).containsExactly(4));
    }

    @Test
    void paperOutThrowsPaperOutAndKeepsNothingForThatJob() throws PrinterFault {
        printer.send(new byte[] {1});
        printer.setPaperOut(true);
        assertThatThrownBy(() -> printer.send(new byte[] {2}))
                .isInstanceOfSatisfying(PrinterFault.class, f -> assertThat(f.reason()).isEqualTo(PrinterFault.Reason.PAPER_OUT));
        assertThat(printer.jobs()).hasSize(1);
        printer.setPaperOut(false);
        printer.send(new byte[] {3});
        assertThat(printer.lastJob()).hasValueSatisfying(j -> assertThat(j).containsExactly(3));
    }

    @Test
    void coverOpenAndOfflineThrowTheirOwnReasons() {
        printer.setCoverOpen(true);
        assertThatThrownBy(() -> printer.send(new byte[] {1}))
                .isInstanceOfSatisfying(PrinterFault.class, f -> assertThat(f.reason()).isEqualTo(PrinterFault.Reason.COVER_OPEN));
        printer.setOffline(true);
        assertThatThrownBy(() -> printer.send(new byte[] {1}))
                .isInstanceOfSatisfying(PrinterFault.class, f -> assertThat(f.reason()).isEqualTo(PrinterFault.Reason.OFFLINE));
        assertThat(printer.jobs()).isEmpty();
        assertThat(printer.lastJob()).isEmpty();
    }

    @Test
    void statusAnswersDecodeToTheSimulatedState() throws PrinterFault {
        printer.setPaperNearEnd(true);
        assertThat(status()).isEqualTo(new PrinterStatus(PaperState.NEAR_END, false, false, false));
        printer.setPaperOut(true);
        printer.setCoverOpen(true);
        PrinterStatus bad = status();
        assertThat(bad.paper()).isEqualTo(PaperState.OUT);
        assertThat(bad.coverOpen()).isTrue();
        assertThat(bad.canPrint()).isFalse();
    }

    @Test
    void aCutterErrorStopsThePrinterWithAPrinterErrorUntilCleared() throws PrinterFault {
        printer.setCutterError(true);

        assertThatThrownBy(() -> printer.send(new byte[] {1}))
                .isInstanceOfSatisfying(PrinterFault.class, f -> assertThat(f.reason()).isEqualTo(PrinterFault.Reason.PRINTER_ERROR));
        assertThat(status()).satisfies(s -> {
            assertThat(s.error()).isTrue();
            assertThat(s.offline()).isTrue();
        });

        printer.setCutterError(false);
        printer.send(new byte[] {2});
        assertThat(status()).isEqualTo(PrinterStatus.READY);
    }

    @Test
    void concurrentSendsAreAllKept() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                byte id = (byte) i;
                futures.add(pool.submit(() -> {
                    printer.send(new byte[] {id});
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        Set<Byte> ids = new HashSet<>();
        printer.jobs().forEach(j -> ids.add(j[0]));
        assertThat(ids).hasSize(200);
    }

    private PrinterStatus status() throws PrinterFault {
        PrinterStatus merged = PrinterStatus.READY;
        for (StatusQuery q : StatusQuery.values()) {
            byte[] answer = printer.query(q.bytes(), StatusQuery.ANSWER_BYTES, Duration.ofSeconds(1));
            merged = merged.merge(PrinterStatusDecoder.decode(q, answer[0]));
        }
        return merged;
    }
}
