package dev.hallq.display.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavClipTest {

    @TempDir
    Path dir;

    @Test
    void writesAWavFileThatReadsBackIdentically() throws Exception {
        WavClip chime = Chime.standard();
        Path file = dir.resolve("chime.wav");
        chime.write(file);
        WavClip back = WavClip.read(file);
        assertThat(back.format().matches(WavClip.ESPEAK_FORMAT)).isTrue();
        assertThat(back.pcm()).isEqualTo(chime.pcm());
        assertThat(Files.list(dir)).containsExactly(file);
    }

    @Test
    void appendJoinsClipsOfTheSameFormat() {
        WavClip a = new WavClip(WavClip.ESPEAK_FORMAT, new byte[] {1, 2, 3, 4});
        WavClip b = new WavClip(WavClip.ESPEAK_FORMAT, new byte[] {5, 6});
        assertThat(a.append(b).pcm()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(a.append(b).frames()).isEqualTo(3);
    }

    @Test
    void refusesToJoinDifferentFormatsOrHalfFrames() {
        WavClip a = new WavClip(WavClip.ESPEAK_FORMAT, new byte[4]);
        WavClip other = new WavClip(new AudioFormat(16_000f, 16, 1, true, false), new byte[4]);
        assertThatThrownBy(() -> a.append(other)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WavClip(WavClip.ESPEAK_FORMAT, new byte[3]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readingSomethingThatIsNotAWavFails() throws Exception {
        Path notWav = Files.writeString(dir.resolve("x.wav"), "hello");
        assertThatThrownBy(() -> WavClip.read(notWav)).isInstanceOf(java.io.IOException.class);
    }
}
