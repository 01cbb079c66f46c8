package dev.hallq.display.voice;

import java.util.Objects;
import java.util.Optional;

/**
 * How a hall's announcer speaks.
 *
 * @param templates  wording of a call and a recall (重呼)
 * @param second     the second language said after the Mandarin call; null for none
 * @param chime      the chime before each call
 * @param maxBacklog announcements that may wait their turn; beyond it the oldest waiting one is dropped (and
 *                   reported), see {@link AnnouncementQueue}
 */
public record VoiceConfig(PhraseTemplates templates, SecondLanguage second, boolean chime, int maxBacklog) {
    public static final int MAX_BACKLOG_LIMIT = 1_000;

    public VoiceConfig {
        Objects.requireNonNull(templates, "templates");
        if (maxBacklog < 1 || maxBacklog > MAX_BACKLOG_LIMIT) {
            throw new IllegalArgumentException("voice.maxBacklog must be 1-" + MAX_BACKLOG_LIMIT + ", was " + maxBacklog);
        }
    }

    /** 「请A012号到3号窗口办理」, Mandarin only, with the chime, 20 waiting at most. */
    public static VoiceConfig defaults() {
        return new VoiceConfig(PhraseTemplates.defaults(), null, true, AnnouncementQueue.DEFAULT_MAX_BACKLOG);
    }

    public Optional<SecondLanguage> secondLanguage() {
        return Optional.ofNullable(second);
    }

    public CallPhrases phrases() {
        return new CallPhrases(templates, second);
    }
}
