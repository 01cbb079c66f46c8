package dev.hallq.display.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sound.sampled.AudioFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The announcer saying calls from the clip folder (built once per run by the real espeak-ng). */
class ClipSpeechTest {

    private static final double AUDIBLE_RMS = 300;

    @TempDir
    Path dir;

    private final CallPhrases phrases = new CallPhrases();
    private final Announcement a012 = phrases.announcement(7, "A012", 3, false);

    private EspeakSpeech speech(Path clips) {
        return EspeakSpeech.toDirectory(dir.resolve("out"), new ClipLibrary(clips));
    }

    private WavClip written(Announcement a) throws Exception {
        return WavClip.read(dir.resolve("out").resolve(EspeakSpeech.fileNameFor(a)));
    }

    /** The frames a phrase from clips must have: the chime, then each clip and each pause. */
    private static long expectedFrames(Path clips, String spokenText) throws Exception {
        long frames = Chime.standard().frames();
        for (ClipScript.Part part : ClipScript.of(spokenText)) {
            frames += part instanceof ClipScript.Clip c
                    ? WavClip.read(clips.resolve(c.file()), WavClip.ESPEAK_FORMAT).frames()
                    : WavClip.silence(WavClip.ESPEAK_FORMAT, ((ClipScript.Pause) part).seconds()).frames();
        }
        return frames;
    }

    @Test
    void aCallIsTheChimeThenItsClipsJoinedEndToEnd() throws Exception {
        Path clips = SharedClips.dir();
        EspeakSpeech speech = speech(clips);

        speech.speak(a012);

        WavClip wav = written(a012);
        assertThat(wav.format().matches(WavClip.ESPEAK_FORMAT)).isTrue();
        assertThat(wav.frames()).as("chime + clips, to the frame").isEqualTo(expectedFrames(clips, a012.spokenText()));
        short[] s = Pcm.samples(wav.pcm(), wav.format());
        int chimeEnd = (int) Chime.standard().frames();
        assertThat(Pcm.rms(s, 0, chimeEnd)).as("the chime rings").isGreaterThan(2_000);
        assertThat(Pcm.rms(s, chimeEnd, s.length)).as("the call is audible").isGreaterThan(AUDIBLE_RMS);
        assertThat(wav.seconds()).isBetween(2.5, 6.0);
        assertThat(speech.health()).isEqualTo(VoiceHealth.ok());
        assertThat(speech.facts()).containsEntry("speech", "clips");
    }

    @Test
    void manyCallsAndRecallsComeOutWholeFromClips() throws Exception {
        Path clips = SharedClips.dir();
        EspeakSpeech speech = speech(clips);
        List<Announcement> calls = new ArrayList<>();
        String[] tickets = {"A001", "B120", "Z999", "VIP7", "C1000"};
        int[] windows = {1, 10, 12, 105, 9999};
        for (int i = 0; i < tickets.length; i++) {
            calls.add(phrases.announcement(100 + i, tickets[i], windows[i], i % 2 == 1));
        }
        for (Announcement a : calls) {
            speech.speak(a);
            assertThat(written(a).frames()).as(a.describe()).isEqualTo(expectedFrames(clips, a.spokenText()));
        }
        assertThat(speech.facts()).containsEntry("speech", "clips");
    }

    @Test
    void aHallsOwnRecordingReplacesAClipEvenInAnotherFormatAndWhileRunning() throws Exception {
        Path clips = SharedClips.copy(dir.resolve("clips"));
        EspeakSpeech speech = speech(clips);
        speech.speak(a012);
        long before = written(a012).frames();

        // the hall records 「号到」 itself: 1 s at 44.1 kHz stereo
        AudioFormat cd = new AudioFormat(44_100f, 16, 2, true, false);
        WavClip recorded = new WavClip(cd, new byte[44_100 * 4]);
        Path replaced = clips.resolve("word-号到.wav");
        long oldFrames = WavClip.read(replaced).frames();
        recorded.write(replaced);
        Files.setLastModifiedTime(replaced, FileTime.from(Instant.now().plusSeconds(5)));

        Announcement again = phrases.announcement(8, "A012", 3, false);
        speech.speak(again);

        long now = written(again).frames();
        assertThat(now - before).as("the 1 s recording, converted to 22,050 Hz mono, replaced the old clip")
                .isBetween(22_050 - oldFrames - 50, 22_050 - oldFrames + 50);
    }

    @Test
    void aHallsOwnChimeIsPlayedInsteadOfTheBuiltInOne() throws Exception {
        Path clips = SharedClips.copy(dir.resolve("clips"));
        WavClip bell = WavClip.silence(WavClip.ESPEAK_FORMAT, 0.1).append(Chime.standard()).append(Chime.standard());
        bell.write(clips.resolve(ClipLibrary.CHIME));
        EspeakSpeech speech = speech(clips);

        speech.speak(a012);

        assertThat(written(a012).frames()).isEqualTo(expectedFrames(clips, a012.spokenText())
                - Chime.standard().frames() + bell.frames());
    }

