package dev.hallq.display.voice;

import java.util.Objects;

/**
 * One thing for the hall announcer to say.
 *
 * @param seq          sequence number given by the caller (used in logs and WAV file names)
 * @param ticketNumber ticket as printed, e.g. "A012"
 * @param window       window number, 1 or more
 * @param recall       true for a recall (重呼)
 * @param text         text for the screen, e.g. 「请A012号到3号窗口办理」
 * @param spokenText   text for the speech engine, e.g. 「请A零一二号到三号窗口办理」
 * @param second       the same call in a second language, spoken after the Mandarin one; null when none
 */
public record Announcement(long seq, String ticketNumber, int window, boolean recall, String text,
                           String spokenText, Second second) {

    /** The call in a second language: @param voice espeak-ng voice; @param spokenText what it says */
    public record Second(String voice, String spokenText) {
        public Second {
            Objects.requireNonNull(voice, "voice");
            Objects.requireNonNull(spokenText, "spokenText");
            if (spokenText.isBlank()) {
                throw new IllegalArgumentException("second language spokenText is blank");
            }
        }
    }

    /** An announcement in Mandarin only. */
    public Announcement(long seq, String ticketNumber, int window, boolean recall, String text, String spokenText) {
        this(seq, ticketNumber, window, recall, text, spokenText, null);
    }

    public Announcement {
        Objects.requireNonNull(ticketNumber, "ticketNumber");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(spokenText, "spokenText");
        if (ticketNumber.isBlank()) {
            throw new IllegalArgumentException("ticketNumber is blank");
        }
        if (window < 1) {
            throw new IllegalArgumentException("window must be 1 or more: " + window);
        }
        if (spokenText.isBlank()) {
            throw new IllegalArgumentException("spokenText is blank");
        }
    }

    /** True when both announce the same ticket to the same window (call or recall alike). */
    public boolean sameCallAs(Announcement other) {
        return window == other.window && ticketNumber.equals(other.ticketNumber);
    }

    /** Short form for logs: "#7 A012→3 (recall)". */
    public String describe() {
        return "#" + seq + " " + ticketNumber + "→" + window + (recall ? " (recall)" : "");
    }
}
