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

    /**
     * Reads a WAV file in {@code target}'s format, converting sample rate, channels and byte order on the way (a hall's
     * own recordings are often 44.1 kHz stereo).
     */
    public static WavClip read(Path wav, AudioFormat target) throws IOException {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
            if (in.getFormat().matches(target)) {
                return new WavClip(target, in.readAllBytes());
            }
            if (!AudioSystem.isConversionSupported(target, in.getFormat())) {
                throw new IOException("cannot convert " + wav + " (" + in.getFormat() + ") to " + target);
            }
            try (AudioInputStream converted = AudioSystem.getAudioInputStream(target, in)) {
                byte[] pcm = converted.readAllBytes();
                int whole = pcm.length - pcm.length % target.getFrameSize();
                return new WavClip(target, Arrays.copyOf(pcm, whole));
            }
        } catch (UnsupportedAudioFileException | IllegalArgumentException e) {
            throw new IOException("not a readable WAV file: " + wav + " (" + e.getMessage() + ")", e);
        }
    }

    /** This clip in {@code target}'s format (sample rate, channels, byte order converted); itself when it already is. */
    public WavClip convertTo(AudioFormat target) {
        if (format.matches(target)) {
            return this;
        }
        if (!AudioSystem.isConversionSupported(target, format)) {
            throw new IllegalArgumentException("cannot convert " + format + " to " + target);
        }
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), format, frames());
             AudioInputStream converted = AudioSystem.getAudioInputStream(target, in)) {
            byte[] out = converted.readAllBytes();
            return new WavClip(target, Arrays.copyOf(out, out.length - out.length % target.getFrameSize()));
        } catch (IOException e) {
            throw new IllegalStateException("converting audio in memory failed", e);
        }
    }

    /** {@code seconds} of silence in {@code format}. */
    public static WavClip silence(AudioFormat format, double seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("seconds must not be negative: " + seconds);
        }
        long frames = Math.round(seconds * format.getFrameRate());
        return new WavClip(format, new byte[Math.toIntExact(frames * format.getFrameSize())]);
    }

    /**
     * This 16-bit mono clip without its leading and trailing quiet (samples below {@code threshold}), keeping
     * {@code marginSeconds} on each side; a clip that is quiet throughout is returned as it is.
     */
    public WavClip trimmed(int threshold, double marginSeconds) {
        if (!isMono16(format)) {
            throw new IllegalArgumentException("only 16-bit mono PCM can be trimmed, not " + format);
        }
        int frames = (int) frames();
        int first = -1;
        int last = -1;
        for (int i = 0; i < frames; i++) {
            if (Math.abs(sample(i)) >= threshold) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return this;
        }
        int margin = (int) Math.round(marginSeconds * format.getFrameRate());
        int from = Math.max(0, first - margin);
        int to = Math.min(frames, last + 1 + margin);
        return new WavClip(format, Arrays.copyOfRange(pcm, from * 2, to * 2));
    }

    /** Largest absolute sample of a 16-bit mono clip: 0 for silence. */
    public int peak() {
        if (!isMono16(format)) {
            throw new IllegalArgumentException("only 16-bit mono PCM has a peak here, not " + format);
        }
        int peak = 0;
        for (int i = 0; i < frames(); i++) {
            peak = Math.max(peak, Math.abs(sample(i)));
        }
        return peak;
    }

    private int sample(int frame) {
        int a = pcm[2 * frame] & 0xff;
        int b = pcm[2 * frame + 1] & 0xff;
        return (short) (format.isBigEndian() ? (a << 8) | b : (b << 8) | a);
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

    /** The clips one after the other; all must be in {@code format}. */
    public static WavClip join(AudioFormat format, java.util.List<WavClip> clips) {
        int length = 0;
        for (WavClip c : clips) {
            if (!format.matches(c.format)) {
                throw new IllegalArgumentException("cannot join " + c.format + " into " + format);
            }
            length = Math.addExact(length, c.pcm.length);
        }
        byte[] joined = new byte[length];
        int at = 0;
        for (WavClip c : clips) {
            System.arraycopy(c.pcm, 0, joined, at, c.pcm.length);
            at += c.pcm.length;
        }
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
