package dev.hallq.display.voice;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Builds what the hall shows and says when a ticket is called.
 *
 * <ul>
 *   <li>display: 「请A012号到3号窗口办理」</li>
 *   <li>spoken: 「请A零一二号到三号窗口办理」: the ticket digit by digit, the window as a number</li>
 *   <li>English (optional second line): "Number A 0 1 2, please go to window 3"</li>
 *   <li>a second spoken language when configured ({@link SecondLanguage}): English or Cantonese</li>
 * </ul>
 *
 * <p>A ticket is letters followed by digits ("A012", "VIP7"); it is trimmed and upper-cased.
 * Windows run from 1 to {@value #MAX_WINDOW}.
 */
public final class CallPhrases {

    public static final int MAX_WINDOW = ChineseNumerals.MAX_CARDINAL;
    private static final Pattern TICKET = Pattern.compile("[A-Z]{0,8}[0-9]{1,8}");

    private final PhraseTemplates templates;
    private final SecondLanguage second;

    public CallPhrases() {
        this(PhraseTemplates.defaults());
    }

    public CallPhrases(PhraseTemplates templates) {
        this(templates, null);
    }

    /** @param second spoken after the Mandarin call; null for none */
    public CallPhrases(PhraseTemplates templates, SecondLanguage second) {
        this.templates = Objects.requireNonNull(templates, "templates");
        this.second = second;
    }

    public PhraseTemplates templates() {
        return templates;
    }

    public Optional<SecondLanguage> secondLanguage() {
        return Optional.ofNullable(second);
    }

    /** Screen text: 「请A012号到3号窗口办理」, or with 「重呼：」 for a recall. */
    public String displayText(String ticket, int window, boolean recall) {
        String t = normalizeTicket(ticket);
        checkWindow(window);
        return templates.render(recall, t, Integer.toString(window));
    }

    /** Text for the speech engine: 「请A零一二号到三号窗口办理」, or with 「重呼：」 for a recall. */
    public String spokenText(String ticket, int window, boolean recall) {
        String t = normalizeTicket(ticket);
        checkWindow(window);
        return templates.render(recall, ChineseNumerals.digitByDigit(t), ChineseNumerals.cardinal(window));
    }

    /** English second line: "Number A 0 1 2, please go to window 3" ("Recall: number …" for a recall). */
    public String englishText(String ticket, int window, boolean recall) {
        String t = normalizeTicket(ticket);
        checkWindow(window);
        String spelled = String.join(" ", t.split(""));
        return (recall ? "Recall: number " : "Number ") + spelled + ", please go to window " + window;
    }

    /** The announcement for one call: display and spoken text built from the templates, and the second language's. */
    public Announcement announcement(long seq, String ticket, int window, boolean recall) {
        String t = normalizeTicket(ticket);
        Announcement.Second other = second == null ? null
                : new Announcement.Second(second.voice(), second.spokenText(t, window, recall));
        return new Announcement(seq, t, window, recall,
                displayText(t, window, recall), spokenText(t, window, recall), other);
    }

    /** Trims and upper-cases a ticket number; rejects blank or malformed ones. */
    public static String normalizeTicket(String ticket) {
        if (ticket == null || ticket.isBlank()) {
            throw new IllegalArgumentException("ticket number is blank");
        }
        String t = ticket.strip().toUpperCase(Locale.ROOT);
        if (!TICKET.matcher(t).matches()) {
            throw new IllegalArgumentException("ticket number must be letters then digits, like A012: " + ticket);
        }
        return t;
    }

    private static void checkWindow(int window) {
        if (window < 1 || window > MAX_WINDOW) {
            throw new IllegalArgumentException("window must be 1.." + MAX_WINDOW + ": " + window);
        }
    }
}
