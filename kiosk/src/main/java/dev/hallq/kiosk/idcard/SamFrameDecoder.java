package dev.hallq.kiosk.idcard;

import java.util.Arrays;
import java.util.Optional;

/**
 * Finds GA/T 467 frames in a byte stream as it arrives from the serial line, in pieces of any size. Bytes before a
 * preamble are skipped, a frame cut short waits for the rest, and a frame whose length or checksum is wrong is
 * {@linkplain Result.Rejected rejected} (never handed on as a body); the search then resumes one byte after the
 * rejected preamble, so a good frame right behind a bad one is still found. Not thread-safe: one reader owns it.
 */
public final class SamFrameDecoder {

    /** What {@link #next()} found. */
    public sealed interface Result permits Result.Body, Result.Rejected {
        /** A frame that passed every check: its body (between the length and the checksum). */
        record Body(byte[] bytes) implements Result {
            public Body {
                bytes = bytes.clone();
            }

            @Override
            public byte[] bytes() {
                return bytes.clone();
            }

            @Override
            public String toString() {
                return "Body[" + bytes.length + " bytes]";
            }
        }

        /** Something that looked like a frame and was not one, with why. */
        record Rejected(String reason) implements Result {
        }
    }

    private byte[] buf = new byte[512];
    private int size;
    private long skipped;

    /** Takes {@code count} more bytes from the line. */
    public void feed(byte[] bytes, int offset, int count) {
        if (size + count > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + count));
        }
        System.arraycopy(bytes, offset, buf, size, count);
        size += count;
    }

    public void feed(byte[] bytes) {
        feed(bytes, 0, bytes.length);
    }

    /** Forgets everything fed so far, e.g. before a new command, so a late reply to an old one is not taken. */
    public void clear() {
        size = 0;
    }

    /** How many bytes were thrown away outside any frame since this decoder was made: a measure of line noise. */
    public long skippedBytes() {
        return skipped;
    }

    /** The next frame or rejection in what was fed, or empty when more bytes are needed. */
    public Optional<Result> next() {
        int start = indexOfPreamble();
        if (start < 0) {
            // keep a tail that may be the start of a preamble cut in two
            int keep = Math.min(size, SamFrame.PREAMBLE.length - 1);
            while (keep > 0 && !isPreamblePrefix(size - keep, keep)) {
                keep--;
            }
            drop(size - keep);
            return Optional.empty();
        }
        drop(start);
        if (size < SamFrame.HEADER) {
            return Optional.empty();
        }
        int len = ((buf[5] & 0xFF) << 8) | (buf[6] & 0xFF);
        if (len < 2 || len > SamFrame.MAX_BODY + 1) {
            drop(1);
            return Optional.of(new Result.Rejected("impossible length " + len));
        }
        int total = SamFrame.HEADER + len;
        if (size < total) {
            return Optional.empty();
        }
        byte expected = SamFrame.checksum(buf, SamFrame.PREAMBLE.length, total - 1);
        if (expected != buf[total - 1]) {
            String reason = String.format("checksum %02X, expected %02X, over %d bytes", buf[total - 1] & 0xFF,
                    expected & 0xFF, len);
            drop(1);
            return Optional.of(new Result.Rejected(reason));
        }
        byte[] body = Arrays.copyOfRange(buf, SamFrame.HEADER, total - 1);
        consume(total);
        return Optional.of(new Result.Body(body));
    }

    private int indexOfPreamble() {
        outer:
        for (int i = 0; i + SamFrame.PREAMBLE.length <= size; i++) {
            for (int j = 0; j < SamFrame.PREAMBLE.length; j++) {
                if (buf[i + j] != SamFrame.PREAMBLE[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private boolean isPreamblePrefix(int from, int count) {
        for (int j = 0; j < count; j++) {
            if (buf[from + j] != SamFrame.PREAMBLE[j]) {
                return false;
            }
        }
        return true;
    }

    /** Throws away {@code n} leading bytes that belong to no frame. */
    private void drop(int n) {
        skipped += n;
        consume(n);
    }

    private void consume(int n) {
        System.arraycopy(buf, n, buf, 0, size - n);
        size -= n;
    }

    /** For tests and logs: how many bytes wait for the rest of their frame. */
    int buffered() {
        return size;
    }
}
