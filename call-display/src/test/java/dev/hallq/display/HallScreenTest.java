package dev.hallq.display;

import dev.hallq.agent.testing.HubDoubleExtension;
import dev.hallq.agent.testing.PlayedHub;
import dev.hallq.display.voice.Announcement;
import dev.hallq.display.voice.ClipLibrary;
import dev.hallq.display.voice.EspeakSettings;
import dev.hallq.display.voice.EspeakSpeech;
import dev.hallq.display.voice.GatedSpeech;
import dev.hallq.display.voice.JavaSoundPlayer;
import dev.hallq.display.voice.PhraseTemplates;
import dev.hallq.display.voice.RecordingSpeech;
import dev.hallq.display.voice.SharedClips;
import dev.hallq.display.voice.SpeechFault;
import dev.hallq.display.voice.SpeechOutput;
import dev.hallq.display.voice.VoiceConfig;
import dev.hallq.display.voice.VoiceHealth;
import dev.hallq.display.voice.WavClip;
import dev.hallq.protocol.AckRole;
import dev.hallq.protocol.CallAck;
import dev.hallq.protocol.CallAnnouncement;
import dev.hallq.protocol.DeviceKind;
import dev.hallq.protocol.DeviceState;
import dev.hallq.protocol.DeviceStatus;
import dev.hallq.protocol.RecentCalls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.time.Clock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.SourceDataLine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ExtendWith(HubDoubleExtension.class)
class HallScreenTest {
    private TestHall hall;
    private final RecordingSpeech speech = new RecordingSpeech();

    @TempDir
    Path dir;

    @BeforeEach
    void openHall(PlayedHub hub) {
        hall = TestHall.withHubOnline(hub);
    }

    @Test
    void a_call_goes_on_top_is_acked_shown_and_is_spoken_then_acked_spoken() {
        DisplayAgent screen = TestHall.online(hall.hallScreen("HS", speech));

        hall.hub.send(hall.topics.calls(), TestHall.call(1, "A001", 3, false));
        hall.awaitAck("HS", 1, AckRole.SHOWN);
        hall.awaitAck("HS", 1, AckRole.SPOKEN);
        assertThat(screen.recentCalls()).extracting(CallAnnouncement::ticketNumber).containsExactly("A001");
        assertThat(speech.spoken()).extracting(Announcement::text).containsExactly("请A001号到3号窗口办理");
        assertThat(speech.spoken()).extracting(Announcement::spokenText).containsExactly("请A零零一号到三号窗口办理");
        assertThat(screen.announced()).containsExactly("请A001号到3号窗口办理");

        hall.hub.send(hall.topics.calls(), TestHall.call(2, "B002", 5, false));
        hall.awaitAck("HS", 2, AckRole.SPOKEN);
        assertThat(screen.recentCalls()).extracting(CallAnnouncement::ticketNumber).containsExactly("B002", "A001");
        assertThat(screen.announced()).containsExactly("请A001号到3号窗口办理", "请B002号到5号窗口办理");
        assertThat(screen.runtime().status().current().kind()).isEqualTo(DeviceKind.HALL_SCREEN);
        assertThat(screen.runtime().status().current().hardware()).containsEntry("audio", "ok").containsEntry("voice", "ok");
    }

    @Test
    void a_recall_is_spoken_as_a_recall() {
        DisplayAgent screen = TestHall.online(hall.hallScreen("HS", speech));

        hall.hub.send(hall.topics.calls(), TestHall.call(4, "A001", 3, true));
        hall.awaitAck("HS", 4, AckRole.SPOKEN);
        assertThat(speech.spoken()).singleElement().satisfies(a -> {
            assertThat(a.recall()).isTrue();
            assertThat(a.spokenText()).startsWith("重呼").contains("A零零一号");
        });
        assertThat(screen.announced()).containsExactly("重呼：请A001号到3号窗口办理");
    }

    @Test
    void a_call_delivered_twice_is_shown_and_spoken_once() {
        DisplayAgent screen = TestHall.online(hall.hallScreen("HS", speech));

        hall.hub.send(hall.topics.calls(), TestHall.call(7, "C007", 2, false));
        hall.hub.send(hall.topics.calls(), TestHall.call(7, "C007", 2, false));
        hall.hub.send(hall.topics.calls(), TestHall.call(8, "C008", 2, false));
        hall.awaitAck("HS", 8, AckRole.SPOKEN);

        assertThat(hall.acks("HS")).filteredOn(a -> a.role() == AckRole.SHOWN).extracting(CallAck::seq).containsExactly(7L, 8L);
        assertThat(hall.acks("HS")).filteredOn(a -> a.role() == AckRole.SPOKEN).extracting(CallAck::seq).containsExactly(7L, 8L);
        assertThat(screen.recentCalls()).extracting(CallAnnouncement::seq).containsExactly(8L, 7L);
        assertThat(speech.spoken()).hasSize(2);
    }

