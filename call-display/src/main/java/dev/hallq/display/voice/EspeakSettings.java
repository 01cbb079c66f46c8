package dev.hallq.display.voice;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How {@link EspeakSpeech} runs espeak-ng and what it does with the sound.
 *
 * @param executable    program name (looked up on PATH) or path, default "espeak-ng"
 * @param voice         espeak-ng voice, default "cmn-latn-pinyin" (plain "cmn" reads Latin letters as English)
 * @param timeout       longest time one synthesis may take
 * @param chime         play the two-tone chime before each announcement
 * @param keepDirectory where to keep each announcement as {@code <seq>-<ticket>-w<window>.wav}; null = keep none
 * @param play          play through the sound card (false: only write the WAV files)
 */
public record EspeakSettings(String executable, String voice, Duration timeout, boolean chime,
                             Path keepDirectory, boolean play) {

    public static final String DEFAULT_EXECUTABLE = "espeak-ng";
    public static final String DEFAULT_VOICE = "cmn-latn-pinyin";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
    private static final Pattern VOICE = Pattern.compile("[A-Za-z0-9_+\\-/]+");

    public EspeakSettings {
        Objects.requireNonNull(executable, "executable");
        Objects.requireNonNull(voice, "voice");
        Objects.requireNonNull(timeout, "timeout");
        if (executable.isBlank()) {
            throw new IllegalArgumentException("executable is blank");
        }
        if (!VOICE.matcher(voice).matches()) {
            throw new IllegalArgumentException("not an espeak-ng voice name: " + voice);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (!play && keepDirectory == null) {
            throw new IllegalArgumentException("neither playing nor keeping WAV files: nothing would be heard");
        }
    }

    /** Play on the sound card with a chime, default voice and executable, keep no files. */
    public static EspeakSettings defaults() {
        return new EspeakSettings(DEFAULT_EXECUTABLE, DEFAULT_VOICE, DEFAULT_TIMEOUT, true, null, true);
    }

    public Optional<Path> keepDirectoryIfAny() {
        return Optional.ofNullable(keepDirectory);
    }

    public EspeakSettings withExecutable(String newExecutable) {
        return new EspeakSettings(newExecutable, voice, timeout, chime, keepDirectory, play);
    }

    public EspeakSettings withVoice(String newVoice) {
        return new EspeakSettings(executable, newVoice, timeout, chime, keepDirectory, play);
    }

    public EspeakSettings withTimeout(Duration newTimeout) {
        return new EspeakSettings(executable, voice, newTimeout, chime, keepDirectory, play);
    }

    public EspeakSettings withChime(boolean newChime) {
        return new EspeakSettings(executable, voice, timeout, newChime, keepDirectory, play);
    }

    public EspeakSettings keepingWavsIn(Path directory) {
        return new EspeakSettings(executable, voice, timeout, chime, Objects.requireNonNull(directory), play);
    }

    /** Only write WAV files (needs {@link #keepingWavsIn(Path)}), never touch the sound card. */
    public EspeakSettings withoutPlayback() {
        return new EspeakSettings(executable, voice, timeout, chime, keepDirectory, false);
    }
}