    @Test
    void aMissingClipMakesTheWholeCallLiveAndTheStatusNamesIt() throws Exception {
        Path clips = SharedClips.copy(dir.resolve("clips"), name -> !name.equals("digit-2.wav"));
        EspeakSpeech speech = speech(clips);

        speech.speak(a012);

        WavClip wav = written(a012);
        short[] s = Pcm.samples(wav.pcm(), wav.format());
        assertThat(Pcm.rms(s, (int) Chime.standard().frames(), s.length)).isGreaterThan(AUDIBLE_RMS);
        assertThat(speech.health()).isEqualTo(VoiceHealth.ok());
        assertThat(speech.facts().get("speech")).isEqualTo("espeak-ng (clip digit-2.wav missing)");

        Announcement fromClips = phrases.announcement(9, "A013", 3, false);
        speech.speak(fromClips);
        assertThat(speech.facts()).containsEntry("speech", "clips");
    }

    @Test
    void anEnglishSecondLanguageFollowsTheMandarinCall() throws Exception {
        Path clips = SharedClips.dir();
        CallPhrases bilingual = new CallPhrases(PhraseTemplates.defaults(), SecondLanguage.ENGLISH);
        Announcement a = bilingual.announcement(11, "A012", 3, false);
        assertThat(a.second()).isEqualTo(new Announcement.Second("en", "Number A, 0, 1, 2, please go to window 3."));
        EspeakSpeech speech = speech(clips);

        speech.speak(a);

        WavClip wav = written(a);
        long mandarin = expectedFrames(clips, a.spokenText());
        long gap = WavClip.silence(WavClip.ESPEAK_FORMAT, EspeakSpeech.SECOND_LANGUAGE_GAP_SECONDS).frames();
        assertThat(wav.frames()).isGreaterThan(mandarin + gap + 22_050); // English adds more than a second
        short[] s = Pcm.samples(wav.pcm(), wav.format());
        assertThat(Pcm.rms(s, (int) (mandarin + gap), s.length)).as("the English part is audible").isGreaterThan(AUDIBLE_RMS);
        assertThat(speech.health()).isEqualTo(VoiceHealth.ok());
    }

    @Test
    void aCantoneseSecondLanguageIsSaidByTheYueVoice() throws Exception {
        CallPhrases bilingual = new CallPhrases(PhraseTemplates.defaults(), SecondLanguage.CANTONESE);
        Announcement a = bilingual.announcement(12, "A012", 3, true);
        assertThat(a.second()).isEqualTo(new Announcement.Second("yue", "重呼：请A零一二号到三号窗口办理"));
        EspeakSpeech speech = speech(SharedClips.dir());

        speech.speak(a);

        long mandarin = expectedFrames(SharedClips.dir(), a.spokenText());
        assertThat(written(a).frames()).isGreaterThan(mandarin + 22_050);
        assertThat(speech.health()).isEqualTo(VoiceHealth.ok());
    }

    @Test
    void aSecondLanguageThatFailsDegradesButTheMandarinCallIsStillSaid() throws Exception {
        Path clips = SharedClips.dir();
        SecondLanguage broken = new SecondLanguage("xx-no-such-voice", SecondLanguage.ENGLISH.templates(), true);
        Announcement a = new CallPhrases(PhraseTemplates.defaults(), broken).announcement(13, "A012", 3, false);
        EspeakSpeech speech = speech(clips);

        speech.speak(a);

        assertThat(written(a).frames()).isEqualTo(expectedFrames(clips, a.spokenText()));
        assertThat(speech.health().status()).isEqualTo(VoiceHealth.Status.DEGRADED);
        assertThat(speech.health().reason()).startsWith("second language xx-no-such-voice failed");
    }

    @Test
    void withClipsNoAudioDeviceIsAStatusAndTheWavIsStillWritten() throws Exception {
        AudioPlayer noDevice = new AudioPlayer() {
            @Override
            public void play(WavClip clip) throws AudioUnavailableException {
                throw new AudioUnavailableException(JavaSoundPlayer.NO_AUDIO_DEVICE, new IllegalArgumentException("no line"));
            }

            @Override
            public Optional<String> problem(AudioFormat format) {
                return Optional.of(JavaSoundPlayer.NO_AUDIO_DEVICE);
            }
        };
        EspeakSpeech speech = new EspeakSpeech(EspeakSettings.defaults().keepingWavsIn(dir.resolve("out")),
                new ClipLibrary(SharedClips.dir()), noDevice);
        assertThat(speech.health()).isEqualTo(VoiceHealth.degraded("no audio device"));

        speech.speak(a012);

        assertThat(speech.health()).isEqualTo(VoiceHealth.degraded("no audio device"));
        assertThat(written(a012).frames()).isEqualTo(expectedFrames(SharedClips.dir(), a012.spokenText()));
    }
}
