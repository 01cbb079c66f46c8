package dev.hallq.printer.transport;

import dev.hallq.printer.escpos.StatusQuery;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What a thermal printer does with the bytes it receives, whatever the line: it answers the
 * real-time status requests {@code DLE EOT 1..4} and {@code GS r 1} wherever they appear in the
 * stream (as a real printer does) from its simulated state, and keeps every other byte. It can
 * stall: then it reads nothing and answers nothing until released. Subclasses read a line and send
 * the answers back on it.
 */
public abstract class SimulatedEscPosPrinter implements AutoCloseable {
    private static final int DLE = 0x10;
    private static final int EOT = 0x04;
    private static final int GS = 0x1D;
    private static final byte[] CUT = {0x1D, 0x56, 0x42, 0x00};

    private final ByteArrayOutputStream data = new ByteArrayOutputStream();
    private final List<StatusQuery> queries = new CopyOnWriteArrayList<>();
    private final byte[] pending = new byte[2];
    private int pendingLength;
    private boolean stalled;
    private boolean paperOut;
    private boolean paperNearEnd;
    private boolean coverOpen;
    private boolean offline;
    private boolean cutterError;
    private boolean answersRollPaper = true;
    private boolean answersStatus = true;

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

    /** Stops reading and lets go of the line. */
    @Override
    public abstract void close();

    /** Sends one answer byte back on the line the request came from. */
    protected abstract void answer(byte b);

    /** Waits while stalled; false when the printer is closing meanwhile. */
    protected synchronized boolean awaitNotStalled(java.util.function.BooleanSupplier running) {
        while (stalled && running.getAsBoolean()) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return running.getAsBoolean();
    }

    /** Takes bytes just read from the line. */
    protected synchronized void take(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            take(bytes[i] & 0xFF);
        }
    }

    /** Byte by byte, as a printer's real-time command detector: DLE EOT n and GS r n are answered at once. */
    private void take(int b) {
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
        answer((byte) SimulatedPrinterTransport.statusByte(query, paperOut, paperNearEnd, coverOpen, offline,
                cutterError));
    }

    private void flushPending() {
        data.write(pending, 0, pendingLength);
        pendingLength = 0;
    }
}
