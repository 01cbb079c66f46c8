package dev.hallq.display.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AnnouncementQueueTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private final CallPhrases phrases = new CallPhrases();
    private final AtomicLong seq = new AtomicLong();
    private final ListenerLog log = new ListenerLog();
    private AnnouncementQueue queue;

    @AfterEach
    void closeQueue() {
        if (queue != null) {
            queue.close();
        }
    }

    private Announcement call(String ticket, int window) {
        return phrases.announcement(seq.incrementAndGet(), ticket, window, false);
    }

    private Announcement recall(String ticket, int window) {
        return phrases.announcement(seq.incrementAndGet(), ticket, window, true);
    }

    private AnnouncementQueue start(SpeechOutput output, int backlog) {
        queue = AnnouncementQueue.start(output, backlog).addListener(log);
        return queue;
    }

    @Test
    void speaksAnnouncementsInTheOrderOffered() throws Exception {
        RecordingSpeech speech = new RecordingSpeech();
        start(speech, 20);
        for (int i = 1; i <= 10; i++) {
            assertThat(queue.offer(call(String.format("A%03d", i), i))).isEqualTo(AnnouncementQueue.Offer.QUEUED);
        }
        assertThat(queue.drain(WAIT)).isTrue();
        assertThat(speech.spoken()).extracting(Announcement::ticketNumber)
                .containsExactly("A001", "A002", "A003", "A004", "A005", "A006", "A007", "A008", "A009", "A010");
        assertThat(log.spoken).hasSize(10);
        assertThat(log.dropped).isEmpty();
    }

    @Test
    void neverSpeaksTwoAtOnceAndNeverCutsOffThePhraseBeingSaid() throws Exception {
        GatedSpeech speech = new GatedSpeech();
        start(speech, 20);
        queue.offer(call("A001", 1));
        await().atMost(WAIT).until(() -> speech.events.contains("start A001"));

        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            queue.offer(call("A002", 2));
            queue.offer(call("A003", 3));
        }, "offer must not wait for the phrase being said");
        assertThat(speech.events).containsExactly("start A001");

        speech.finish(3);
        assertThat(queue.drain(WAIT)).isTrue();
        assertThat(speech.events).containsExactly(
                "start A001", "end A001", "start A002", "end A002", "start A003", "end A003");
        assertThat(speech.maxConcurrent()).isEqualTo(1);
    }

    @Test
    void dropsACallWhoseTicketAndWindowAreAlreadyWaiting() throws Exception {
        GatedSpeech speech = new GatedSpeech();
        start(speech, 20);
        queue.offer(call("A001", 1));
        await().atMost(WAIT).until(() -> speech.events.contains("start A001"));

        assertThat(queue.offer(call("A002", 3))).isEqualTo(AnnouncementQueue.Offer.QUEUED);
        assertThat(queue.offer(recall("A002", 3))).isEqualTo(AnnouncementQueue.Offer.DUPLICATE);
        assertThat(queue.offer(call("A002", 4))).isEqualTo(AnnouncementQueue.Offer.QUEUED);
        // A001 is being said, not waiting: its recall is a new announcement
        assertThat(queue.offer(recall("A001", 1))).isEqualTo(AnnouncementQueue.Offer.QUEUED);
        assertThat(log.dropped).containsExactly("A002@3R DUPLICATE");
        assertThat(log.merged).containsExactly("A002@3R into A002@3");

        speech.finish(4);
        assertThat(queue.drain(WAIT)).isTrue();
        assertThat(log.spoken).containsExactly("A001@1", "A002@3", "A002@4", "A001@1R");
    }

    @Test
    void fullBacklogDropsTheOldestWaitingAnnouncementAndReportsIt() throws Exception {
        GatedSpeech speech = new GatedSpeech();
        start(speech, 2);
        queue.offer(call("A001", 1));
        await().atMost(WAIT).until(() -> speech.events.contains("start A001"));

        queue.offer(call("A002", 1));
        queue.offer(call("A003", 1));
        assertThat(log.dropped).isEmpty();
        assertThat(queue.offer(call("A004", 1))).isEqualTo(AnnouncementQueue.Offer.QUEUED);
        assertThat(log.dropped).containsExactly("A002@1 BACKLOG_FULL");
        assertThat(queue.waiting()).extracting(Announcement::ticketNumber).containsExactly("A003", "A004");

        speech.finish(3);
        assertThat(queue.drain(WAIT)).isTrue();
        assertThat(log.spoken).containsExactly("A001@1", "A003@1", "A004@1");
    }

    @Test
    void defaultBacklogHoldsTwentyWaitingAnnouncements() throws Exception {
        GatedSpeech speech = new GatedSpeech();
        queue = AnnouncementQueue.start(speech).addListener(log);
        queue.offer(call("B000", 1));
        await().atMost(WAIT).until(() -> speech.events.contains("start B000"));
        for (int i = 1; i <= 21; i++) {
            queue.offer(call("B" + i, 1));
        }
        assertThat(queue.waiting()).hasSize(AnnouncementQueue.DEFAULT_MAX_BACKLOG);
        assertThat(log.dropped).containsExactly("B1@1 BACKLOG_FULL");
        speech.finish(21);
        assertThat(queue.drain(WAIT)).isTrue();
    }

    @Test
    void failingSpeechDoesNotStopLaterAnnouncements() throws Exception {
        RecordingSpeech speech = new RecordingSpeech();
        speech.failWhen(a -> a.ticketNumber().equals("A002"), "speaker unplugged");
        start(speech, 20);
        queue.offer(call("A001", 1));
        queue.offer(call("A002", 1));
        queue.offer(call("A003", 1));
        assertThat(queue.drain(WAIT)).isTrue();
        assertThat(log.spoken).containsExactly("A001@1", "A003@1");
        assertThat(log.failed).singleElement().asString().startsWith("A002@1").contains("speaker unplugged");
    }

    @Test
    void crashingSpeechIsReportedAsFailureAndTheQueueGoesOn() throws Exception {
        RecordingSpeech recorder = new RecordingSpeech();
        SpeechOutput crashing = new SpeechOutput() {
            @Override
            public void speak(Announcement a) throws SpeechFault {
                if (a.ticketNumber().equals("A001")) {
                    throw new IllegalStateException("driver bug");
                }
                recorder.speak(a);
            }

            @Override
            public VoiceHealth health() {
                return VoiceHealth.ok();
            }
        };
        start(crashing, 20);
        queue.offer(call("A001", 1));
        queue.offer(call("A002", 1));
        assertThat(queue.drain(WAIT)).isTrue();
        assertThat(log.failed).singleElement().asString().contains("driver bug");
        assertThat(recorder.spoken()).extracting(Announcement::ticketNumber).containsExactly("A002");
    }

    @Test
    void aThrowingListenerDoesNotStopTheQueue() throws Exception {
        RecordingSpeech speech = new RecordingSpeech();
        start(speech, 20);
        queue.addListener(new AnnouncementListener() {
            @Override
            public void onSpoken(Announcement a) {
                throw new IllegalStateException("listener bug");
            }
        });
        queue.offer(call("A001", 1));
        queue.offer(call("A002", 1));
        assertThat(queue.drain(WAIT)).isTrue();
        assertThat(log.spoken).containsExactly("A001@1", "A002@1");
    }

    @Test
    void closeLetsThePhraseBeingSaidFinishAndReportsTheWaitingOnesAsDropped() throws Exception {
        GatedSpeech speech = new GatedSpeech();
        start(speech, 20);
        queue.offer(call("A001", 1));
        await().atMost(WAIT).until(() -> speech.events.contains("start A001"));
        queue.offer(call("A002", 1));

        CompletableFuture<Void> closing = CompletableFuture.runAsync(queue::close);
        await().atMost(WAIT).until(() -> log.dropped.contains("A002@1 CLOSED"));
        assertThat(closing).as("close waits for the phrase being said").isNotDone();

        speech.finish(1);
        closing.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(speech.events).containsExactly("start A001", "end A001");
        assertThat(log.spoken).containsExactly("A001@1");
        assertThat(queue.isClosed()).isTrue();

        assertThat(queue.offer(call("A003", 1))).isEqualTo(AnnouncementQueue.Offer.CLOSED);
        assertThat(log.dropped).containsExactly("A002@1 CLOSED", "A003@1 CLOSED");
    }

    @Test
    void drainReportsFalseWhileAPhraseIsStillBeingSaid() throws Exception {
        GatedSpeech speech = new GatedSpeech();
        start(speech, 20);
        queue.offer(call("A001", 1));
        await().atMost(WAIT).until(() -> speech.events.contains("start A001"));
        assertThat(queue.drain(Duration.ofMillis(50))).isFalse();
        speech.finish(1);
        assertThat(queue.drain(WAIT)).isTrue();
        assertThat(queue.waiting()).isEqualTo(List.of());
    }

    @Test
    void rejectsABacklogBelowOne() {
        assertThatThrownBy(() -> AnnouncementQueue.start(new RecordingSpeech(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
