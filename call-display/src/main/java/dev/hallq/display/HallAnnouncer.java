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
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The hall's announcer (叫号语音): speaks each call through the announcement queue (one at a time, never
 * cut off), confirms each spoken call as SPOKEN, and reports voice health in the device status
 * ({@code audio=ok|degraded|fault}, {@code voice=<last outcome>}, {@code speech=clips|espeak-ng…}, problem
 * {@code voice} when not OK). A call merged into the same call still waiting (a recall pressed before the call was
 * said) is acknowledged SPOKEN together with it: the citizen heard their number.
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
    private final Map<Long, List<Long>> merged = new HashMap<>(); // waiting announcement's seq → seqs merged into it

    HallAnnouncer(String deviceId, SpeechOutput speech, CallPhrases phrases, int maxBacklog, CallAcks acks,
                  StatusReporter status) {
        this.deviceId = deviceId;
        this.speech = speech;
        this.phrases = phrases;
        this.acks = acks;
        this.status = status;
        status.hardware("voice", "ok");
        checkHealth();
        this.queue = AnnouncementQueue.start(speech, maxBacklog).addListener(this);
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

    /** Announcements waiting their turn, oldest first. */
    List<Announcement> waiting() {
        return queue.waiting();
    }

    /** Puts the speech output's health into the status; cheap, called every second. */
    void checkHealth() {
        VoiceHealth health = speech.health();
        status.hardware("audio", health.status().name().toLowerCase(Locale.ROOT));
        speech.facts().forEach(status::hardware);
        status.problem("voice", health.isOk() ? null : health.reason());
    }

    @Override
    public void onSpoken(Announcement a) {
        List<Long> also;
        synchronized (this) {
            spoken.addLast(a.text());
            if (spoken.size() > KEEP_SPOKEN) {
                spoken.removeFirst();
            }
            also = merged.remove(a.seq());
        }
        acks.spoken(a.seq());
        if (also != null) {
            also.forEach(acks::spoken);
        }
        status.hardware("voice", "ok");
        checkHealth();
    }

    @Override
    public void onMerged(Announcement duplicate, Announcement waiting) {
        synchronized (this) {
            merged.computeIfAbsent(waiting.seq(), k -> new ArrayList<>()).add(duplicate.seq());
        }
        LOG.info("display {}: {} is already waiting to be said as {}; said once for both", deviceId,
                duplicate.describe(), waiting.describe());
    }

    @Override
    public void onDropped(Announcement a, DropReason reason) {
        if (reason == DropReason.DUPLICATE) {
            return; // merged: acknowledged when the waiting one is said
        }
        List<Long> also;
        synchronized (this) {
            also = merged.remove(a.seq());
        }
        LOG.warn("display {}: {}{} not spoken ({})", deviceId, a.describe(),
                also == null ? "" : " and its repeats " + also, reason);
        status.hardware("voice", "dropped " + a.describe() + ": " + reason);
    }

    @Override
    public void onFailed(Announcement a, SpeechFault fault) {
        synchronized (this) {
            merged.remove(a.seq());
        }
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
