package dev.hallq.display.voice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Objects;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/** PCM audio held in memory together with its format; read from and written to WAV files. */
public final class WavClip {

    /** What espeak-ng produces and what the chime is made in: 22,050 Hz, 16-bit signed, mono, little-endian. */
    public static final AudioFormat ESPEAK_FORMAT = new AudioFormat(22_050f, 16, 1, true, false);

    private final AudioFormat format;
    private final byte[] pcm;

    public WavClip(AudioFormat format, byte[] pcm) {
        this.format = Objects.requireNonNull(format, "format");
        Objects.requireNonNull(pcm, "pcm");
        if (pcm.length % format.getFrameSize() != 0) {
            throw new IllegalArgumentException("pcm length " + pcm.length + " is not whole frames of " + format);
        }
        this.pcm = pcm.clone();
    }

    public static WavClip read(Path wav) throws IOException {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
            return new WavClip(in.getFormat(), in.readAllBytes());
        } catch (UnsupportedAudioFileException e) {
            throw new IOException("not a readable WAV file: " + wav, e);
        }
    }

    /** Writes a WAV file; written to a temporary name first so no reader ever sees half a file. */
    public void write(Path wav) throws IOException {
        Path part = wav.resolveSibling(wav.getFileName() + ".part");
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), format, frames())) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, part.toFile());
        }
        Files.move(part, wav, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** This clip followed by {@code next}; both must have the same format. */
    public WavClip append(WavClip next) {
        if (!format.matches(next.format)) {
            throw new IllegalArgumentException("cannot join " + format + " and " + next.format);
        }
        byte[] joined = Arrays.copyOf(pcm, pcm.length + next.pcm.length);
        System.arraycopy(next.pcm, 0, joined, pcm.length, next.pcm.length);
        return new WavClip(format, joined);
    }

    public AudioFormat format() {
        return format;
    }

    /** A copy of the raw sample bytes. */
    public byte[] pcm() {
        return pcm.clone();
    }

    public int byteLength() {
        return pcm.length;
    }

    public long frames() {
        return pcm.length / format.getFrameSize();
    }

    public double seconds() {
        return frames() / (double) format.getFrameRate();
    }

    /** True for 16-bit signed mono PCM, the only shape the chime is made in. */
    public static boolean isMono16(AudioFormat f) {
        return f.getEncoding() == AudioFormat.Encoding.PCM_SIGNED && f.getSampleSizeInBits() == 16
                && f.getChannels() == 1;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "WavClip[%.2f s, %s]", seconds(), format);
    }
}
