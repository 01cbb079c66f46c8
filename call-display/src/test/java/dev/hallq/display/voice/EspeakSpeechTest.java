package dev.hallq.display.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.SourceDataLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real espeak-ng (CI installs it: apt-get install espeak-ng). */
class EspeakSpeechTest {

    private static final double AUDIBLE_RMS = 300;

    @TempDir
    Path dir;

    private final Announcement a012 = new CallPhrases().announcement(7, "A012", 3, false);

    static void requireEspeakNg() {
        boolean onPath = Stream.of(Optional.ofNullable(System.getenv("PATH")).orElse("").split(File.pathSeparator))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, "espeak-ng")));
        if (!onPath) {
            fail("espeak-ng is not installed on this machine: these tests need it "
                    + "(CI installs it; locally run: apt-get install espeak-ng)");
        }
    }

    @Test
    void wavFileAnnouncerWritesAnAudibleMandarinCallInEspeakFormat() throws Exception {
        requireEspeakNg();
        EspeakSpeech speech = EspeakSpeech.toDirectory(dir);
        assertThat(speech.health()).isEqualTo(VoiceHealth.ok());

        speech.speak(a012);

        Path wav = dir.resolve("7-A012-w3.wav");
        assertThat(wav).exists();
        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
            AudioFormat f = in.getFormat();
            assertThat(f.getSampleRate()).isEqualTo(22_050f);
            assertThat(f.getSampleSizeInBits()).isEqualTo(16);
            assertThat(f.getChannels()).isEqualTo(1);
            assertThat(f.getEncoding()).isEqualTo(AudioFormat.Encoding.PCM_SIGNED);
            short[] s = Pcm.samples(in.readAllBytes(), f);
            double seconds = s.length / (double) f.getSampleRate();
            int chimeEnd = Chime.standard().pcm().length / 2;
            assertThat(seconds).as("chime + speech duration").isGreaterThan(Chime.standard().seconds() + 1.0);
            assertThat(Pcm.rms(s, chimeEnd, s.length)).as("RMS of the speech after the chime")
                    .isGreaterThan(AUDIBLE_RMS);
        }
        assertThat(speech.health()).isEqualTo(VoiceHealth.ok());
    }

    @Test
    void withoutChimeTheWavIsJustTheSpeech() throws Exception {
        requireEspeakNg();
        EspeakSpeech speech = new EspeakSpeech(EspeakSettings.defaults().withChime(false).keepingWavsIn(dir).withoutPlayback());
        speech.speak(a012);
        WavClip clip = WavClip.read(dir.resolve(EspeakSpeech.fileNameFor(a012)));
        short[] s = Pcm.samples(clip.pcm(), clip.format());
        assertThat(clip.seconds()).isGreaterThan(1.0);
        assertThat(Pcm.rms(s, 0, s.length)).isGreaterThan(AUDIBLE_RMS);

        EspeakSpeech chimed = new EspeakSpeech(EspeakSettings.defaults().keepingWavsIn(dir.resolve("c")).withoutPlayback());
        chimed.speak(a012);
        WavClip withChime = WavClip.read(dir.resolve("c").resolve(EspeakSpeech.fileNameFor(a012)));
        assertThat(withChime.frames()).isEqualTo(clip.frames() + Chime.standard().frames());
    }

    @Test
    void missingExecutableIsAFaultAndSpeakThrows() {
        EspeakSpeech speech = new EspeakSpeech(EspeakSettings.defaults()
                .withExecutable(dir.resolve("no/such/espeak-ng").toString()).keepingWavsIn(dir).withoutPlayback());
        assertThat(speech.health()).isEqualTo(VoiceHealth.fault("espeak-ng not installed"));

        assertThatThrownBy(() -> speech.speak(a012)).isInstanceOf(SpeechFault.class)
                .hasMessageContaining("espeak-ng not installed");
        assertThat(speech.health()).isEqualTo(VoiceHealth.fault("espeak-ng not installed"));
        assertThat(dir.resolve(EspeakSpeech.fileNameFor(a012))).doesNotExist();
    }

    @Test
    void executableMissingFromPathIsAFaultToo() {
        EspeakSpeech speech = new EspeakSpeech(EspeakSettings.defaults().withExecutable("hallq-no-such-espeak-ng"));
        assertThat(speech.health().status()).isEqualTo(VoiceHealth.Status.FAULT);
        assertThatThrownBy(() -> speech.speak(a012)).isInstanceOf(SpeechFault.class);
    }

    @Test
    void unknownVoiceIsAFaultCarryingEspeaksError() {
        requireEspeakNg();
        EspeakSpeech speech = new EspeakSpeech(EspeakSettings.defaults().withVoice("xx-no-such-voice")
                .keepingWavsIn(dir).withoutPlayback());
        assertThatThrownBy(() -> speech.speak(a012)).isInstanceOf(SpeechFault.class)
                .hasMessageContaining("voice does not exist");
        assertThat(speech.health().status()).isEqualTo(VoiceHealth.Status.FAULT);
        assertThat(speech.health().reason()).startsWith("espeak-ng failed");
    }

    @Test
    void noAudioDeviceDegradesButStillCompletesAndKeepsTheWav() throws Exception {
        requireEspeakNg();
        AudioPlayer noDevice = new AudioPlayer() {
            @Override
            public void play(WavClip clip) throws AudioUnavailableException {
                throw new AudioUnavailableException(JavaSoundPlayer.NO_AUDIO_DEVICE, new IllegalArgumentException("no line"));
            }

            @Override
            public Optional<String> problem(AudioFormat format) {
                return Optional.empty();
            }
        };
        EspeakSpeech speech = new EspeakSpeech(EspeakSettings.defaults().keepingWavsIn(dir), noDevice);
        assertThat(speech.health()).isEqualTo(VoiceHealth.ok());

        speech.speak(a012);

        assertThat(speech.health()).isEqualTo(VoiceHealth.degraded("no audio device"));
        assertThat(dir.resolve("7-A012-w3.wav")).exists();
    }

    @Test
    void playingOnThisMachineNeverThrowsAndReportsWhetherThereIsAnAudioDevice() throws Exception {
        requireEspeakNg();
        boolean hasAudio = AudioSystem.isLineSupported(new DataLine.Info(SourceDataLine.class, WavClip.ESPEAK_FORMAT));
        EspeakSpeech speech = EspeakSpeech.playing();

        speech.speak(a012);

        assertThat(speech.health()).isEqualTo(hasAudio ? VoiceHealth.ok() : VoiceHealth.degraded("no audio device"));
    }

    @Test
    void espeakReadsTicketDigitsOneByOneAndRecallAsChong() throws Exception {
        requireEspeakNg();
        String text = EspeakPronunciation.forEspeak(new CallPhrases().spokenText("A012", 12, true));
        Path input = Files.writeString(dir.resolve("text.txt"), text);
        Process p = new ProcessBuilder("espeak-ng", "-v", EspeakSettings.DEFAULT_VOICE, "-b", "1", "-q", "-x",
                "-f", input.toString()).redirectErrorStream(true).start();
        String phonemes = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        assertThat(phonemes)
                .as("重呼 read chóng hū, not zhòng hū").contains("ts.h'ong35").doesNotContain("ts.'ong51")
                .as("零一二 then 十二").contains("l'i35N_| j'i55_| '@r51_|").contains("s.'i.35_| '@r51_|");
    }

    @Test
    void fileNameIsSeqTicketAndWindow() {
        assertThat(EspeakSpeech.fileNameFor(new CallPhrases().announcement(42, "B120", 105, true)))
                .isEqualTo("42-B120-w105.wav");
    }
}