    @Test
    void recent_calls_retained_before_the_screen_starts_are_shown_once_it_connects_and_not_spoken() {
        hall.hub.retainAndConfirm(hall.topics.recentCalls(), new RecentCalls(List.of(
                TestHall.call(3, "A003", 1, false), TestHall.call(2, "A002", 2, false), TestHall.call(1, "A001", 1, false))));
        DisplayAgent screen = hall.hallScreen("HS", speech);

        await().atMost(Duration.ofSeconds(10)).until(() -> screen.recentCalls().size() == 3);
        assertThat(screen.recentCalls()).extracting(CallAnnouncement::ticketNumber).containsExactly("A003", "A002", "A001");

        hall.hub.send(hall.topics.calls(), TestHall.call(4, "A004", 2, false));
        hall.awaitAck("HS", 4, AckRole.SPOKEN);
        assertThat(screen.recentCalls()).extracting(CallAnnouncement::ticketNumber).containsExactly("A004", "A003", "A002", "A001");
        assertThat(screen.announced()).containsExactly("请A004号到2号窗口办理");
        assertThat(hall.acks("HS")).extracting(CallAck::seq).containsOnly(4L);
    }

    @Test
    void malformed_payloads_are_dropped_and_the_screen_keeps_working() {
        DisplayAgent screen = TestHall.online(hall.hallScreen("HS", null));

        hall.hub.sendRaw(hall.topics.calls(), "叫号");
        hall.hub.sendRaw(hall.topics.calls(), "{\"schema\":1,\"seq\":0,\"ticketNumber\":\"A001\"}");
        hall.hub.sendRaw(hall.topics.recentCalls(), "[1,2,3]");
        hall.hub.sendRaw(hall.topics.services(), "{\"schema\":1,\"hallId\":\"x\"}");
        hall.hub.send(hall.topics.calls(), TestHall.call(9, "D009", 4, false));

        hall.awaitAck("HS", 9, AckRole.SHOWN);
        assertThat(screen.malformedDropped()).isEqualTo(4);
        assertThat(screen.recentCalls()).extracting(CallAnnouncement::seq).containsExactly(9L);
        assertThat(screen.announced()).isEmpty();
    }

    @Test
    void a_voice_that_fails_degrades_the_status_but_the_call_is_still_shown() {
        speech.failAlways("no audio device");
        DisplayAgent screen = TestHall.online(hall.hallScreen("HS", speech));

        hall.hub.send(hall.topics.calls(), TestHall.call(5, "E005", 6, false));
        hall.awaitAck("HS", 5, AckRole.SHOWN);
        DeviceStatus degraded = hall.hub.awaitStatus("HS", s -> s.state() == DeviceState.DEGRADED);
        assertThat(degraded.reason()).contains("voice").contains("no audio device");
        assertThat(degraded.hardware()).containsEntry("audio", "fault");
        assertThat(degraded.hardware().get("voice")).startsWith("failed #5 E005");
        assertThat(screen.recentCalls()).extracting(CallAnnouncement::seq).containsExactly(5L);
        assertThat(screen.announced()).isEmpty();
        assertThat(hall.acks("HS")).extracting(CallAck::role).containsExactly(AckRole.SHOWN);
    }

    @Test
    void a_machine_without_an_audio_device_is_degraded_and_still_announces() {
        SpeechOutput silentMachine = new SpeechOutput() {
            @Override
            public void speak(Announcement announcement) throws SpeechFault {
                speech.speak(announcement);
            }

            @Override
            public VoiceHealth health() {
                return VoiceHealth.degraded("no audio device");
            }
        };
        DisplayAgent screen = TestHall.online(hall.start(DisplaySettings.hall(hall.hub.agent("HS"), true), silentMachine,
                Clock.systemUTC()));

        hall.hub.send(hall.topics.calls(), TestHall.call(6, "F006", 1, false));
        hall.awaitAck("HS", 6, AckRole.SPOKEN);
        DeviceStatus status = screen.runtime().status().current();
        assertThat(status.state()).isEqualTo(DeviceState.DEGRADED);
        assertThat(status.reason()).isEqualTo("voice: no audio device");
        assertThat(status.hardware()).containsEntry("audio", "degraded");
        assertThat(screen.announced()).containsExactly("请F006号到1号窗口办理");
    }

    @Test
    void a_recall_pressed_while_its_call_still_waits_is_said_once_and_both_are_acked_spoken() {
        GatedSpeech gated = new GatedSpeech();
        DisplayAgent screen = TestHall.online(hall.hallScreen("HS", gated));
        hall.hub.send(hall.topics.calls(), TestHall.call(1, "A001", 1, false));
        await().atMost(Duration.ofSeconds(10)).until(() -> gated.events.contains("start A001"));

        hall.hub.send(hall.topics.calls(), TestHall.call(2, "B002", 2, false));
        hall.hub.send(hall.topics.calls(), TestHall.call(3, "B002", 2, true));
        hall.awaitAck("HS", 3, AckRole.SHOWN);
        assertThat(screen.announcementsWaiting()).extracting(Announcement::seq).containsExactly(2L);

        gated.finish(2);
        hall.awaitAck("HS", 3, AckRole.SPOKEN);
        assertThat(gated.events).containsExactly("start A001", "end A001", "start B002", "end B002");
        assertThat(hall.acks("HS")).filteredOn(a -> a.role() == AckRole.SPOKEN).extracting(CallAck::seq)
                .containsExactly(1L, 2L, 3L);
        assertThat(hall.acks("HS")).filteredOn(a -> a.role() == AckRole.SHOWN).extracting(CallAck::seq)
                .containsExactly(1L, 2L, 3L);
    }

