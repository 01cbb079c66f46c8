package dev.hallq.printer.transport;

import com.fazecast.jSerialComm.SerialPort;
import dev.hallq.printer.escpos.StatusQuery;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A thermal printer on the device end of a {@link SocatPair}: reads what the agent sends, answers the
 * real-time status requests {@code DLE EOT 1..4} and {@code GS r 1} wherever they appear in the stream
 * (as a real printer does) from its simulated state, and keeps every other byte. It can stall: it
 * then stops reading, so the line fills up and the sender blocks, and it answers nothing.
 */
public final class SimulatedSerialPrinter implements AutoCloseable {
    private static final int DLE = 0x10;
    private static final int EOT = 0x04;
    private static final int GS = 0x1D;
    private static final byte[] CUT = {0x1D, 0x56, 0x42, 0x00};

    private final SerialPort port;
    private final Thread reader;
    private final ByteArrayOutputStream data = new ByteArrayOutputStream();
    private final List<StatusQuery> queries = new CopyOnWriteArrayList<>();
    private final byte[] pending = new byte[2];
    private int pendingLength;
    private volatile boolean running = true;
    private volatile boolean disconnected;
    private boolean stalled;
    private boolean paperOut;
    private boolean paperNearEnd;
    private boolean coverOpen;
    private boolean offline;
    private boolean cutterError;
    private boolean answersRollPaper = true;
    private boolean answersStatus = true;

    private SimulatedSerialPrinter(Path device, int baud) {
        port = SerialPort.getCommPort(device.toString());
        port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, 100, 0);
        if (!port.openPort()) {
            throw new IllegalStateException("the simulated printer cannot open " + device + " (errno "
                    + port.getLastErrorCode() + ")");
        }
        reader = new Thread(this::run, "simulated serial printer " + device.getFileName());
        reader.setDaemon(true);
    }

    /** A printer reading the device end of the pair, at the given baud rate, ready and with paper. */
    public static SimulatedSerialPrinter on(Path device, int baud) {
        SimulatedSerialPrinter printer = new SimulatedSerialPrinter(device, baud);
        printer.reader.start();
        return printer;
    }

    public synchronized void setPaperOut(boolean value) {
        paperOut = value;
    }

    public synchronized void setPaperNearEnd(boolean value) {
        paperNearEnd = value;
    }

    public synchronized void setCoverOpen(boolean value) {
        coverOpen = value;
    }

    public synchronized void setOffline(boolean value) {
        offline = value;
    }

    public synchronized void setCutterError(boolean value) {
        cutterError = value;
    }

    /** Models printers that do not know {@code DLE EOT 4} and only answer {@code GS r 1} about the paper. */
    public synchronized void setAnswersRollPaperQuery(boolean value) {
        answersRollPaper = value;
    }

    /** Models a printer whose status answers are switched off: it prints but never answers a status request. */
    public synchronized void setAnswersStatus(boolean value) {
        answersStatus = value;
    }

    /** A stalled printer reads nothing and answers nothing until it is released. */
    public synchronized void setStalled(boolean value) {
        stalled = value;
        notifyAll();
    }

    /** Every byte received that was not a status request, in order. */
    public synchronized byte[] received() {
        return data.toByteArray();
    }

    /** The received bytes cut into jobs, each ending with its cut command ({@code GS V 66 0}). */
    public synchronized List<byte[]> jobs() {
        byte[] all = data.toByteArray();
        List<byte[]> jobs = new ArrayList<>();
        int start = 0;
        for (int i = 0; i + CUT.length <= all.length; i++) {
            if (Arrays.equals(all, i, i + CUT.length, CUT, 0, CUT.length)) {
                jobs.add(Arrays.copyOfRange(all, start, i + CUT.length));
                start = i + CUT.length;
                i = start - 1;
            }
        }
        return List.copyOf(jobs);
    }

    /** The status requests received, in order. */
    public List<StatusQuery> queries() {
        return List.copyOf(queries);
    }

    /** True once the line went away under the printer (socat ended). */
    public boolean disconnected() {
        return disconnected;
    }

    @Override
    public void close() {
        running = false;
        setStalled(false);
        try {
            reader.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        port.closePort();
    }

    private void run() {
        byte[] buffer = new byte[4096];
        while (running) {
            if (!awaitNotStalled()) {
                return;
            }
            int n = port.readBytes(buffer, buffer.length);
            if (n < 0) {
                disconnected = true;
                return;
            }
            // bytes read just as the printer stalled wait in its buffer until it moves again
            if (!awaitNotStalled()) {
                return;
            }
            for (int i = 0; i < n; i++) {
                take(buffer[i] & 0xFF);
            }
        }
    }

    private synchronized boolean awaitNotStalled() {
        while (stalled && running) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return running;
    }

    /** Byte by byte, as a printer's real-time command detector: DLE EOT n and GS r n are answered at once. */
    private synchronized void take(int b) {
        if (pendingLength == 0) {
            if (b == DLE || b == GS) {
                pending[pendingLength++] = (byte) b;
            } else {
                data.write(b);
            }
            return;
        }
        int first = pending[0] & 0xFF;
        if (pendingLength == 1) {
            if ((first == DLE && b == EOT) || (first == GS && b == 'r')) {
                pending[pendingLength++] = (byte) b;
                return;
            }
            flushPending();
            take(b);
            return;
        }
        StatusQuery query = StatusQuery.of(new byte[] {pending[0], pending[1], (byte) b});
        if (query == null && first == GS && b == '1') {
            query = StatusQuery.PAPER_SENSOR; // GS r accepts n = 1 or 49
        }
        if (query == null) {
            flushPending();
            take(b);
            return;
        }
        pendingLength = 0;
        queries.add(query);
        if (!answersStatus || (query == StatusQuery.ROLL_PAPER && !answersRollPaper)) {
            return;
        }
        byte[] answer = {(byte) SimulatedPrinterTransport.statusByte(query, paperOut, paperNearEnd, coverOpen, offline,
                cutterError)};
        port.writeBytes(answer, 1);
    }

    private void flushPending() {
        data.write(pending, 0, pendingLength);
        pendingLength = 0;
    }
}
