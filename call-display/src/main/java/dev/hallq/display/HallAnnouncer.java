package dev.hallq.display;

import dev.hallq.agent.StatusReporter;
import dev.hallq.display.voice.Announcement;
import dev.hallq.display.voice.AnnouncementListener;
import dev.hallq.display.voice.AnnouncementQueue;
import dev.hallq.display.voice.CallPhrases;
import dev.hallq.display.voice.DropReason;
import dev.hallq.display.voice.SpeechFault;
import dev.hallq.display.voice.SpeechOutput;
import dev.hallq.display.voice.VoiceHealth;
import dev.hallq.protocol.CallAnnouncement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * The hall's announcer (叫号语音): speaks each call through the announcement queue (one at a time, never
 * cut off), confirms each spoken call as SPOKEN, and reports voice health in the device status
 * ({@code audio=ok|degraded|fault}, {@code voice=<last outcome>}, problem {@code voice} when not OK).
 */
final class HallAnnouncer implements AnnouncementListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HallAnnouncer.class);
    /** Spoken texts kept for {@link #announced()}; a busy hall speaks ~2,400 calls a day. */
    private static final int KEEP_SPOKEN = 5_000;

    private final String deviceId;
    private final SpeechOutput speech;
    private final CallAcks acks;
    private final StatusReporter status;
    private final CallPhrases phrases;
    private final AnnouncementQueue queue;
    private final Deque<String> spoken = new ArrayDeque<>();

    HallAnnouncer(String deviceId, SpeechOutput speech, CallPhrases phrases, CallAcks acks, StatusReporter status) {
        this.deviceId = deviceId;
        this.speech = speech;
        this.phrases = phrases;
        this.acks = acks;
        this.status = status;
        status.hardware("voice", "ok");
        checkHealth();
        this.queue = AnnouncementQueue.start(speech).addListener(this);
    }

    /** Queues a call to be spoken; never blocks. */
    void offer(CallAnnouncement call) {
        Announcement announcement;
        try {
            announcement = phrases.announcement(call.seq(), call.ticketNumber(), call.window(), call.recall());
        } catch (IllegalArgumentException e) {
            LOG.warn("display {}: call #{} cannot be spoken: {}", deviceId, call.seq(), e.getMessage());
            status.hardware("voice", "cannot say #" + call.seq() + " " + call.ticketNumber());
            return;
        }
        queue.offer(announcement);
    }

    /** Display texts spoken so far, oldest first. */
    synchronized List<String> announced() {
        return List.copyOf(spoken);
    }

    /** Puts the speech output's health into the status; cheap, called every second. */
    void checkHealth() {
        VoiceHealth health = speech.health();
        status.hardware("audio", health.status().name().toLowerCase(Locale.ROOT));
        status.problem("voice", health.isOk() ? null : health.reason());
    }

    @Override
    public void onSpoken(Announcement a) {
        synchronized (this) {
            spoken.addLast(a.text());
            if (spoken.size() > KEEP_SPOKEN) {
                spoken.removeFirst();
            }
        }
        acks.spoken(a.seq());
        status.hardware("voice", "ok");
        checkHealth();
    }

    @Override
    public void onDropped(Announcement a, DropReason reason) {
        LOG.info("display {}: {} not spoken ({})", deviceId, a.describe(), reason);
        status.hardware("voice", "dropped " + a.describe() + ": " + reason);
    }

    @Override
    public void onFailed(Announcement a, SpeechFault fault) {
        LOG.warn("display {}: {} could not be spoken: {}", deviceId, a.describe(), fault.getMessage());
        status.hardware("voice", "failed " + a.describe() + ": " + fault.getMessage());
        checkHealth();
    }

    /** Lets the phrase being spoken finish; calls still waiting are dropped. */
    @Override
    public void close() {
        queue.close();
    }
}
