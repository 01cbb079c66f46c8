package dev.hallq.printer.transport;

import dev.hallq.agent.testing.SocatPair;

import com.fazecast.jSerialComm.SerialPort;
import java.nio.file.Path;

/**
 * A thermal printer on the device end of a {@link SocatPair}: reads what the agent sends, answers
 * status requests on the same line, and can stall, so the line fills up and the sender blocks.
 */
public final class SimulatedSerialPrinter extends SimulatedEscPosPrinter {
    private final SerialPort port;
    private final Thread reader;
    private volatile boolean running = true;
    private volatile boolean disconnected;

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

    @Override
    protected void answer(byte b) {
        port.writeBytes(new byte[] {b}, 1);
    }

    private void run() {
        byte[] buffer = new byte[4096];
        while (running) {
            if (!awaitNotStalled(() -> running)) {
                return;
            }
            int n = port.readBytes(buffer, buffer.length);
            if (n < 0) {
                disconnected = true;
                return;
            }
            // bytes read just as the printer stalled wait in its buffer until it moves again
            if (!awaitNotStalled(() -> running)) {
                return;
            }
            take(buffer, n);
        }
    }
}
