package dev.hallq.kiosk.idcard;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * One command, one reply, over a {@link SerialLink}: sends the frame, waits for a reply frame that passes its
 * checks, and sends again (up to {@code retries} times) after silence, a damaged frame, or the module's own
 * complaint that our frame arrived damaged. Waits in short slices so that the owner can stop it promptly.
 */
final class SamChannel {
    private static final Logger LOG = LoggerFactory.getLogger(SamChannel.class);
    private static final Duration SLICE = Duration.ofMillis(100);

    private final SerialLink link;
    private final int retries;
    private final BooleanSupplier running;
    private final SamFrameDecoder decoder = new SamFrameDecoder();
    private final byte[] buffer = new byte[2048];
    private String lastFailure = "";

    SamChannel(SerialLink link, int retries, BooleanSupplier running) {
        this.link = link;
        this.retries = retries;
        this.running = running;
    }

    /**
     * The module's reply to {@code command}, or empty when none passed its checks within {@code timeout} on any
     * attempt ({@link #lastFailure()} says why) or when the owner stopped. Throws when the port is gone.
     */
    Optional<SamReply> exchange(SamCommand command, Duration timeout) throws IOException {
        return exchange(command, timeout, retries);
    }

    Optional<SamReply> exchange(SamCommand command, Duration timeout, int attemptsAfterFirst) throws IOException {
        for (int attempt = 0; attempt <= attemptsAfterFirst && running.getAsBoolean(); attempt++) {
            if (attempt > 0) {
                LOG.debug("{} again ({}), attempt {}", command, lastFailure, attempt + 1);
            }
            Optional<SamReply> reply = attempt(command, timeout);
            if (reply.isPresent()) {
                return reply;
            }
        }
        return Optional.empty();
    }

    /** Why the last exchange gave up: {@code "no answer within 1000 ms"}, {@code "checksum 13, expected 12 …"}. */
    String lastFailure() {
        return lastFailure;
    }

    private Optional<SamReply> attempt(SamCommand command, Duration timeout) throws IOException {
        link.discardInput();
        decoder.clear();
        link.write(command.frame());
        long deadline = System.nanoTime() + timeout.toNanos();
        long left;
        while ((left = deadline - System.nanoTime()) > 0 && running.getAsBoolean()) {
            int n = link.read(buffer, Duration.ofNanos(Math.min(left, SLICE.toNanos())));
            if (n == 0) {
                continue;
            }
            decoder.feed(buffer, 0, n);
            Optional<SamFrameDecoder.Result> result = decoder.next();
            if (result.isEmpty()) {
                continue;
            }
            if (result.get() instanceof SamFrameDecoder.Result.Rejected rejected) {
                lastFailure = "damaged reply: " + rejected.reason();
                return Optional.empty();
            }
            SamReply reply = SamReply.fromBody(((SamFrameDecoder.Result.Body) result.get()).bytes());
            if (reply == null) {
                lastFailure = "damaged reply: body shorter than SW1 SW2 SW3";
                return Optional.empty();
            }
            if (reply.status().transmissionError()) {
                lastFailure = "the module says " + reply.describeStatus();
                return Optional.empty();
            }
            return Optional.of(reply);
        }
        lastFailure = "no answer within " + timeout.toMillis() + " ms";
        return Optional.empty();
    }
}
