package dev.hallq.display.voice;

import javax.sound.sampled.AudioFormat;

/**
 * The two-tone "ding-dong" played before an announcement, generated in code (no audio asset):
 * a high tone, a lower tone, then a short pause, each tone with a soft attack and a decay.
 */
public final class Chime {

    static final double HIGH_HZ = 784.0; // G5
    static final double LOW_HZ = 659.3;  // E5
    static final double HIGH_SECONDS = 0.35;
    static final double LOW_SECONDS = 0.55;
    static final double PAUSE_SECONDS = 0.2;
    private static final double PEAK = 0.45 * Short.MAX_VALUE;
    private static final double ATTACK_SECONDS = 0.01;

    private Chime() {
    }

    /** The chime in espeak-ng's format (22,050 Hz, 16-bit mono). */
    public static WavClip standard() {
        return forFormat(WavClip.ESPEAK_FORMAT);
    }

    /** The chime in any 16-bit signed mono PCM format, so it can be joined to speech in that format. */
    public static WavClip forFormat(AudioFormat format) {
        if (!WavClip.isMono16(format)) {
            throw new IllegalArgumentException("chime needs 16-bit signed mono PCM, not " + format);
        }
        float rate = format.getSampleRate();
        int high = (int) (rate * HIGH_SECONDS);
        int low = (int) (rate * LOW_SECONDS);
        int pause = (int) (rate * PAUSE_SECONDS);
        byte[] pcm = new byte[(high + low + pause) * 2];
        tone(pcm, 0, high, HIGH_HZ, rate, format.isBigEndian());
        tone(pcm, high, low, LOW_HZ, rate, format.isBigEndian());
        return new WavClip(format, pcm);
    }

    private static void tone(byte[] pcm, int startFrame, int frames, double hz, float rate, boolean bigEndian) {
        int attack = Math.max(1, (int) (rate * ATTACK_SECONDS));
        for (int i = 0; i < frames; i++) {
            double t = i / (double) rate;
            double envelope = Math.min(1.0, i / (double) attack) * Math.exp(-3.0 * i / frames);
            // a little second harmonic makes it sound like a bell rather than a beep
            double wave = Math.sin(2 * Math.PI * hz * t) * 0.8 + Math.sin(4 * Math.PI * hz * t) * 0.2;
            short sample = (short) Math.round(PEAK * envelope * wave);
            int at = (startFrame + i) * 2;
            if (bigEndian) {
                pcm[at] = (byte) (sample >> 8);
                pcm[at + 1] = (byte) sample;
            } else {
                pcm[at] = (byte) sample;
                pcm[at + 1] = (byte) (sample >> 8);
            }
        }
    }
}
