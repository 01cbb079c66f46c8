package dev.hallq.display.voice;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test speech output: each speak() records "start X", waits until the test opens the gate once
 * for it, then records "end X". Tracks how many speak() calls ran at the same time.
 */
public final class GatedSpeech implements SpeechOutput {

    public final List<String> events = new CopyOnWriteArrayList<>();
    private final Semaphore gate = new Semaphore(0);
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger maxActive = new AtomicInteger();

    @Override
    public void speak(Announcement a) throws SpeechFault {
        maxActive.accumulateAndGet(active.incrementAndGet(), Math::max);
        events.add("start " + a.ticketNumber());
        try {
            if (!gate.tryAcquire(10, TimeUnit.SECONDS)) {
                throw new SpeechFault("test never let " + a.describe() + " finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpeechFault("interrupted", e);
        } finally {
            events.add("end " + a.ticketNumber());
            active.decrementAndGet();
        }
    }

    @Override
    public VoiceHealth health() {
        return VoiceHealth.ok();
    }

    /** Lets the next {@code phrases} speak() calls finish. */
    public void finish(int phrases) {
        gate.release(phrases);
    }

    public int maxConcurrent() {
        return maxActive.get();
    }
}
