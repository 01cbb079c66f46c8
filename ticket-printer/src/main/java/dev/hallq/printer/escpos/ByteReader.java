package dev.hallq.printer.escpos;

/** Bounds-checked cursor over a byte stream; reading past the end never throws. */
final class ByteReader {
    private final byte[] data;
    private int pos;

    ByteReader(byte[] data) {
        this.data = data;
    }

    boolean hasMore() {
        return pos < data.length;
    }

    /** True when at least n more bytes can be read. */
    boolean has(int n) {
        return n >= 0 && data.length - pos >= n;
    }

    /** Next byte as 0..255, or -1 at the end. */
    int next() {
        return pos < data.length ? data[pos++] & 0xFF : -1;
    }

    /** Next byte as 0..255 without consuming it, or -1 at the end. */
    int peek() {
        return pos < data.length ? data[pos] & 0xFF : -1;
    }

    /** Skips n bytes; returns false (and goes to the end) when fewer remain. */
    boolean skip(long n) {
        if (n < 0 || data.length - pos < n) {
            pos = data.length;
            return false;
        }
        pos += (int) n;
        return true;
    }

    /** Reads n bytes, or returns null (and goes to the end) when fewer remain. */
    byte[] take(int n) {
        if (!has(n)) {
            pos = data.length;
            return null;
        }
        byte[] out = new byte[n];
        System.arraycopy(data, pos, out, 0, n);
        pos += n;
        return out;
    }

    /** Skips up to and including the next NUL; false when there is none. */
    boolean skipPastNul() {
        while (pos < data.length) {
            if (data[pos++] == 0) {
                return true;
            }
        }
        return false;
    }

    /** Index of the next byte, for log messages. */
    int position() {
        return pos;
    }
}
