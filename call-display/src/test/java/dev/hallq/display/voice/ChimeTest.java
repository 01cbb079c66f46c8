package dev.hallq.display.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import javax.sound.sampled.AudioFormat;
import org.junit.jupiter.api.Test;

class ChimeTest {

    @Test
    void standardChimeIsInEspeakFormatAndLastsAboutOneSecond() {
        WavClip chime = Chime.standard();
        assertThat(chime.format().matches(WavClip.ESPEAK_FORMAT)).isTrue();
        assertThat(chime.seconds()).isCloseTo(Chime.HIGH_SECONDS + Chime.LOW_SECONDS + Chime.PAUSE_SECONDS, within(0.01));
    }

    @Test
    void chimeIsAHighToneThenALowerToneThenSilence() {
        WavClip chime = Chime.standard();
        short[] s = Pcm.samples(chime.pcm(), chime.format());
        float rate = chime.format().getSampleRate();
        int high = (int) (rate * Chime.HIGH_SECONDS);
        int low = high + (int) (rate * Chime.LOW_SECONDS);

        assertThat(Pcm.zeroCrossingHz(s, 0, high, rate)).isCloseTo(Chime.HIGH_HZ, within(25.0));
        assertThat(Pcm.zeroCrossingHz(s, high, low, rate)).isCloseTo(Chime.LOW_HZ, within(25.0));
        assertThat(Pcm.rms(s, 0, high)).isGreaterThan(2000);
        assertThat(Pcm.rms(s, high, low)).isGreaterThan(2000);
        assertThat(Pcm.rms(s, low, s.length)).isZero();
    }

    @Test
    void chimeFollowsTheSampleRateAndByteOrderItIsAskedFor() {
        AudioFormat bigEndian16k = new AudioFormat(16_000f, 16, 1, true, true);
        WavClip chime = Chime.forFormat(bigEndian16k);
        short[] s = Pcm.samples(chime.pcm(), bigEndian16k);
        assertThat(chime.format().matches(bigEndian16k)).isTrue();
        assertThat(Pcm.zeroCrossingHz(s, 0, (int) (16_000 * Chime.HIGH_SECONDS), 16_000f))
                .isCloseTo(Chime.HIGH_HZ, within(25.0));
    }

    @Test
    void refusesFormatsItCannotJoinSpeechIn() {
        assertThatThrownBy(() -> Chime.forFormat(new AudioFormat(22_050f, 8, 1, true, false)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Chime.forFormat(new AudioFormat(22_050f, 16, 2, true, false)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
