package dev.hallq.display.voice;

import java.util.Optional;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/** Plays through javax.sound.sampled on the default mixer, blocking until the line has drained. */
public final class JavaSoundPlayer implements AudioPlayer {

    public static final String NO_AUDIO_DEVICE = "no audio device";
    public static final String AUDIO_DEVICE_BUSY = "audio device busy";

    @Override
    public void play(WavClip clip) throws AudioUnavailableException {
        SourceDataLine line = open(clip.format());
        try {
            line.start();
            byte[] pcm = clip.pcm();
            line.write(pcm, 0, pcm.length);
            line.drain();
        } finally {
            line.close();
        }
    }

    @Override
    public Optional<String> problem(AudioFormat format) {
        try {
            if (AudioSystem.getMixerInfo().length == 0
                    || !AudioSystem.isLineSupported(new DataLine.Info(SourceDataLine.class, format))) {
                return Optional.of(NO_AUDIO_DEVICE);
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(NO_AUDIO_DEVICE);
        }
    }

    private static SourceDataLine open(AudioFormat format) throws AudioUnavailableException {
        SourceDataLine line;
        try {
            line = (SourceDataLine) AudioSystem.getLine(new DataLine.Info(SourceDataLine.class, format));
        } catch (IllegalArgumentException | SecurityException e) {
            // IllegalArgumentException: no mixer offers such a line, i.e. no sound card at all
            throw new AudioUnavailableException(NO_AUDIO_DEVICE, e);
        } catch (LineUnavailableException e) {
            throw new AudioUnavailableException(AUDIO_DEVICE_BUSY, e);
        }
        try {
            line.open(format);
            return line;
        } catch (LineUnavailableException | IllegalStateException | SecurityException e) {
            line.close();
            throw new AudioUnavailableException(AUDIO_DEVICE_BUSY, e);
        } catch (IllegalArgumentException e) {
            line.close();
            throw new AudioUnavailableException(NO_AUDIO_DEVICE, e);
        }
    }
}
