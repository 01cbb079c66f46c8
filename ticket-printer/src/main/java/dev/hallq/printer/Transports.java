package dev.hallq.printer;

import dev.hallq.printer.transport.DeviceFileTransport;
import dev.hallq.printer.transport.PrinterTransport;
import dev.hallq.printer.transport.SerialTransport;
import dev.hallq.printer.transport.SimulatedPrinterTransport;
import dev.hallq.printer.transport.TcpTransport;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Reads the launcher's {@code --transport} option: {@code sim}, {@code file:/dev/usb/lp0},
 * {@code tcp:HOST[:PORT]} or {@code serial:/dev/ttyUSB0[?baud=9600&flow=none|rtscts]}.
 */
public final class Transports {
    static final String FORMS = "sim, file:/dev/usb/lp0 (a printer device), tcp:HOST[:PORT] (port "
            + TcpTransport.DEFAULT_PORT + " when left out) or serial:/dev/ttyUSB0[?baud=9600&flow=none|rtscts] (8N1; "
            + "baud 9600, 19200, 38400, 57600 or 115200, " + SerialTransport.DEFAULT_BAUD + " and no flow control when "
            + "left out)";

    private Transports() {
    }

    /**
     * The transport a spec names.
     *
     * @throws IllegalArgumentException naming the spec and the accepted forms
     */
    public static PrinterTransport parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw bad(spec, "it is empty");
        }
        if (spec.equals("sim")) {
            return new SimulatedPrinterTransport();
        }
        if (spec.startsWith("file:")) {
            return file(spec, spec.substring("file:".length()));
        }
        if (spec.startsWith("tcp:")) {
            return tcp(spec, spec.substring("tcp:".length()));
        }
        if (spec.startsWith("serial:")) {
            return serial(spec, spec.substring("serial:".length()));
        }
        throw bad(spec, "unknown kind");
    }

    private static PrinterTransport file(String spec, String path) {
        if (path.isBlank()) {
            throw bad(spec, "no device path");
        }
        try {
            return new DeviceFileTransport(Path.of(path));
        } catch (InvalidPathException e) {
            throw bad(spec, e.getMessage());
        }
    }

    private static PrinterTransport serial(String spec, String rest) {
        int question = rest.indexOf('?');
        String path = question < 0 ? rest : rest.substring(0, question);
        if (path.isBlank()) {
            throw bad(spec, "no serial port path");
        }
        int baud = SerialTransport.DEFAULT_BAUD;
        SerialTransport.FlowControl flow = SerialTransport.FlowControl.NONE;
        if (question >= 0) {
            for (String param : rest.substring(question + 1).split("&", -1)) {
                int eq = param.indexOf('=');
                String key = eq < 0 ? param : param.substring(0, eq);
                String value = eq < 0 ? "" : param.substring(eq + 1);
                switch (key) {
                    case "baud" -> baud = baud(spec, value);
                    case "flow" -> flow = switch (value) {
                        case "none" -> SerialTransport.FlowControl.NONE;
                        case "rtscts" -> SerialTransport.FlowControl.RTS_CTS;
                        default -> throw bad(spec, "flow '" + value + "' is not none or rtscts");
                    };
                    default -> throw bad(spec, "unknown serial setting '" + key + "' (baud, flow)");
                }
            }
        }
        try {
            return new SerialTransport(Path.of(path), baud, flow);
        } catch (InvalidPathException e) {
            throw bad(spec, e.getMessage());
        }
    }

    private static int baud(String spec, String text) {
        if (!text.matches("[0-9]{1,7}") || !SerialTransport.isSupportedBaud(Integer.parseInt(text))) {
            throw bad(spec, "baud '" + text + "' is not 9600, 19200, 38400, 57600 or 115200");
        }
        return Integer.parseInt(text);
    }

    private static PrinterTransport tcp(String spec, String address) {
        String host = address;
        String port = null;
        if (address.startsWith("[")) {
            int close = address.indexOf(']');
            if (close < 0) {
                throw bad(spec, "IPv6 address without ']'");
            }
            host = address.substring(1, close);
            String rest = address.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    throw bad(spec, "expected ':' after ']'");
                }
                port = rest.substring(1);
            }
        } else {
            int colon = address.indexOf(':');
            if (colon >= 0) {
                host = address.substring(0, colon);
                port = address.substring(colon + 1);
            }
        }
        if (host.isBlank()) {
            throw bad(spec, "no host");
        }
        return new TcpTransport(host, port == null ? TcpTransport.DEFAULT_PORT : port(spec, port));
    }

    private static int port(String spec, String text) {
        if (!text.matches("[0-9]{1,5}")) {
            throw bad(spec, "port '" + text + "' is not a number");
        }
        int port = Integer.parseInt(text);
        if (port < 1 || port > 65535) {
            throw bad(spec, "port must be 1-65535");
        }
        return port;
    }

    private static IllegalArgumentException bad(String spec, String why) {
        return new IllegalArgumentException("--transport '" + spec + "' is not valid (" + why + "): use " + FORMS);
    }
}
