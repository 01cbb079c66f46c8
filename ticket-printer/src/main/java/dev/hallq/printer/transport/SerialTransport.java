package dev.hallq.printer.transport;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A printer on a serial line (RS-232, or a USB-serial adapter such as {@code /dev/ttyUSB0}) through
 * jSerialComm, 8N1 at the configured baud rate, with no flow control or RTS/CTS.
 *
 * <p>The port is opened on first use and kept open between jobs; any I/O failure closes it and the
 * next job or status query opens it again by its path, so a printer or adapter unplugged and plugged
 * back in works again without a restart. A path that does not exist (or no longer exists) is
 * OFFLINE.
 *
 * <p>jSerialComm's writes on Linux block without a timeout (a printer holding CTS, or one that stopped
 * reading), so bytes are written in small pieces on a writer thread, which then waits until the
 * driver has sent them all. When the printer takes no data for the write timeout, the port is
 * closed, which discards what was still queued and releases the writer, and the job fails with
 * TIMEOUT. A slow line is not a stalled one: at 9600 baud a 2 KB ticket takes 2 s and keeps moving.
 * The printer may have printed part of the failed job (without a cut); what it still buffered is
 * cleared by the {@code ESC @} every job starts with.
 */
public final class SerialTransport implements PrinterTransport {
    /** What many ticket printers leave the factory with. */
    public static final int DEFAULT_BAUD = 9600;
    public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(10);
    private static final int[] BAUD_RATES = {9600, 19200, 38400, 57600, 115200};
    private static final int CHUNK = 256;
    /** Reads wait at most this long per call, so a query's own timeout is kept to about this. */
    private static final int READ_SLICE_MS = 100;
    private static final long DRAIN_CHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    private static final long WAIT_SLICE_MS = 50;
    private static final int EACCES = 13;
    private static final int EBUSY = 16;
    private static final Logger log = LoggerFactory.getLogger(SerialTransport.class);

    /** Hardware handshake between the computer and the printer. */
    public enum FlowControl {
        NONE,
        /** The printer drops CTS while its buffer is full; the host waits. */
        RTS_CTS
    }

    private final Path path;
    private final int baud;
    private final FlowControl flow;
    private final Duration writeTimeout;
    private ExecutorService writer;
    private SerialPort port;
    private boolean closed;

    public SerialTransport(Path path) {
        this(path, DEFAULT_BAUD, FlowControl.NONE);
    }

    public SerialTransport(Path path, int baud, FlowControl flow) {
        this(path, baud, flow, DEFAULT_WRITE_TIMEOUT);
    }

    public SerialTransport(Path path, int baud, FlowControl flow, Duration writeTimeout) {
        this.path = Objects.requireNonNull(path, "path");
        this.baud = requireBaud(baud);
        this.flow = Objects.requireNonNull(flow, "flow");
        this.writeTimeout = Objects.requireNonNull(writeTimeout, "writeTimeout");
        if (writeTimeout.isNegative() || writeTimeout.isZero()) {
            throw new IllegalArgumentException("writeTimeout must be positive but was " + writeTimeout);
        }
        this.writer = newWriter();
    }

    /** The baud rates ticket printers are set to with their DIP switches or utility. */
    public static boolean isSupportedBaud(int baud) {
        for (int b : BAUD_RATES) {
            if (b == baud) {
                return true;
            }
        }
        return false;
    }

    @Override
    public synchronized void send(byte[] job) throws PrinterFault {
        Objects.requireNonNull(job, "job");
        SerialPort open = open();
        write(open, job.clone(), writeTimeout);
        log.debug("{} bytes written to {}", job.length, path);
    }

