package dev.hallq.printer.escpos;

import static dev.hallq.printer.escpos.EscPosBytes.CR;
import static dev.hallq.printer.escpos.EscPosBytes.DLE;
import static dev.hallq.printer.escpos.EscPosBytes.ESC;
import static dev.hallq.printer.escpos.EscPosBytes.FS;
import static dev.hallq.printer.escpos.EscPosBytes.GS;
import static dev.hallq.printer.escpos.EscPosBytes.LF;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an ESC/POS stream command by command and applies it to a {@link ReceiptCanvas}. Commands
 * it does not draw are skipped with their parameters; bytes it cannot make sense of are skipped;
 * a truncated command ends the stream.
 */
final class EscPosInterpreter {
    private static final Logger log = LoggerFactory.getLogger(EscPosInterpreter.class);

    private final ByteReader in;
    private final ReceiptCanvas canvas;
    private final QrState qr = new QrState();
    private TextStyle style = TextStyle.DEFAULT;
    private boolean chineseMode;
    private int unknownCommands;
    private String firstUnknown;

    EscPosInterpreter(byte[] stream, ReceiptCanvas canvas) {
        this.in = new ByteReader(stream);
        this.canvas = canvas;
    }

    void run() {
        while (in.hasMore()) {
            int b = in.peek();
            if (b >= 0x20) {
                text();
            } else {
                in.next();
                control(b);
            }
        }
        if (unknownCommands > 0) {
            log.debug("skipped {} unknown commands, first {}", unknownCommands, firstUnknown);
        }
    }

    private void control(int b) {
        switch (b) {
            case LF -> canvas.newline();
            case ESC -> esc(in.next());
            case GS -> gs(in.next());
            case FS -> fs(in.next());
            case DLE -> dle(in.next());
            case CR -> { } // carriage return without auto line feed: no effect
            default -> log.trace("control byte {} ignored", EscPosBytes.hex(b));
        }
    }

    private void esc(int cmd) {
        switch (cmd) {
            case '@' -> {
                style = TextStyle.DEFAULT;
                canvas.reset();
            }
            case 'a' -> param(n -> {
                Align a = Align.fromCode(n);
                if (a != null) {
                    canvas.align(a);
                }
            });
            case 'E' -> param(n -> style = style.withBold((n & 1) == 1));
            case 'd' -> param(canvas::feedLines);
            case 'J' -> param(canvas::feedDots);
            case '!' -> param(n -> style = new TextStyle((n & 0x20) != 0 ? 2 : 1, (n & 0x10) != 0 ? 2 : 1,
                    (n & 0x08) != 0));
            default -> skip(ESC, cmd);
        }
    }

    private void gs(int cmd) {
        switch (cmd) {
            case '!' -> param(n -> {
                if ((n & 0x88) == 0) {
                    style = style.withSize((n >> 4) + 1, (n & 0x07) + 1);
                }
            });
            case '(' -> {
                if (in.peek() == 'k') {
                    symbol();
                } else {
                    CommandSkipper.skipLengthPrefixed(in);
                }
            }
            case 'V' -> cut();
            default -> skip(GS, cmd);
        }
    }

    private void fs(int cmd) {
        switch (cmd) {
            case '&' -> chineseMode = true;
            case '.' -> chineseMode = false;
            default -> skip(FS, cmd);
        }
    }

    /** DLE EOT / DLE ENQ are real-time queries and requests: nothing to draw. */
    private void dle(int cmd) {
        if (cmd == 0x14) {
            in.skip(3); // DLE DC4 fn m t
        } else if (cmd == 0x04 || cmd == 0x05) {
            in.skip(1);
        } else if (cmd >= 0) {
            unknown(DLE, cmd);
        }
    }

    /** {@code GS ( k pL pH cn fn ...}. */
    private void symbol() {
        in.next();
        int pL = in.next();
        int pH = in.next();
        byte[] body = pH < 0 ? null : in.take(pL | pH << 8);
        if (body == null || body.length < 2) {
            return;
        }
        if ((body[0] & 0xFF) != EscPosBytes.QR_CN) {
            log.trace("2D symbol cn {} is not QR: skipped", EscPosBytes.hex(body[0]));
            return;
        }
        qr.apply(body[1] & 0xFF, java.util.Arrays.copyOfRange(body, 2, body.length), canvas);
    }

    /** {@code GS V m} (m 0, 1, 48, 49) or {@code GS V m n} (m 65, 66, 97, 98, 103, 104). */
    private void cut() {
        int m = in.next();
        switch (m) {
            case 0, 1, 48, 49 -> canvas.cut(0);
            case 65, 66 -> param(n -> canvas.cut(ReceiptCanvas.CUTTER_FEED + n));
            case 97, 98, 103, 104 -> param(n -> canvas.cut(ReceiptCanvas.CUTTER_FEED));
            default -> {
                if (m >= 0) {
                    unknown(GS, 'V');
                }
            }
        }
    }

    private void text() {
        ByteArrayOutputStream run = new ByteArrayOutputStream();
        while (in.hasMore() && in.peek() >= 0x20) {
            run.write(in.next());
        }
        canvas.text(decode(run.toByteArray()), style);
    }

    /** GB18030 whether or not Chinese mode is on: ASCII is the same in both. */
    private String decode(byte[] bytes) {
        CharsetDecoder decoder = EscPosBytes.TEXT_CHARSET.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            log.trace("undecodable text run of {} bytes (Chinese mode {})", bytes.length, chineseMode);
            return "";
        }
    }

    private void param(java.util.function.IntConsumer action) {
        int n = in.next();
        if (n >= 0) {
            action.accept(n);
        }
    }

    private void skip(int prefix, int cmd) {
        if (cmd >= 0 && !CommandSkipper.skip(prefix, cmd, in)) {
            unknown(prefix, cmd);
        }
    }

    private void unknown(int prefix, int cmd) {
        unknownCommands++;
        if (firstUnknown == null) {
            firstUnknown = EscPosBytes.hex(prefix) + " " + EscPosBytes.hex(cmd) + " at byte " + (in.position() - 2);
        }
        log.trace("unknown command {} {} skipped", EscPosBytes.hex(prefix), EscPosBytes.hex(cmd));
    }
}
