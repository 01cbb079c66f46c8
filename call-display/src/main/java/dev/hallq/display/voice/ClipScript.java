package dev.hallq.display.voice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a spoken phrase is put together from recorded clips. Every letter and digit is a clip of its own
 * (A零一二 → {@code letter-A}, {@code digit-0}, {@code digit-1}, {@code digit-2}), so are 十, 百 and 千 of a
 * window number; punctuation and spaces are a short pause; each run of other text between them is one word clip
 * ({@code word-请}, {@code word-号到}, {@code word-号窗口办理}, {@code word-重呼}). The file names are the contract
 * with a hall that records its own voice: same name, same words.
 */
public final class ClipScript {

    /** One piece of a phrase. */
    public sealed interface Part permits Clip, Pause {
    }

    /** @param file the clip's file name in the clip folder; @param text what it says */
    public record Clip(String file, String text) implements Part {
    }

    public record Pause(double seconds) implements Part {
    }

    /** Pause for punctuation (，：。) and spaces in a template. */
    public static final double PAUSE_SECONDS = 0.25;
    private static final String DIGITS = "零一二三四五六七八九";
    private static final String UNITS = "十百千";
    private static final int[] UNIT_VALUES = {10, 100, 1000};
    private static final String PUNCTUATION = "，。：、；！？,.:;!?（）()「」“”\"'";

    private ClipScript() {
    }

    /** The parts of a spoken text such as 「请A零一二号到十二号窗口办理」, in order. */
    public static List<Part> of(String spokenText) {
        Objects.requireNonNull(spokenText, "spokenText");
        List<Part> parts = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < spokenText.length(); i++) {
            char c = spokenText.charAt(i);
            Part single = single(c);
            if (single == null) {
                word.append(c);
                continue;
            }
            if (word.length() > 0) {
                parts.add(wordClip(word.toString()));
                word.setLength(0);
            }
            if (single instanceof Pause) {
                if (!parts.isEmpty() && !(parts.get(parts.size() - 1) instanceof Pause)) {
                    parts.add(single);
                }
            } else {
                parts.add(single);
            }
        }
        if (word.length() > 0) {
            parts.add(wordClip(word.toString()));
        }
        if (!parts.isEmpty() && parts.get(parts.size() - 1) instanceof Pause) {
            parts.remove(parts.size() - 1);
        }
        return parts;
    }

    /**
     * Every clip a hall's wording needs, file name → text: the digits 零–九, the letters A–Z, 十/百/千, and the words
     * of the call and recall templates.
     */
    public static Map<String, String> inventory(PhraseTemplates templates) {
        Map<String, String> clips = new LinkedHashMap<>();
        for (int d = 0; d <= 9; d++) {
            clips.put(digitFile(d), String.valueOf(DIGITS.charAt(d)));
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            clips.put(letterFile(c), String.valueOf(c));
        }
        for (int u = 0; u < UNITS.length(); u++) {
            clips.put(unitFile(UNIT_VALUES[u]), String.valueOf(UNITS.charAt(u)));
        }
        for (String template : List.of(templates.call(), templates.recall())) {
            String literal = template.replace(PhraseTemplates.TICKET, " ").replace(PhraseTemplates.WINDOW, " ");
            for (Part p : of(literal)) {
                if (p instanceof Clip clip) {
                    clips.putIfAbsent(clip.file(), clip.text());
                }
            }
        }
        return clips;
    }

    public static String digitFile(int digit) {
        return "digit-" + digit + ".wav";
    }

    public static String letterFile(char letter) {
        return "letter-" + Character.toUpperCase(letter) + ".wav";
    }

    public static String unitFile(int value) {
        return "unit-" + value + ".wav";
    }

    /** {@code word-<text>.wav}; anything but letters (Chinese included) and digits becomes {@code _}. */
    public static String wordFile(String word) {
        StringBuilder name = new StringBuilder("word-");
        word.codePoints().forEach(cp -> name.appendCodePoint(Character.isLetterOrDigit(cp) ? cp : '_'));
        return name.append(".wav").toString();
    }

    private static Part single(char c) {
        if (c >= '0' && c <= '9') {
            return new Clip(digitFile(c - '0'), String.valueOf(DIGITS.charAt(c - '0')));
        }
        int digit = DIGITS.indexOf(c);
        if (digit >= 0) {
            return new Clip(digitFile(digit), String.valueOf(c));
        }
        int unit = UNITS.indexOf(c);
        if (unit >= 0) {
            return new Clip(unitFile(UNIT_VALUES[unit]), String.valueOf(c));
        }
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
            return new Clip(letterFile(c), String.valueOf(Character.toUpperCase(c)));
        }
        if (Character.isWhitespace(c) || PUNCTUATION.indexOf(c) >= 0) {
            return new Pause(PAUSE_SECONDS);
        }
        return null;
    }

    private static Clip wordClip(String word) {
        return new Clip(wordFile(word), word);
    }
}