    /**
     * Discards whatever the printer sent unasked (a late answer to an earlier query), sends the
     * request and reads exactly {@code answerBytes} bytes.
     */
    @Override
    public synchronized byte[] query(byte[] request, int answerBytes, Duration timeout) throws PrinterFault {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive but was " + timeout);
        }
        if (answerBytes < 1) {
            throw new IllegalArgumentException("answerBytes must be >= 1 but was " + answerBytes);
        }
        SerialPort open = open();
        discardInput(open);
        write(open, request.clone(), timeout);
        byte[] answer = new byte[answerBytes];
        int got = 0;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (got < answerBytes) {
            int n = open.readBytes(answer, answerBytes - got, got);
            if (n < 0) {
                throw broken(open, "reading from");
            }
            got += n;
            if (got < answerBytes && System.nanoTime() - deadline > 0) {
                throw new PrinterFault(PrinterFault.Reason.TIMEOUT, describe() + " did not answer within "
                        + timeout.toMillis() + " ms (" + got + " of " + answerBytes + " bytes)");
            }
        }
        return answer;
    }

    @Override
    public boolean supportsQuery() {
        return true;
    }

    @Override
    public String describe() {
        return "serial " + path + " " + baud + " 8N1" + (flow == FlowControl.RTS_CTS ? " RTS/CTS" : "");
    }

    @Override
    public synchronized void close() {
        closed = true;
        closePort();
        writer.shutdownNow();
    }

    private SerialPort open() throws PrinterFault {
        if (closed) {
            throw new PrinterFault(PrinterFault.Reason.OFFLINE, describe() + " transport is closed");
        }
        if (port != null) {
            return port;
        }
        if (!Files.exists(path)) {
            throw new PrinterFault(PrinterFault.Reason.OFFLINE, path + " does not exist: printer cable or USB-serial "
                    + "adapter unplugged");
        }
        SerialPort candidate;
        try {
            candidate = SerialPort.getCommPort(path.toString());
        } catch (SerialPortInvalidPortException e) {
            throw new PrinterFault(PrinterFault.Reason.OFFLINE, path + " is not a serial port that can be opened", e);
        }
        candidate.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        candidate.setFlowControl(flow == FlowControl.RTS_CTS
                ? SerialPort.FLOW_CONTROL_RTS_ENABLED | SerialPort.FLOW_CONTROL_CTS_ENABLED
                : SerialPort.FLOW_CONTROL_DISABLED);
        candidate.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, READ_SLICE_MS, 0);
        if (!candidate.openPort()) {
            throw openFailed(candidate.getLastErrorCode());
        }
        // a pty answers the serial-line ioctls with ENOTTY (25): harmless, and never a reason to fail
        log.info("opened {}", describe());
        port = candidate;
        return port;
    }

    private PrinterFault openFailed(int errno) {
        if (!Files.exists(path)) {
            return new PrinterFault(PrinterFault.Reason.OFFLINE, path + " went away while opening it");
        }
        String why = switch (errno) {
            case EACCES -> "no permission (is the agent user in group dialout?)";
            case EBUSY -> "in use by another program";
            default -> "errno " + errno + "; another program may hold it";
        };
        return new PrinterFault(PrinterFault.Reason.IO_ERROR, "opening " + path + " failed: " + why);
    }

    /** Writes on the writer thread; fails with TIMEOUT when the printer takes nothing for {@code stallLimit}. */
    private void write(SerialPort open, byte[] bytes, Duration stallLimit) throws PrinterFault {
        AtomicLong progress = new AtomicLong();
        Future<Integer> write = writer.submit(() -> writeAll(open, bytes, progress));
        long seen = -1;
        long lastMove = System.nanoTime();
        int written;
        try {
            while (true) {
                try {
                    written = write.get(WAIT_SLICE_MS, TimeUnit.MILLISECONDS);
                    break;
                } catch (TimeoutException stillWriting) {
                    long now = System.nanoTime();
                    if (progress.get() != seen) {
                        seen = progress.get();
                        lastMove = now;
                    } else if (now - lastMove > stallLimit.toNanos()) {
                        abandon(write);
                        throw new PrinterFault(PrinterFault.Reason.TIMEOUT, describe() + " took no data for "
                                + stallLimit.toMillis() + " ms (printer stalled, or holding CTS), " + seen + " of "
                                + bytes.length + " bytes sent", stillWriting);
                    }
                }
            }
        } catch (ExecutionException e) {
            throw broken(open, "writing to");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon(write);
            throw new PrinterFault(PrinterFault.Reason.IO_ERROR, "interrupted while writing to " + path, e);
        }
        if (written < bytes.length) {
            throw broken(open, "writing to");
        }
    }

    /** Gives up a write: closing the port flushes what is queued, which releases the blocked writer. */
    private void abandon(Future<Integer> write) {
        write.cancel(true);
        closePort();
        writer.shutdownNow();
        writer = newWriter();
    }

    /**
     * Writes piece by piece, then waits until the driver has sent everything queued, counting
     * every step forward in {@code progress}.
     */
    private static int writeAll(SerialPort open, byte[] bytes, AtomicLong progress) {
        int done = 0;
        while (done < bytes.length && !Thread.currentThread().isInterrupted()) {
            int n = open.writeBytes(bytes, Math.min(CHUNK, bytes.length - done), done);
            if (n <= 0) {
                return done;
            }
            done += n;
            progress.set(done);
        }
        int queued = open.bytesAwaitingWrite();
        while (queued > 0 && !Thread.currentThread().isInterrupted()) {
            LockSupport.parkNanos(DRAIN_CHECK_NANOS);
            int now = open.bytesAwaitingWrite();
            if (now < queued) {
                progress.incrementAndGet();
            }
            queued = now;
        }
        return queued < 0 ? -1 : done;
    }

    private void discardInput(SerialPort open) throws PrinterFault {
        int stale = open.bytesAvailable();
        if (stale < 0) {
            throw broken(open, "reading from");
        }
        if (stale > 0) {
            byte[] skip = new byte[stale];
            open.readBytes(skip, stale);
            log.debug("{}: discarded {} bytes the printer sent unasked", path, stale);
        }
    }

    /** The port failed: close it so that the next job opens it afresh. Unplugged when its path is gone. */
    private PrinterFault broken(SerialPort open, String doing) {
        int errno = open.getLastErrorCode();
        closePort();
        if (!Files.exists(path)) {
            return new PrinterFault(PrinterFault.Reason.OFFLINE, path + " went away: printer cable or USB-serial "
                    + "adapter unplugged");
        }
        return new PrinterFault(PrinterFault.Reason.IO_ERROR, doing + " " + path + " failed (errno " + errno + ")");
    }

    private void closePort() {
        SerialPort open = port;
        port = null;
        if (open != null && open.isOpen()) {
            open.closePort();
            log.info("closed {}", describe());
        }
    }

    private ExecutorService newWriter() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "printer-writer " + path.getFileName());
            t.setDaemon(true);
            return t;
        });
    }

    private static int requireBaud(int baud) {
        if (!isSupportedBaud(baud)) {
            throw new IllegalArgumentException("baud must be one of 9600, 19200, 38400, 57600, 115200 but was " + baud);
        }
        return baud;
    }
}
