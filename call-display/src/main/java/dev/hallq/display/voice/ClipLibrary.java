package dev.hallq.display.voice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sound.sampled.AudioFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A folder of recorded clips (digits, letters, words; see {@link ClipScript} for their names) and the chime
 * ({@value #CHIME}), from which calls are put together. A hall replaces any clip with its own recording of the same
 * name, at any time: a file is read again when it changes, and converted to the announcer's format (22,050 Hz 16-bit
 * mono) whatever it was recorded in.
 */
public final class ClipLibrary {

    /** The chime played before each call; when this file is absent the built-in two-tone chime is used. */
    public static final String CHIME = "chime.wav";
    private static final Logger LOG = LoggerFactory.getLogger(ClipLibrary.class);

    /** A phrase put together from clips: the sound, or the clips it lacks (then the sound is absent). */
    public record Assembly(Optional<WavClip> sound, List<String> missing) {
        public Assembly {
            Objects.requireNonNull(sound, "sound");
            missing = List.copyOf(missing);
        }
    }

    private record Loaded(FileTime modified, long size, WavClip clip) {
    }

    private final Path dir;
    private final AudioFormat format;
    private final Map<String, Loaded> cache = new ConcurrentHashMap<>();

    public ClipLibrary(Path dir) {
        this(dir, WavClip.ESPEAK_FORMAT);
    }

    public ClipLibrary(Path dir, AudioFormat format) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.format = Objects.requireNonNull(format, "format");
        if (!WavClip.isMono16(format)) {
            throw new IllegalArgumentException("clips are joined as 16-bit mono PCM, not " + format);
        }
    }

    public Path dir() {
        return dir;
    }

    public AudioFormat format() {
        return format;
    }

    /** The clip {@code file} in this library's format; empty when it is missing or cannot be read (logged). */
    public Optional<WavClip> clip(String file) {
        Path path = dir.resolve(file);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            cache.remove(file);
            return Optional.empty();
        } catch (IOException e) {
            LOG.warn("clip {} cannot be read: {}", path, e.getMessage());
            return Optional.empty();
        }
        Loaded known = cache.get(file);
        if (known != null && known.modified().equals(attributes.lastModifiedTime()) && known.size() == attributes.size()) {
            return Optional.of(known.clip());
        }
        try {
            WavClip clip = WavClip.read(path, format);
            cache.put(file, new Loaded(attributes.lastModifiedTime(), attributes.size(), clip));
            if (known != null) {
                LOG.info("clip {} changed, now {}", path, clip);
            }
            return Optional.of(clip);
        } catch (IOException e) {
            LOG.warn("clip {} is not usable: {}", path, e.getMessage());
            cache.remove(file);
            return Optional.empty();
        }
    }

    /** The hall's chime ({@value #CHIME}) when it has one. */
    public Optional<WavClip> chime() {
        return clip(CHIME);
    }

    /** Puts {@code spokenText} together from clips, with a short silence for each pause. */
    public Assembly assemble(String spokenText) {
        List<ClipScript.Part> parts = ClipScript.of(spokenText);
        List<String> missing = new ArrayList<>();
        List<WavClip> pieces = new ArrayList<>();
        for (ClipScript.Part part : parts) {
            if (part instanceof ClipScript.Pause pause) {
                pieces.add(WavClip.silence(format, pause.seconds()));
            } else if (part instanceof ClipScript.Clip c) {
                Optional<WavClip> clip = clip(c.file());
                if (clip.isPresent()) {
                    pieces.add(clip.get());
                } else if (!missing.contains(c.file())) {
                    missing.add(c.file());
                }
            }
        }
        if (parts.isEmpty()) {
            missing.add("(nothing to say)");
        }
        return new Assembly(missing.isEmpty() ? Optional.of(WavClip.join(format, pieces)) : Optional.empty(), missing);
    }
}
