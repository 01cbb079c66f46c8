package dev.hallq.display.voice;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A language spoken after the Mandarin call, live by espeak-ng: English for visitors, or Cantonese in a
 * Cantonese-speaking hall.
 *
 * @param voice        espeak-ng voice, e.g. {@code en} or {@code yue}
 * @param templates    its wording, with {@code {ticket}} and {@code {window}}
 * @param latinNumbers true: the ticket spelled with Latin digits and commas ("A, 0, 1, 2") and the window as a
 *                     number ("3"), for English; false: the ticket in Chinese digits (A零一二) and the window in
 *                     Chinese (三), for Cantonese
 */
public record SecondLanguage(String voice, PhraseTemplates templates, boolean latinNumbers) {

    private static final Pattern VOICE = Pattern.compile("[A-Za-z0-9_+\\-/]+"); // before the constants that use it

    public static final SecondLanguage ENGLISH = new SecondLanguage("en", new PhraseTemplates(
            "Number {ticket}, please go to window {window}.",
            "Recall: number {ticket}, please go to window {window}."), true);
    public static final SecondLanguage CANTONESE = new SecondLanguage("yue", PhraseTemplates.defaults(), false);

    public SecondLanguage {
        Objects.requireNonNull(voice, "voice");
        Objects.requireNonNull(templates, "templates");
        if (!VOICE.matcher(voice).matches()) {
            throw new IllegalArgumentException("not an espeak-ng voice name: " + voice);
        }
    }

    /** {@code none}, {@code en} (English) or {@code yue} (Cantonese); empty for none. */
    public static Optional<SecondLanguage> named(String name) {
        String n = name == null ? "none" : name.strip().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "", "none", "off", "false" -> Optional.empty();
            case "en", "english" -> Optional.of(ENGLISH);
            case "yue", "cantonese", "粤语" -> Optional.of(CANTONESE);
            default -> throw new IllegalArgumentException("second language must be none, en or yue, was '" + name + "'");
        };
    }

    /** The same voice and reading with other wording. */
    public SecondLanguage withTemplates(PhraseTemplates other) {
        return new SecondLanguage(voice, other, latinNumbers);
    }

    /** What espeak-ng is given: "Number A, 0, 1, 2, please go to window 3." or 「请A零一二号到三号窗口办理」. */
    public String spokenText(String normalizedTicket, int window, boolean recall) {
        if (latinNumbers) {
            return templates.render(recall, String.join(", ", normalizedTicket.split("")), Integer.toString(window));
        }
        return templates.render(recall, ChineseNumerals.digitByDigit(normalizedTicket), ChineseNumerals.cardinal(window));
    }
}
