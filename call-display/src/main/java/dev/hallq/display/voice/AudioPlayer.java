package dev.hallq.display.voice;

import java.util.Optional;
import javax.sound.sampled.AudioFormat;

/** Plays a clip on the hall's speakers. */
public interface AudioPlayer {

    /** Plays the whole clip and returns when it has been heard to the end. */
    void play(WavClip clip) throws AudioUnavailableException;

    /** Why audio in this format cannot be played right now (e.g. "no audio device"), or empty. */
    Optional<String> problem(AudioFormat format);
}
