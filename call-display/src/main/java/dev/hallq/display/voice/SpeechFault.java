package dev.hallq.display.voice;

/** A phrase could not be produced (speech engine missing, failed, timed out …). */
public class SpeechFault extends Exception {

    private static final long serialVersionUID = 1L;

    public SpeechFault(String message) {
        super(message);
    }

    public SpeechFault(String message, Throwable cause) {
        super(message, cause);
    }
}