    @Test
    void beyond_the_halls_backlog_the_oldest_waiting_call_is_dropped_reported_and_never_acked_spoken() {
        GatedSpeech gated = new GatedSpeech();
        DisplayConfig config = DisplayConfig.defaults().withVoice(new VoiceConfig(PhraseTemplates.defaults(), null, true, 1));
        DisplayAgent screen = TestHall.online(hall.hallScreen("HS", gated, config));
        hall.hub.send(hall.topics.calls(), TestHall.call(1, "A001", 1, false));
        await().atMost(Duration.ofSeconds(10)).until(() -> gated.events.contains("start A001"));

        hall.hub.send(hall.topics.calls(), TestHall.call(2, "A002", 2, false));
        hall.hub.send(hall.topics.calls(), TestHall.call(3, "A003", 3, false));
        DeviceStatus told = hall.hub.awaitStatus("HS", s -> s.hardware().getOrDefault("voice", "").startsWith("dropped"));
        assertThat(told.hardware().get("voice")).isEqualTo("dropped #2 A002→2: BACKLOG_FULL");

        gated.finish(2);
        hall.awaitAck("HS", 3, AckRole.SPOKEN);
        assertThat(hall.acks("HS")).filteredOn(a -> a.role() == AckRole.SPOKEN).extracting(CallAck::seq)
                .containsExactly(1L, 3L);
        assertThat(screen.recentCalls()).extracting(CallAnnouncement::seq).containsExactly(3L, 2L, 1L);
    }

    @Test
    void calls_missed_while_the_link_was_down_are_caught_up_from_the_hubs_list_and_old_ones_only_listed() {
        DisplayAgent screen = TestHall.online(hall.hallScreen("HS", speech));
        hall.hub.send(hall.topics.calls(), TestHall.call(1, "A001", 1, false));
        hall.awaitAck("HS", 1, AckRole.SPOKEN);

        hall.hub.dropClient("HS");
        // made while the screen was away: the live calls never reached it, the hub's retained list has them
        Instant now = Instant.now();
        hall.hub.retain(hall.topics.recentCalls(), new RecentCalls(List.of(
                TestHall.call(4, "A004", 2, false, now),
                TestHall.call(3, "A003", 1, false, now.minus(HallScreen.CATCH_UP).minusSeconds(60)),
                TestHall.call(1, "A001", 1, false, now.minusSeconds(200)))));

        hall.awaitAck("HS", 4, AckRole.SPOKEN);
        assertThat(screen.recentCalls()).extracting(CallAnnouncement::seq).containsExactly(4L, 3L, 1L);
        assertThat(screen.announced()).containsExactly("请A001号到1号窗口办理", "请A004号到2号窗口办理");
        assertThat(hall.acks("HS")).extracting(CallAck::seq).doesNotContain(3L);
        await().atMost(Duration.ofSeconds(10)).until(screen::hubOnline);
    }

    @Test
    void on_this_machine_without_a_sound_card_the_clip_voice_is_a_status_and_still_says_and_acks_the_call() {
        boolean hasAudio = AudioSystem.isLineSupported(new DataLine.Info(SourceDataLine.class, WavClip.ESPEAK_FORMAT));
        EspeakSpeech real = new EspeakSpeech(EspeakSettings.defaults().keepingWavsIn(dir),
                new ClipLibrary(SharedClips.dir()), new JavaSoundPlayer());
        DisplayAgent screen = TestHall.online(hall.hallScreen("HS", real));

        hall.hub.send(hall.topics.calls(), TestHall.call(5, "A005", 3, false));
        hall.awaitAck("HS", 5, AckRole.SPOKEN);

        DeviceStatus status = hall.hub.awaitLatestStatus("HS", s -> s.hardware().containsKey("speech"));
        assertThat(status.hardware()).containsEntry("speech", "clips")
                .containsEntry("audio", hasAudio ? "ok" : "degraded");
        if (!hasAudio) {
            assertThat(status.state()).isEqualTo(DeviceState.DEGRADED);
            assertThat(status.reason()).isEqualTo("voice: " + JavaSoundPlayer.NO_AUDIO_DEVICE);
        }
        assertThat(dir.resolve("5-A005-w3.wav")).exists();
        assertThat(screen.announced()).containsExactly("请A005号到3号窗口办理");
    }
}
