package dev.hallq.printer.transport;

import java.time.Duration;

/**
 * A way to get bytes to a ticket printer: USB printer class device, TCP port 9100, or a
 * simulation. Implementations are thread-safe; a job is sent whole or fails with a
 * {@link PrinterFault}.
 */
public interface PrinterTransport extends AutoCloseable {

    /** Sends one complete print job. */
    void send(byte[] job) throws PrinterFault;

    /**
     * Sends a real-time status request (such as {@code DLE EOT n}) and reads its answer.
     *
     * @param answerBytes how many bytes the answer has (1 for DLE EOT and GS r)
     * @throws PrinterFault TIMEOUT when the answer does not arrive in time
     * @throws UnsupportedOperationException when the transport cannot read from the printer
     */
    default byte[] query(byte[] request, int answerBytes, Duration timeout) throws PrinterFault {
        throw new UnsupportedOperationException(describe() + " cannot read answers from the printer");
    }

    /** True when {@link #query(byte[], int, Duration)} is implemented. */
    default boolean supportsQuery() {
        return false;
    }

    /** Where the bytes go, for logs and the device health view. */
    String describe();

    /** Releases resources; sending afterwards fails with OFFLINE. */
    @Override
    void close();
}
