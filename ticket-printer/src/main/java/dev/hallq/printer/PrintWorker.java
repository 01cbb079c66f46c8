package dev.hallq.printer;

import dev.hallq.printer.escpos.PrinterStatus;
import dev.hallq.printer.ticket.PrintableTicket;
import dev.hallq.printer.ticket.TicketLayout;
import dev.hallq.printer.transport.PrinterFault;
import dev.hallq.printer.transport.PrinterTransport;
import dev.hallq.protocol.PrintJob;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that talks to the printer: prints jobs in the order they arrive and, when the
 * transport can read answers, asks for the printer's state before and after every job and every poll
 * interval.
 * Nothing else ever waits for the printer, so a stalled printer never holds up MQTT or the page.
 */
final class PrintWorker implements AutoCloseable {
    /** Jobs waiting beyond this are refused at once rather than printed minutes late. */
    static final int MAX_WAITING = 100;
    static final Duration QUERY_TIMEOUT = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(PrintWorker.class);

    private final String printerId;
    private final PrinterTransport transport;
    private final TicketLayout layout;
    private final ZoneId zone;
    private final Clock clock;
    private final PrintedTickets printed;
    private final PrinterHealth health;
    private final Consumer<PrintOutcome> outcomes;
    private final ScheduledExecutorService thread;
    private final AtomicInteger waiting = new AtomicInteger();
    private final StatusReader status;
    private String lastQueryTrouble;
    /** The printer did not answer its last status request: jobs go out without asking first. */
    private boolean silent;

    PrintWorker(String printerId, PrinterTransport transport, TicketLayout layout, ZoneId zone, Clock clock,
                PrintedTickets printed, PrinterHealth health, Consumer<PrintOutcome> outcomes) {
        this.printerId = printerId;
        this.transport = transport;
        this.layout = layout;
        this.zone = zone;
        this.clock = clock;
        this.printed = printed;
        this.health = health;
        this.outcomes = outcomes;
        this.status = new StatusReader(transport, QUERY_TIMEOUT);
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "printer-" + printerId);
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts asking for the paper state now and then every {@code pollEvery}, if the transport can answer. */
    void start(Duration pollEvery) {
        if (transport.supportsQuery()) {
            thread.scheduleWithFixedDelay(this::checkPaper, 0, pollEvery.toMillis(), TimeUnit.MILLISECONDS);
        } else {
            LOG.info("printer {}: {} cannot answer status queries, paper state comes from print results only",
                    printerId, transport.describe());
        }
    }

    /** Queues a job behind the ones already waiting; returns at once. */
    void submit(PrintJob job) {
        Objects.requireNonNull(job, "job");
        if (waiting.incrementAndGet() > MAX_WAITING) {
            waiting.decrementAndGet();
            LOG.warn("printer {}: {} jobs already wait for {}, job {} ({}) refused", printerId, MAX_WAITING,
                    transport.describe(), job.jobId(), job.ticket().number());
            outcomes.accept(PrintOutcome.failed(job, PrintOutcome.QUEUE_FULL, clock.instant()));
            return;
        }
        try {
            thread.execute(() -> {
                try {
                    print(job);
                } finally {
                    waiting.decrementAndGet();
                }
                if (!silent) {
                    checkPaper(); // a silent printer is asked by the poll only, not after every job
                }
            });
        } catch (RejectedExecutionException e) {
            waiting.decrementAndGet();
            LOG.info("printer {} is closing: job {} not printed", printerId, job.jobId());
        }
    }

    /** Jobs taken and not finished yet, the one being printed included. */
    int waiting() {
        return waiting.get();
    }

    private void print(PrintJob job) {
        String number = job.ticket().number();
        if (printed.wasPrinted(job.jobId())) {
            LOG.info("printer {}: job {} ({}) was already printed, answering again", printerId, job.jobId(), number);
            outcomes.accept(PrintOutcome.again(job, clock.instant()));
            return;
        }
        byte[] bytes;
        try {
            PrintableTicket ticket = JobTickets.of(job, zone);
            bytes = layout.layout(ticket);
        } catch (IllegalArgumentException e) {
            LOG.warn("printer {}: job {} ({}) cannot be printed: {}", printerId, job.jobId(), number, e.getMessage());
            outcomes.accept(PrintOutcome.failed(job, PrintOutcome.INVALID_JOB, clock.instant()));
            return;
        }
        PrinterFault.Reason notReady = notReady();
        if (notReady != null) {
            LOG.warn("printer {}: ticket {} (job {}) not sent, the printer reports {}", printerId, number, job.jobId(),
                    notReady);
            outcomes.accept(PrintOutcome.failed(job, notReady.name(), clock.instant()));
            return;
        }
        try {
            send(bytes);
        } catch (PrinterFault f) {
            LOG.warn("printer {}: ticket {} (job {}) not printed: {}", printerId, number, job.jobId(), f.getMessage());
            health.printFailed(f);
            outcomes.accept(PrintOutcome.failed(job, f.reason().name(), clock.instant()));
            return;
        }
        Instant at = clock.instant();
        printed.add(new PrintedTicket(job.jobId(), job.ticket().id(), number, at, bytes));
        health.printed();
        LOG.info("printer {} printed ticket {} (job {}, {} bytes)", printerId, number, job.jobId(), bytes.length);
        outcomes.accept(PrintOutcome.ok(job, at));
    }

    private void send(byte[] bytes) throws PrinterFault {
        try {
            transport.send(bytes);
        } catch (RuntimeException e) {
            throw new PrinterFault(PrinterFault.Reason.IO_ERROR, transport.describe() + " failed: " + e, e);
        }
    }

    /**
     * Asks the printer before a job, when it can answer: a printer out of paper, with its cover open,
     * offline or in error would take the bytes (TCP, serial) and print nothing, and the job would be
     * answered as printed. Returns why it cannot print, or null to send the job (also when it does
     * not answer: then the send finds out).
     */
    private PrinterFault.Reason notReady() {
        if (!transport.supportsQuery() || silent) {
            return null;
        }
        PrinterStatus now = checkPaper();
        return now == null || now.canPrint() ? null : PrinterHealth.reasonOf(now);
    }

    /**
     * Asks for the printer and paper state and reports it; a printer that does not answer leaves the
     * state as it was. Returns the state, or null when it could not be read.
     */
    private PrinterStatus checkPaper() {
        if (!transport.supportsQuery()) {
            return null;
        }
        try {
            PrinterStatus now = status.read();
            lastQueryTrouble = null;
            silent = false;
            health.sensed(now);
            return now;
        } catch (PrinterFault f) {
            trouble(f.reason().name(), f.getMessage());
            silent = f.reason() == PrinterFault.Reason.TIMEOUT;
            if (!silent) {
                health.queryFailed(f);
            }
        } catch (RuntimeException e) {
            trouble(e.getClass().getSimpleName(), e.getMessage());
        }
        return null;
    }

    private void trouble(String kind, String message) {
        if (!kind.equals(lastQueryTrouble)) {
            LOG.warn("printer {}: status query to {} failed, paper state unknown: {}", printerId,
                    transport.describe(), message);
        }
        lastQueryTrouble = kind;
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            if (!thread.awaitTermination(2, TimeUnit.SECONDS)) {
                LOG.warn("printer {}: {} still busy after close", printerId, transport.describe());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
