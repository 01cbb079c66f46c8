package dev.hallq.printer;

import dev.hallq.printer.ticket.GuideLayout;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that talks to the printer: prints jobs in the order they arrive (the hub's, and
 * reprints from this printer's memory) and, when the transport can read answers, asks for the
 * printer's state before and after every job and every poll interval. Every job ends in one
 * {@link PrintOutcome}. Nothing else ever waits for the printer, so a stalled printer never holds
 * up MQTT or the page.
 */
final class PrintWorker implements AutoCloseable {
    /** Jobs waiting beyond this are refused at once rather than printed minutes late. */
    static final int MAX_WAITING = 100;
    static final Duration QUERY_TIMEOUT = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(PrintWorker.class);

    private final String printerId;
    private final PrinterTransport transport;
    private final TicketLayout layout;
    private final GuideLayout guides;
    private final ZoneId zone;
    private final Clock clock;
    private final PrintedTickets printed;
    private final TodaysTickets todays;
    private final PrinterHealth health;
    private final Consumer<PrintOutcome> outcomes;
    private final StatusCheck status;
    private final ScheduledExecutorService thread;
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicLong reprints = new AtomicLong();

    /**
     * A job for the print thread.
     *
     * @param reprintOf the job printed earlier, when this is a reprint from memory; else null
     * @param done      also hears how the job ended
     */
    private record Task(PrintJob job, PrintJob reprintOf, Consumer<PrintOutcome> done) {
    }

    PrintWorker(String printerId, PrinterTransport transport, TicketLayout layout, GuideLayout guides, ZoneId zone,
                Clock clock, PrintedTickets printed, TodaysTickets todays, PrinterHealth health,
                Consumer<PrintOutcome> outcomes) {
        this.printerId = printerId;
        this.transport = transport;
        this.layout = layout;
        this.guides = guides;
        this.zone = zone;
        this.clock = clock;
        this.printed = printed;
        this.todays = todays;
        this.health = health;
        this.outcomes = outcomes;
        this.status = new StatusCheck(printerId, transport, QUERY_TIMEOUT, health);
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "printer-" + printerId);
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts asking for the paper state now and then every {@code pollEvery}, if the transport can answer. */
    void start(Duration pollEvery) {
        if (transport.supportsQuery()) {
            thread.scheduleWithFixedDelay(status::check, 0, pollEvery.toMillis(), TimeUnit.MILLISECONDS);
        } else {
            LOG.info("printer {}: {} cannot answer status queries, paper state comes from print results only",
                    printerId, transport.describe());
        }
    }

    /** Queues a job of the hub behind the ones already waiting; returns at once. */
    void submit(PrintJob job) {
        enqueue(new Task(Objects.requireNonNull(job, "job"), null, outcome -> { }));
    }

    /**
     * Queues a reprint (补打) of a ticket this printer printed, under a job id of its own; returns at
     * once with how it will end.
     */
    CompletableFuture<PrintOutcome> reprint(PrintJob original) {
        Instant now = clock.instant();
        PrintJob again = JobTickets.reprintJob(original, "reprint-" + now.toEpochMilli() + "-" + reprints.incrementAndGet(),
                now);
        CompletableFuture<PrintOutcome> done = new CompletableFuture<>();
        enqueue(new Task(again, original, done::complete));
        return done;
    }

    /** Jobs taken and not finished yet, the one being printed included. */
    int waiting() {
        return waiting.get();
    }

    private void enqueue(Task task) {
        PrintJob job = task.job();
        if (waiting.incrementAndGet() > MAX_WAITING) {
            waiting.decrementAndGet();
            LOG.warn("printer {}: {} jobs already wait for {}, job {} ({}) refused", printerId, MAX_WAITING,
                    transport.describe(), job.jobId(), JobTickets.label(job));
            finish(task, PrintOutcome.failed(job, PrintOutcome.QUEUE_FULL, clock.instant()));
            return;
        }
        try {
            thread.execute(() -> {
                try {
                    print(task);
                } finally {
                    waiting.decrementAndGet();
                }
                if (!status.silent()) {
                    status.check(); // a silent printer is asked by the poll only, not after every job
                }
            });
        } catch (RejectedExecutionException e) {
            waiting.decrementAndGet();
            LOG.info("printer {} is closing: job {} not printed", printerId, job.jobId());
            task.done().accept(PrintOutcome.failed(job, PrinterFault.Reason.OFFLINE.name(), clock.instant()));
        }
    }

    private void print(Task task) {
        PrintJob job = task.job();
        String label = JobTickets.label(job); // a ticket's number, or the guide's service
        String key = JobTickets.deliveryKey(job);
        if (printed.wasPrinted(key)) {
            LOG.info("printer {}: job {} ({}) was already printed, answering again", printerId, job.jobId(), label);
            finish(task, PrintOutcome.again(job, clock.instant()));
            return;
        }
        byte[] bytes;
        try {
            bytes = layout(task);
        } catch (IllegalArgumentException e) {
            LOG.warn("printer {}: job {} ({}) cannot be printed: {}", printerId, job.jobId(), label, e.getMessage());
            finish(task, PrintOutcome.failed(job, PrintOutcome.INVALID_JOB, clock.instant()));
            return;
        }
        PrinterFault.Reason notReady = status.notReady();
        if (notReady != null) {
            LOG.warn("printer {}: {} (job {}) not sent, the printer reports {}", printerId, label, job.jobId(),
                    notReady);
            finish(task, PrintOutcome.failed(job, notReady.name(), clock.instant()));
            return;
        }
        try {
            send(bytes);
        } catch (PrinterFault f) {
            LOG.warn("printer {}: {} (job {}) not printed: {}", printerId, label, job.jobId(), f.getMessage());
            health.printFailed(f);
            finish(task, PrintOutcome.failed(job, f.reason().name(), clock.instant()));
            return;
        }
        Instant at = clock.instant();
        boolean reprint = JobTickets.isReprint(job);
        printed.add(new PrintedTicket(job.jobId(), JobTickets.ticketId(job), label, at, bytes, reprint), key);
        if (task.reprintOf() == null && job.ticket() != null) {
            todays.printed(job);
        }
        health.printed();
        LOG.info("printer {} printed {}{} (job {}, {} bytes)", printerId, label, reprint ? " again (补打)" : "",
                job.jobId(), bytes.length);
        finish(task, PrintOutcome.ok(job, at));
    }

    /** The job's bytes: its guide, its ticket, or the ticket printed again from memory. */
    private byte[] layout(Task task) {
        PrintJob job = task.job();
        if (job.guide() != null) {
            return guides.layout(JobTickets.guide(job, zone));
        }
        PrintableTicket ticket = task.reprintOf() == null ? JobTickets.of(job, zone)
                : JobTickets.reprint(task.reprintOf(), job.at(), zone);
        return layout.layout(ticket);
    }

    private void finish(Task task, PrintOutcome outcome) {
        outcomes.accept(outcome);
        task.done().accept(outcome);
    }

    private void send(byte[] bytes) throws PrinterFault {
        try {
            transport.send(bytes);
        } catch (RuntimeException e) {
            throw new PrinterFault(PrinterFault.Reason.IO_ERROR, transport.describe() + " failed: " + e, e);
        }
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
