package dev.hallq.kiosk.idcard;

import java.time.Duration;
import java.util.Objects;

/**
 * How the kiosk talks to its ID-card reader.
 *
 * @param port            the serial device, e.g. {@code /dev/hallq-idcard} (a udev symlink) or {@code /dev/ttyUSB0}
 * @param baudRate        115200 for SAM_V modules; some older ones run at 9600
 * @param pollInterval    pause between two looks for a card
 * @param commandTimeout  how long to wait for the answer to find, select, reset and status
 * @param readTimeout     how long to wait for the answer to a read (the module talks to the card, ~1 s)
 * @param retries         how often a command is sent again after no answer or a damaged frame
 * @param reopenInterval  pause before opening a lost port again or asking a silent module again
 * @param readFingerprint read with fingerprint ({@code 30 10}) instead of text and photo ({@code 30 01})
 */
public record GaT467Settings(String port, int baudRate, Duration pollInterval, Duration commandTimeout,
                             Duration readTimeout, int retries, Duration reopenInterval, boolean readFingerprint) {

    public static final int DEFAULT_BAUD = 115_200;

    public GaT467Settings {
        if (port == null || port.isBlank()) {
            throw new IllegalArgumentException("idcard port: a serial device path is required");
        }
        if (baudRate <= 0) {
            throw new IllegalArgumentException("idcard baudRate must be positive, not " + baudRate);
        }
        positive("pollInterval", pollInterval);
        positive("commandTimeout", commandTimeout);
        positive("readTimeout", readTimeout);
        positive("reopenInterval", reopenInterval);
        if (retries < 0 || retries > 10) {
            throw new IllegalArgumentException("idcard retries must be 0..10, not " + retries);
        }
    }

    /** 115200 baud, a look every 300 ms, 1 s per command, 3 s per read, 2 retries, reopen every 2 s. */
    public static GaT467Settings defaults(String port) {
        return new GaT467Settings(port, DEFAULT_BAUD, Duration.ofMillis(300), Duration.ofSeconds(1),
                Duration.ofSeconds(3), 2, Duration.ofSeconds(2), false);
    }

    public GaT467Settings withBaudRate(int baud) {
        return new GaT467Settings(port, baud, pollInterval, commandTimeout, readTimeout, retries, reopenInterval,
                readFingerprint);
    }

    public GaT467Settings withPollInterval(Duration every) {
        return new GaT467Settings(port, baudRate, every, commandTimeout, readTimeout, retries, reopenInterval,
                readFingerprint);
    }

    public GaT467Settings withTimeouts(Duration command, Duration read) {
        return new GaT467Settings(port, baudRate, pollInterval, command, read, retries, reopenInterval,
                readFingerprint);
    }

    public GaT467Settings withRetries(int count) {
        return new GaT467Settings(port, baudRate, pollInterval, commandTimeout, readTimeout, count, reopenInterval,
                readFingerprint);
    }

    public GaT467Settings withReopenInterval(Duration every) {
        return new GaT467Settings(port, baudRate, pollInterval, commandTimeout, readTimeout, retries, every,
                readFingerprint);
    }

    public GaT467Settings withFingerprint(boolean read) {
        return new GaT467Settings(port, baudRate, pollInterval, commandTimeout, readTimeout, retries, reopenInterval,
                read);
    }

    private static void positive(String key, Duration value) {
        Objects.requireNonNull(value, "idcard " + key);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("idcard " + key + " must be positive, not " + value);
        }
    }
}
