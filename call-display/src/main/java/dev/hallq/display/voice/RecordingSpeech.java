package dev.hallq.display.voice;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A speech output that only remembers what it was asked to say, in order. For tests and the
 * virtual hall. It can be told to fail for some or all announcements.
 */
public final class RecordingSpeech implements SpeechOutput {

    private static final Logger LOG = LoggerFactory.getLogger(RecordingSpeech.class);

    private final List<Announcement> spoken = new CopyOnWriteArrayList<>();
    private volatile Predicate<Announcement> failWhen = a -> false;
    private volatile String failureReason = "";
    private volatile VoiceHealth health = VoiceHealth.ok();

    @Override
    public void speak(Announcement announcement) throws SpeechFault {
        Objects.requireNonNull(announcement, "announcement");
        if (failWhen.test(announcement)) {
            health = VoiceHealth.fault(failureReason);
            throw new SpeechFault("simulated failure for " + announcement.describe() + ": " + failureReason);
        }
        spoken.add(announcement);
        health = VoiceHealth.ok();
        LOG.debug("spoken {}: {}", announcement.describe(), announcement.spokenText());
    }

    @Override
    public VoiceHealth health() {
        return health;
    }

    /** Everything said so far, oldest first. */
    public List<Announcement> spoken() {
        return List.copyOf(spoken);
    }

    /** Fails every announcement matching {@code when} with {@code reason}. */
    public void failWhen(Predicate<Announcement> when, String reason) {
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(reason, "reason");
        failureReason = reason.isBlank() ? "simulated failure" : reason;
        failWhen = when;
    }

    /** Fails every announcement from now on. */
    public void failAlways(String reason) {
        failWhen(a -> true, reason);
    }

    /** Stops failing; health returns to OK with the next successful announcement. */
    public void recover() {
        failWhen = a -> false;
    }

    public void clear() {
        spoken.clear();
    }
}
