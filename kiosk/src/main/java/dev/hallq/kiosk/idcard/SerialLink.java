package dev.hallq.kiosk.idcard;

import java.io.IOException;
import java.time.Duration;

/**
 * An open serial line, as small as the reader needs it, so the GA/T 467 logic can be tested over anything that
 * moves bytes. {@link JSerialCommLink} is the real one. Every method throws {@link IOException} once the port
 * is gone (USB-serial adapter unplugged, pty closed); a timeout is not an error.
 */
public interface SerialLink extends AutoCloseable {

    /** Writes all of {@code bytes}, or throws. */
    void write(byte[] bytes) throws IOException;

    /** Waits up to {@code timeout} for bytes and reads what is there: the count, 0 when nothing came in time. */
    int read(byte[] into, Duration timeout) throws IOException;

    /** Throws away what was received and not read yet. */
    void discardInput() throws IOException;

    /** Closes the port; never throws. */
    @Override
    void close();

    /** Opens the line, again and again if it goes away. */
    interface Opener {
        SerialLink open() throws IOException;

        /** For logs: {@code /dev/hallq-idcard at 115200 baud}. */
        String describe();
    }
}
