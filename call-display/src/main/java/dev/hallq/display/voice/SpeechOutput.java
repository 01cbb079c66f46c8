package dev.hallq.display.voice;

/** Port to whatever makes an announcement audible (speaker, WAV files, a test recorder). */
public interface SpeechOutput {

    /**
     * Says one announcement and returns only when it has been fully played (or produced).
     *
     * @throws SpeechFault when the phrase could not be produced at all
     */
    void speak(Announcement announcement) throws SpeechFault;

    /** Current health; never throws. */
    VoiceHealth health();

    /** Facts for the device status' hardware map, e.g. {@code speech=clips}; never throws. */
    default java.util.Map<String, String> facts() {
        return java.util.Map.of();
    }
}
