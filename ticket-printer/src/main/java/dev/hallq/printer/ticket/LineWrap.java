package dev.hallq.printer.ticket;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines of at most a number of columns, as a thermal printer counts them in font A: an ASCII
 * character takes one column, any other (Chinese, full-width punctuation) two. Chinese breaks between any two
 * characters; a run of ASCII letters and digits (a phone number, 0552-1234567) moves to the next line whole
 * unless it is longer than a line. A closing mark (，。）》」…) never starts a line and an opening one (（《「…)
 * never ends one: the character before (or the mark) moves down with it. Line breaks in the text are kept;
 * other control characters become spaces, so no byte of the text can be taken for a printer command.
 */
final class LineWrap {
    private static final String NO_LINE_START = "，。、；：？！）》」』】〕〉”’…—·";
    private static final String NO_LINE_END = "（《「『【〔〈“‘";

    private LineWrap() {
    }

    /** Columns a text takes: one per ASCII character, two for any other. */
    static int width(String text) {
        return text.codePoints().map(LineWrap::width).sum();
    }

    /** The text broken into lines of at most {@code columns} columns; an empty text gives no line. */
    static List<String> wrap(String text, int columns) {
        if (columns < 2) {
            throw new IllegalArgumentException("columns must be at least 2 (one Chinese character) but was " + columns);
        }
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R")) {
            String clean = paragraph.codePoints().map(cp -> Character.isISOControl(cp) ? ' ' : cp)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
            if (!clean.isEmpty()) {
                pack(tokens(clean), columns, lines);
            }
        }
        return lines;
    }

    /**
     * An item of a numbered list: the first line starts with {@code prefix} ({@code "1. "}), the lines after it are
     * indented by as many columns, so the text stands in one column.
     */
    static List<String> hanging(String prefix, String text, int columns) {
        String indent = " ".repeat(width(prefix));
        List<String> body = wrap(text, columns - indent.length());
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            lines.add((i == 0 ? prefix : indent) + body.get(i));
        }
        return lines.isEmpty() ? List.of(prefix.stripTrailing()) : lines;
    }

    /** Runs of ASCII (punctuation included, so 3.5 or a web address stay whole), single spaces, single wide characters. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp < 0x80 && cp != ' ') {
                word.appendCodePoint(cp);
                return;
            }
            if (!word.isEmpty()) {
                tokens.add(word.toString());
                word.setLength(0);
            }
            tokens.add(new String(Character.toChars(cp)));
        });
        if (!word.isEmpty()) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    private static void pack(List<String> tokens, int columns, List<String> lines) {
        List<String> line = new ArrayList<>();
        for (String token : tokens) {
            int used = width(String.join("", line));
            if (token.equals(" ")) {
                if (!line.isEmpty() && used < columns) {
                    line.add(token);
                }
                continue;
            }
            if (used + width(token) <= columns) {
                line.add(token);
                continue;
            }
            List<String> carried = new ArrayList<>();
            if (isClosing(token)) {
                moveLast(line, carried);
            }
            while (line.size() > 1 && isOpening(line.get(line.size() - 1))) {
                moveLast(line, carried);
            }
            end(line, lines);
            line.addAll(carried);
            if (width(String.join("", line)) + width(token) <= columns) {
                line.add(token);
            } else {
                chop(token, columns, line, lines);
            }
        }
        end(line, lines);
    }

    /** A word longer than the room left: as much as fits on each line. */
    private static void chop(String word, int columns, List<String> line, List<String> lines) {
        StringBuilder piece = new StringBuilder();
        int room = columns - width(String.join("", line));
        for (int cp : word.codePoints().toArray()) {
            if (width(cp) > room) {
                line.add(piece.toString());
                end(line, lines);
                piece.setLength(0);
                room = columns;
            }
            piece.appendCodePoint(cp);
            room -= width(cp);
        }
        line.add(piece.toString());
    }

    private static void moveLast(List<String> line, List<String> carried) {
        if (line.size() > 1) {
            carried.add(0, line.remove(line.size() - 1));
        }
    }

    private static void end(List<String> line, List<String> lines) {
        String text = String.join("", line).stripTrailing();
        if (!text.isEmpty()) {
            lines.add(text);
        }
        line.clear();
    }

    private static boolean isClosing(String token) {
        return token.codePointCount(0, token.length()) == 1 && NO_LINE_START.indexOf(token) >= 0;
    }

    private static boolean isOpening(String token) {
        return token.codePointCount(0, token.length()) == 1 && NO_LINE_END.indexOf(token) >= 0;
    }

    private static int width(int codePoint) {
        return codePoint < 0x80 ? 1 : 2;
    }
}
