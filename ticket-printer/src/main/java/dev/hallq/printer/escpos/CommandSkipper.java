package dev.hallq.printer.escpos;

import static dev.hallq.printer.escpos.EscPosBytes.ESC;
import static dev.hallq.printer.escpos.EscPosBytes.FS;
import static dev.hallq.printer.escpos.EscPosBytes.GS;

import java.util.Arrays;

/**
 * Parameter lengths of the ESC/POS commands the renderer does not draw, so that their parameters
 * are not mistaken for text. Fixed lengths come from a table; variable ones (bit images, barcodes,
 * {@code GS ( x pL pH}, NUL-terminated lists) are computed from their length fields.
 */
final class CommandSkipper {
    private static final int UNKNOWN = -1;
    private static final int[] ESC_PARAMS = table(
            " 1", "!1", "$2", "%1", "-1", "20", "31", "=1", "?1", "E1", "G1", "J1", "K1", "L0", "M1",
            "R1", "S0", "T1", "U1", "V1", "W8", "\\2", "a1", "c2", "d1", "e1", "i0", "m0", "p3", "r1",
            "t1", "u1", "v0", "{1", "@0", "<0");
    private static final int[] GS_PARAMS = table(
            "!1", "$2", "/1", ":0", "B1", "E1", "H1", "I1", "L2", "P2", "T1", "W2", "\\2", "^3", "a1",
            "b1", "c0", "f1", "h1", "r1", "w1", "g3");
    private static final int[] FS_PARAMS = table(
            "!1", "&0", "-1", ".0", "C1", "S2", "W1", "p2", "?2", "22");

    private CommandSkipper() {
    }

    /**
     * Skips the parameters of {@code prefix cmd}, whose two bytes are already consumed.
     *
     * @return false when the command is unknown (only its two bytes are skipped)
     */
    static boolean skip(int prefix, int cmd, ByteReader in) {
        if (prefix == ESC) {
            return skipEsc(cmd, in);
        }
        if (prefix == GS) {
            return skipGs(cmd, in);
        }
        if (prefix == FS) {
            return cmd == '(' ? skipLengthPrefixed(in) : skipFixed(FS_PARAMS, cmd, in);
        }
        return false;
    }

    /** {@code X pL pH payload} as used by every {@code GS ( X} and {@code FS ( X} function. */
    static boolean skipLengthPrefixed(ByteReader in) {
        in.next();
        int pL = in.next();
        int pH = in.next();
        if (pH < 0) {
            return true;
        }
        in.skip(pL | pH << 8);
        return true;
    }

    private static boolean skipEsc(int cmd, ByteReader in) {
        return switch (cmd) {
            case '*' -> skipBitImage(in);
            case 'D' -> skipTabPositions(in);
            case '&' -> skipUserCharacters(in);
            default -> skipFixed(ESC_PARAMS, cmd, in);
        };
    }

    private static boolean skipGs(int cmd, ByteReader in) {
        return switch (cmd) {
            case '(' -> skipLengthPrefixed(in);
            case 'k' -> skipBarcode(in);
            case 'v' -> skipRasterImage(in);
            case '*' -> skipDownloadedImage(in);
            case '8' -> skipLongLengthPrefixed(in);
            default -> skipFixed(GS_PARAMS, cmd, in);
        };
    }

    private static boolean skipFixed(int[] table, int cmd, ByteReader in) {
        int n = cmd >= 0 && cmd < table.length ? table[cmd] : UNKNOWN;
        if (n == UNKNOWN) {
            return false;
        }
        in.skip(n);
        return true;
    }

    /** {@code ESC * m nL nH d...}: m 0/1 one byte per column, 32/33 three. */
    private static boolean skipBitImage(ByteReader in) {
        int m = in.next();
        int n = in.next() | in.next() << 8;
        if (n >= 0) {
            in.skip((long) n * (m >= 32 ? 3 : 1));
        }
        return true;
    }

    /** {@code ESC D n1..nk NUL}: horizontal tab positions. */
    private static boolean skipTabPositions(ByteReader in) {
        in.skipPastNul();
        return true;
    }

    /** {@code ESC & y c1 c2 [x d1..d(y*x)]...} user-defined characters. */
    private static boolean skipUserCharacters(ByteReader in) {
        int y = in.next();
        int c1 = in.next();
        int c2 = in.next();
        for (int c = c1; c >= 0 && c <= c2 && in.hasMore(); c++) {
            int x = in.next();
            in.skip((long) x * y);
        }
        return true;
    }

    /** {@code GS k m d... NUL} (m 0..6) or {@code GS k m n d1..dn} (m 65..79). */
    private static boolean skipBarcode(ByteReader in) {
        int m = in.next();
        if (m >= 0 && m <= 6) {
            in.skipPastNul();
        } else if (m >= 65) {
            int n = in.next();
            in.skip(Math.max(n, 0));
        }
        return true;
    }

    /** {@code GS v 0 m xL xH yL yH d...}: x bytes per row, y rows. */
    private static boolean skipRasterImage(ByteReader in) {
        in.skip(2);
        long x = in.next() | in.next() << 8;
        long y = in.next() | in.next() << 8;
        if (x >= 0 && y >= 0) {
            in.skip(x * y);
        }
        return true;
    }

    /** {@code GS * x y d...}: x*y*8 bytes. */
    private static boolean skipDownloadedImage(ByteReader in) {
        int x = in.next();
        int y = in.next();
        if (y >= 0) {
            in.skip((long) x * y * 8);
        }
        return true;
    }

    /** {@code GS 8 X p1 p2 p3 p4 payload}: four-byte length. */
    private static boolean skipLongLengthPrefixed(ByteReader in) {
        in.next();
        long length = 0;
        for (int i = 0; i < 4; i++) {
            int b = in.next();
            if (b < 0) {
                return true;
            }
            length |= (long) b << (8 * i);
        }
        in.skip(length);
        return true;
    }

    /** Builds a lookup from entries of command character + parameter count digit. */
    private static int[] table(String... entries) {
        int[] table = new int[128];
        Arrays.fill(table, UNKNOWN);
        for (String e : entries) {
            table[e.charAt(0)] = e.charAt(1) - '0';
        }
        return table;
    }
}
