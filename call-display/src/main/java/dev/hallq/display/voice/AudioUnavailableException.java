package dev.hallq.display.voice;

/** Audio could not be played: no audio device, or the device is busy. A degraded state, not a fault. */
public class AudioUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    public AudioUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
