package dev.hallq.kiosk.idcard;

import com.fazecast.jSerialComm.SerialPort;

import java.io.IOException;
import java.time.Duration;

/** A {@link SerialLink} on jSerialComm: 8 data bits, no parity, 1 stop bit, no flow control. */
public final class JSerialCommLink implements SerialLink {
    private static final int WRITE_TIMEOUT_MS = 1000;

    private final SerialPort port;
    private final String path;
    private int readTimeoutMs = -1;

    private JSerialCommLink(SerialPort port, String path) {
        this.port = port;
        this.path = path;
    }

    /** Opens {@code path} (e.g. {@code /dev/hallq-idcard}, a symlink is fine) at {@code baud}, 8N1, on each call. */
    public static Opener opener(String path, int baud) {
        return new Opener() {
            @Override
            public SerialLink open() throws IOException {
                return JSerialCommLink.open(path, baud);
            }

            @Override
            public String describe() {
                return path + " at " + baud + " baud";
            }
        };
    }

    static JSerialCommLink open(String path, int baud) throws IOException {
        SerialPort port;
        try {
            port = SerialPort.getCommPort(path);
        } catch (RuntimeException | LinkageError e) {
            // a missing device, or jSerialComm's native part failing to load on this machine
            throw new IOException("no serial port " + path + ": " + e, e);
        }
        port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        if (!port.openPort()) {
            throw new IOException("cannot open serial port " + path + " (error " + port.getLastErrorCode() + ")");
        }
        return new JSerialCommLink(port, path);
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        setTimeouts(Math.max(readTimeoutMs, 0));
        int written = port.writeBytes(bytes, bytes.length);
        if (written != bytes.length) {
            throw new IOException("serial port " + path + " took " + written + " of " + bytes.length + " bytes (error "
                    + port.getLastErrorCode() + ")");
        }
    }

    @Override
    public int read(byte[] into, Duration timeout) throws IOException {
        setTimeouts((int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis())));
        int n = port.readBytes(into, into.length);
        if (n < 0) {
            throw new IOException("serial port " + path + " is gone (error " + port.getLastErrorCode() + ")");
        }
        return n;
    }

    @Override
    public void discardInput() throws IOException {
        byte[] scratch = new byte[256];
        int available;
        while ((available = port.bytesAvailable()) > 0) {
            port.readBytes(scratch, Math.min(available, scratch.length));
        }
        if (available < 0) {
            throw new IOException("serial port " + path + " is gone (error " + port.getLastErrorCode() + ")");
        }
    }

    private void setTimeouts(int readMs) {
        if (readMs != readTimeoutMs) {
            port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                    readMs, WRITE_TIMEOUT_MS);
            readTimeoutMs = readMs;
        }
    }

    @Override
    public void close() {
        port.closePort();
    }

    @Override
    public String toString() {
        return "JSerialCommLink[" + path + "]";
    }
}
