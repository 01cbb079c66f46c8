package dev.hallq.printer.transport;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes jobs to a printer device file such as {@code /dev/usb/lp0} (USB printer class) or a
 * serial port already configured by the system. The file is opened per job, so a printer that is
 * unplugged and plugged back in works again without a restart. The file is never created: a
 * missing device means the printer is OFFLINE.
 *
 * <p>A write that does not finish within the write timeout (the kernel blocks writes while the
 * printer is out of paper or jammed) fails with TIMEOUT; the writer thread is then abandoned and
 * the next job gets a fresh one.
 */
public final class DeviceFileTransport implements PrinterTransport {
    public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(DeviceFileTransport.class);

    private final Path device;
    private final Duration writeTimeout;
    private ExecutorService writer;
    private boolean closed;

    public DeviceFileTransport(Path device) {
        this(device, DEFAULT_WRITE_TIMEOUT);
    }

    public DeviceFileTransport(Path device, Duration writeTimeout) {
        this.device = Objects.requireNonNull(device, "device");
        this.writeTimeout = Objects.requireNonNull(writeTimeout, "writeTimeout");
        if (writeTimeout.isNegative() || writeTimeout.isZero()) {
            throw new IllegalArgumentException("writeTimeout must be positive but was " + writeTimeout);
        }
        this.writer = newWriter();
    }

    @Override
    public synchronized void send(byte[] job) throws PrinterFault {
        Objects.requireNonNull(job, "job");
        if (closed) {
            throw new PrinterFault(PrinterFault.Reason.OFFLINE, describe() + " is closed");
        }
        byte[] copy = job.clone();
        Future<Void> write = writer.submit(() -> write(copy));
        try {
            write.get(writeTimeout.toMillis(), TimeUnit.MILLISECONDS);
            log.debug("{} bytes written to {}", copy.length, device);
        } catch (TimeoutException e) {
            write.cancel(true);
            writer.shutdownNow();
            writer = newWriter();
            throw new PrinterFault(PrinterFault.Reason.TIMEOUT,
                    "write to " + device + " did not finish within " + writeTimeout.toMillis() + " ms", e);
        } catch (ExecutionException e) {
            throw fault(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            write.cancel(true);
            throw new PrinterFault(PrinterFault.Reason.IO_ERROR, "interrupted while writing to " + device, e);
        }
    }

    @Override
    public String describe() {
        return "device " + device;
    }

    @Override
    public synchronized void close() {
        closed = true;
        writer.shutdownNow();
    }

    private Void write(byte[] job) throws IOException {
        try (FileChannel channel = FileChannel.open(device, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap(job);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
        return null;
    }

    private PrinterFault fault(Throwable cause) {
        if (cause instanceof NoSuchFileException) {
            return new PrinterFault(PrinterFault.Reason.OFFLINE,
                    device + " does not exist: printer unplugged or switched off", cause);
        }
        if (cause instanceof AccessDeniedException) {
            return new PrinterFault(PrinterFault.Reason.IO_ERROR,
                    "no permission to write " + device + " (is the agent user in group lp?)", cause);
        }
        String message = String.valueOf(cause.getMessage());
        if (message.contains("No such device")) {
            return new PrinterFault(PrinterFault.Reason.OFFLINE, device + " went away: " + message, cause);
        }
        if (message.contains("No space left on device")) {
            // the usblp driver reports paper out as ENOSPC
            return new PrinterFault(PrinterFault.Reason.PAPER_OUT, device + ": " + message, cause);
        }
        return new PrinterFault(PrinterFault.Reason.IO_ERROR, "writing " + device + " failed: " + message, cause);
    }

    private ExecutorService newWriter() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "printer-writer " + device.getFileName());
            t.setDaemon(true);
            return t;
        });
    }
}
